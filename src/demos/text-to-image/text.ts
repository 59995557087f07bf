import type { Lang } from '../../content/types';
import type { TextShape } from '../shared/textShape';
import type { Colour, Count, Phrase, ShapeKind } from './generator';

const zValue = (z: readonly number[]) => `(${z.map((v) => v.toFixed(1)).join(', ')})`;

const koColour: Record<Colour, string> = { red: '빨간', blue: '파란', green: '초록', yellow: '노란' };
const koShape: Record<ShapeKind, string> = { circle: '원', square: '사각형', triangle: '삼각형' };
const koCount: Record<Count, string> = { one: '한 개', two: '두 개', three: '세 개' };

/**
 * Every visible string, in Korean and English. Both tables have the one shape `TextToImageText`: a
 * string missing from either language, or left in one only, fails the type check.
 */
const ko = {
  title: '한 문장, 여러 이미지: Gaussian code z',
  phrase: (p: Phrase) => `${koColour[p.colour]} ${koShape[p.shape]} ${koCount[p.count]}`,
  textGroup: '문장 t (내용)',
  otherGroup: '비교할 문장 t′',
  count: '개수',
  colour: '색',
  shape: '모양',
  otherCount: 't′ 개수',
  otherColour: 't′ 색',
  otherShape: 't′ 모양',
  countName: { one: '한 개 (one)', two: '두 개 (two)', three: '세 개 (three)' } satisfies Record<Count, string>,
  colourName: { red: '빨강 (red)', blue: '파랑 (blue)', green: '초록 (green)', yellow: '노랑 (yellow)' } satisfies Record<Colour, string>,
  shapeName: { circle: '원 (circle)', square: '사각형 (square)', triangle: '삼각형 (triangle)' } satisfies Record<ShapeKind, string>,
  zGroup: 'Random code z (스타일)',
  z: ['z₁ (위치)', 'z₂ (크기)', 'z₃ (회전)', 'z₄ (배경·윤곽선)'],
  resample: '새 z 뽑기 (Resample)',
  yours: (p: string, z: readonly number[]) => `G(t, z): “${p}”, z = ${zValue(z)}`,
  sameText: '같은 문장, 다른 z: z ~ N(0, I)',
  sameZ: '같은 z, 다른 문장: 열마다 z가 같습니다',
  yourColumn: '지금 z',
  column: (j: number) => `z⁽${j}⁾`,
  mean: (n: number) => `z ${n}개로 만든 이미지의 픽셀 평균: L2 회귀가 내놓을 답`,
  meanDescription: (p: string, n: number) => `“${p}”에 대해 z ${n}개로 만든 이미지의 픽셀별 평균. 도형이 여러 위치에 흐릿하게 겹쳐 보입니다.`,
  describe: (p: string, shapes: string, background: string, outline: number) => `“${p}”: ${shapes}. 배경 ${background}, 윤곽선 두께 ${outline.toFixed(3)}.`,
  shapeAt: (x: number, y: number, size: number, rotation: number) => `(${x.toFixed(2)}, ${y.toFixed(2)}) 크기 ${size.toFixed(2)} 회전 ${Math.round(rotation)}°`,
  backgroundName: (sky: boolean) => (sky ? '하늘색 계열' : '모래색 계열'),
  hint: 'z 슬라이더를 움직이면 모든 그림의 위치·크기·회전·배경이 함께 바뀌지만 문장이 정한 개수·색·모양은 그대로입니다. 문장을 바꾸면 같은 열(같은 z)의 스타일은 유지됩니다. 새 z를 뽑을수록 다른 그림이 나오지만, 그 평균은 어느 그림과도 닮지 않은 흐릿한 이미지입니다.',
};

export type TextToImageText = TextShape<typeof ko>;

export const textToImageText = {
  ko,
  en: {
    title: 'One text, many images: the Gaussian code z',
    phrase: (p: Phrase) => `${p.count} ${p.colour} ${p.shape}${p.count === 'one' ? '' : 's'}`,
    textGroup: 'Text t (content)',
    otherGroup: 'Text t′ to compare',
    count: 'Count',
    colour: 'Colour',
    shape: 'Shape',
    otherCount: 't′ count',
    otherColour: 't′ colour',
    otherShape: 't′ shape',
    countName: { one: 'one', two: 'two', three: 'three' } satisfies Record<Count, string>,
    colourName: { red: 'red', blue: 'blue', green: 'green', yellow: 'yellow' } satisfies Record<Colour, string>,
    shapeName: { circle: 'circle', square: 'square', triangle: 'triangle' } satisfies Record<ShapeKind, string>,
    zGroup: 'Random code z (style)',
    z: ['z₁ (position)', 'z₂ (size)', 'z₃ (rotation)', 'z₄ (background, outline)'],
    resample: 'Resample z',
    yours: (p: string, z: readonly number[]) => `G(t, z): “${p}”, z = ${zValue(z)}`,
    sameText: 'Same text, different z: z ~ N(0, I)',
    sameZ: 'Same z, other text: each column shares its z',
    yourColumn: 'your z',
    column: (j: number) => `z⁽${j}⁾`,
    mean: (n: number) => `Pixel mean of ${n} samples: what an L2 regressor would output`,
    meanDescription: (p: string, n: number) => `Pixel-wise mean of ${n} images generated for “${p}”: blurred shapes overlapping at many positions.`,
    describe: (p: string, shapes: string, background: string, outline: number) =>
      `“${p}”: ${shapes}. ${background} background, outline width ${outline.toFixed(3)}.`,
    shapeAt: (x: number, y: number, size: number, rotation: number) =>
      `at (${x.toFixed(2)}, ${y.toFixed(2)}), size ${size.toFixed(2)}, turned ${Math.round(rotation)}°`,
    backgroundName: (sky: boolean) => (sky ? 'Sky-blue' : 'Sand-coloured'),
    hint: 'Move a z slider: position, size, rotation and background change in every picture, while the count, colour and shape the text fixes stay. Change the text: each column (the same z) keeps its style. Every new z gives another valid picture, but their mean looks like none of them: a blur.',
  } satisfies TextToImageText,
} satisfies Record<Lang, TextToImageText>;
