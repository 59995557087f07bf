import type { Lang } from '../../content/types';
import type { TextShape } from '../shared/textShape';
import type { Channel } from './attention';

export const fmt = (value: number, digits = 3) => value.toFixed(digits);
/** T to two significant digits, as the slider shows it */
export const fmtT = (value: number) => String(Number(value.toPrecision(2)));
const vector = (values: readonly number[], digits = 2) => `(${values.map((v) => v.toFixed(digits)).join(', ')})`;

/**
 * Every visible string, in Korean and English. Both tables have the one shape `SoftAttentionText`: a
 * string missing from either language, or left in one only, fails the type check.
 */
const ko = {
  title: 'Soft attention: 단어마다 이미지의 어디를 보는가',
  channel: { dog: '개', ball: '공', grass: '풀밭', sky: '하늘', tree: '나무' } satisfies Record<Channel, string>,
  caption: '캡션 (단어를 눌러 선택)',
  previous: '이전 단어',
  next: '다음 단어',
  word: '단어 t',
  wordValue: (t: number, word: string) => `t = ${t}: “${word}”`,
  temperature: '온도 T (temperature)',
  scene: '이미지와 attention map α_t (14 × 14)',
  legend: (max: number, row: number, col: number) => `색: α_i / max α (max α = ${fmt(max)}, ${row}행 ${col}열)`,
  description: (word: string, t: number, temperature: string, max: number, row: number, col: number, what: string, top: string) =>
    `풀밭에서 공을 쫓는 개, 뒤에 하늘과 나무가 있는 그림 위의 14 × 14 attention map. 단어 “${word}”(t = ${t}), T = ${temperature}: 가장 큰 가중치 ${fmt(max)}는 ${row}행 ${col}열(${what}). 상위 칸: ${top}.`,
  cell: (row: number, col: number) => `(${row}, ${col})`,
  topCells: '가중치가 큰 칸 α_i (점수 e_i)',
  context: '문맥 벡터 ẑ_t = Σ α_i a_i (채널별)',
  contextDescription: (values: string) => `문맥 벡터의 채널 값: ${values}`,
  topDescription: (values: string) => `가중치가 큰 칸: ${values}`,
  equation: (word: string, query: readonly number[], temperature: string, sum: number, context: readonly number[]) =>
    `e_i = q · a_i, q(“${word}”) = ${vector(query, 1)} · α_i = exp(e_i/T) / Σ_k exp(e_k/T), T = ${temperature}, Σ α_i = ${fmt(sum)} · ẑ_t = ${vector(context)}`,
  channels: 'a_i의 채널: (개, 공, 풀밭, 하늘, 나무)가 그 칸을 덮는 비율',
  hint: '단어를 하나씩 넘기며 attention이 “dog”에서는 개, “ball”에서는 공으로 옮겨 가는 것을 보세요. T를 낮추면 한 칸에 몰리는 hard attention에 가까워지고, 높이면 모든 칸이 1/196에 가까운 평균이 됩니다.',
};

export type SoftAttentionText = TextShape<typeof ko>;

export const softAttentionText = {
  ko,
  en: {
    title: 'Soft attention: where the model looks for each word',
    channel: { dog: 'dog', ball: 'ball', grass: 'grass', sky: 'sky', tree: 'tree' } satisfies Record<Channel, string>,
    caption: 'Caption (press a word)',
    previous: 'Previous word',
    next: 'Next word',
    word: 'Word t',
    wordValue: (t: number, word: string) => `t = ${t}: “${word}”`,
    temperature: 'Temperature T',
    scene: 'Image and attention map α_t (14 × 14)',
    legend: (max: number, row: number, col: number) => `Colour: α_i / max α (max α = ${fmt(max)} at row ${row}, column ${col})`,
    description: (word: string, t: number, temperature: string, max: number, row: number, col: number, what: string, top: string) =>
      `14 × 14 attention map over a picture of a dog chasing a ball on grass, with sky and a tree behind. Word “${word}” (t = ${t}), T = ${temperature}: the largest weight, ${fmt(max)}, is at row ${row}, column ${col} (${what}). Top cells: ${top}.`,
    cell: (row: number, col: number) => `(${row}, ${col})`,
    topCells: 'Cells with the largest α_i (score e_i)',
    context: 'Context vector ẑ_t = Σ α_i a_i (per channel)',
    contextDescription: (values: string) => `Context vector channels: ${values}`,
    topDescription: (values: string) => `Cells with the largest weights: ${values}`,
    equation: (word: string, query: readonly number[], temperature: string, sum: number, context: readonly number[]) =>
      `e_i = q · a_i, q(“${word}”) = ${vector(query, 1)} · α_i = exp(e_i/T) / Σ_k exp(e_k/T), T = ${temperature}, Σ α_i = ${fmt(sum)} · ẑ_t = ${vector(context)}`,
    channels: 'Channels of a_i: how much of the cell the dog, ball, grass, sky and tree cover',
    hint: 'Step through the words and watch the attention move to the dog for “dog” and to the ball for “ball”. A low T piles the weight onto one cell, close to hard attention; a high T spreads it toward the plain average, 1/196 per cell.',
  } satisfies SoftAttentionText,
} satisfies Record<Lang, SoftAttentionText>;
