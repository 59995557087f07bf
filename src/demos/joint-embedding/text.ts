import type { Lang } from '../../content/types';
import type { TextShape } from '../shared/textShape';
import type { Concept, ItemId, Word } from './embedding';

export const fmt = (value: number, digits = 2) => (Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value).toFixed(digits);

const conceptKo: Record<Concept, string> = {
  dog: '개',
  cat: '고양이',
  'red-car': '빨간 자동차',
  'blue-car': '파란 자동차',
  'red-ball': '빨간 공',
  'blue-ball': '파란 공',
};
const conceptEn: Record<Concept, string> = {
  dog: 'dog',
  cat: 'cat',
  'red-car': 'red car',
  'blue-car': 'blue car',
  'red-ball': 'red ball',
  'blue-ball': 'blue ball',
};

function itemNames(picture: (concept: string) => string, concepts: Record<Concept, string>): Record<ItemId, string> {
  const names = {} as Record<ItemId, string>;
  for (const [concept, name] of Object.entries(concepts) as [Concept, string][]) {
    names[`img-${concept}`] = picture(name);
    names[`txt-${concept}`] = `“${conceptEn[concept]}”`;
  }
  return names;
}

function pictures(picture: (concept: string) => string, concepts: Record<Concept, string>): Record<Concept, string> {
  return Object.fromEntries(Object.entries(concepts).map(([concept, name]) => [concept, picture(name)])) as Record<Concept, string>;
}

const words = (list: readonly Word[]) => Object.fromEntries(list.map((w) => [w, `“${w}”`])) as Record<Word, string>;
const WORD_LIST: readonly Word[] = ['dog', 'cat', 'car', 'ball', 'red', 'blue'];

/**
 * Every visible string, in Korean and English. Both tables have the one shape `JointEmbeddingText`: a
 * string missing from either language, or left in one only, fails the type check.
 */
const ko = {
  title: 'Joint embedding과 triplet loss',
  concept: conceptKo,
  item: itemNames((name) => `${name} 사진`, conceptKo),
  picture: pictures((name) => `${name} 사진`, conceptKo),
  word: words(WORD_LIST),
  anchor: '앵커 (anchor)',
  positive: 'Positive',
  negative: 'Negative',
  margin: 'Margin α',
  distance: '거리 d',
  distanceName: { l2: '‖·‖ (유클리드)', l2sq: '‖·‖² (제곱, FaceNet)' },
  roleShort: { anchor: 'a', positive: 'p', negative: 'n' },
  handle: (role: string, name: string, x: number, y: number) => `${role}: ${name}, 위치 (${fmt(x)}, ${fmt(y)}). 끌거나 화살표 키로 옮깁니다`,
  space: '공통 embedding 공간 (2D)',
  spaceDescription: (triplet: string, steps: number) => `2차원 공통 embedding 공간: 사진 6장(네모)과 태그 6개(동그라미), 학습 ${steps} step 후. ${triplet}`,
  tripletSummary: (a: string, p: string, n: string, dap: number, dan: number, loss: number) =>
    `앵커 ${a}, positive ${p}, negative ${n}: d(a,p) = ${fmt(dap)}, d(a,n) = ${fmt(dan)}, loss ${fmt(loss)}.`,
  lossLine: (m: number, dap: number, dan: number, loss: number) => `L = max(0, ${fmt(m)} + ${fmt(dap)} − ${fmt(dan)}) = ${fmt(loss)}`,
  lossState: (loss: number) =>
    loss > 0 ? 'margin 안쪽: 화살표 방향으로 p는 당기고(pull) n은 밉니다(push).' : 'margin 충족: loss와 gradient가 0이라 더 밀지 않습니다.',
  train: '학습 (Train)',
  pause: '멈춤',
  step: '1 step',
  reset: '처음으로',
  reseed: '새 초기값 (seed)',
  undoDrag: '끈 점 되돌리기',
  training: (steps: number, seed: number, loss: number, active: number, total: number) =>
    `step ${steps} (seed ${seed}) · 학습 loss(triplet ${total}개 평균) ${fmt(loss, 3)} · margin 안쪽 triplet ${active}개`,
  dragged: '끈 점은 가정일 뿐입니다: 학습 단계를 밟으면 모든 점이 projection W로 다시 계산됩니다.',
  analogy: 'Multi-modal analogy',
  analogyImage: '이미지 A',
  analogyMinus: '빼는 단어 a',
  analogyPlus: '더하는 단어 b',
  analogyLine: (image: string, minus: string, plus: string) => `q = f_img(${image}) − f_txt(${minus}) + f_txt(${plus})`,
  nearest: 'q에 가장 가까운 사진',
  distanceTo: (d: number) => `거리 ${fmt(d)}`,
  hint: '앵커·positive·negative를 끌어 negative가 바깥 점선 원(margin) 밖으로 나가면 loss가 0이 되는 것을 보세요. 그다음 학습을 눌러 짝끼리 모이고 아닌 것끼리 margin만큼 벌어지는 것, analogy가 학습 뒤에야 맞는 것을 확인하세요.',
};

export type JointEmbeddingText = TextShape<typeof ko>;

export const jointEmbeddingText = {
  ko,
  en: {
    title: 'Joint embedding and the triplet loss',
    concept: conceptEn,
    item: itemNames((name) => `${name} picture`, conceptEn),
    picture: pictures((name) => `${name} picture`, conceptEn),
    word: words(WORD_LIST),
    anchor: 'Anchor',
    positive: 'Positive',
    negative: 'Negative',
    margin: 'Margin α',
    distance: 'Distance d',
    distanceName: { l2: '‖·‖ (Euclidean)', l2sq: '‖·‖² (squared, FaceNet)' },
    roleShort: { anchor: 'a', positive: 'p', negative: 'n' },
    handle: (role: string, name: string, x: number, y: number) => `${role}: ${name}, at (${fmt(x)}, ${fmt(y)}). Drag it or move it with the arrow keys`,
    space: 'Joint embedding space (2-D)',
    spaceDescription: (triplet: string, steps: number) =>
      `2-D joint embedding space: six pictures (squares) and six tags (circles), after ${steps} training steps. ${triplet}`,
    tripletSummary: (a: string, p: string, n: string, dap: number, dan: number, loss: number) =>
      `Anchor ${a}, positive ${p}, negative ${n}: d(a,p) = ${fmt(dap)}, d(a,n) = ${fmt(dan)}, loss ${fmt(loss)}.`,
    lossLine: (m: number, dap: number, dan: number, loss: number) => `L = max(0, ${fmt(m)} + ${fmt(dap)} − ${fmt(dan)}) = ${fmt(loss)}`,
    lossState: (loss: number) =>
      loss > 0 ? 'Inside the margin: the arrows pull p in and push n away.' : 'Margin met: loss and gradient are zero, nothing is pushed further.',
    train: 'Train',
    pause: 'Pause',
    step: 'Step',
    reset: 'Reset',
    reseed: 'New start (seed)',
    undoDrag: 'Undo drags',
    training: (steps: number, seed: number, loss: number, active: number, total: number) =>
      `Step ${steps} (seed ${seed}) · training loss (mean over ${total} triplets) ${fmt(loss, 3)} · ${active} triplets inside the margin`,
    dragged: 'Dragged points are a what-if: a training step recomputes every point from the projections W.',
    analogy: 'Multi-modal analogy',
    analogyImage: 'Image A',
    analogyMinus: 'Word a (subtract)',
    analogyPlus: 'Word b (add)',
    analogyLine: (image: string, minus: string, plus: string) => `q = f_img(${image}) − f_txt(${minus}) + f_txt(${plus})`,
    nearest: 'Pictures nearest to q',
    distanceTo: (d: number) => `distance ${fmt(d)}`,
    hint: 'Drag the anchor, positive or negative: once the negative is outside the dashed margin circle the loss is zero. Then train: pairs gather, non-pairs separate only by the margin, and the analogy comes out right only after training.',
  } satisfies JointEmbeddingText,
} satisfies Record<Lang, JointEmbeddingText>;
