import type { Lang } from '../../content/types';
import type { TextShape } from '../shared/textShape';
import type { SoundId } from './localization';
import type { Label } from './scene';

const percent = (value: number) => `${Math.round(value * 100)} %`;
const fixed = (value: number, digits: number) => value.toFixed(digits);
/** A temperature to two significant digits: 0.022, 0.05, 0.10, 1.00. */
export const formatTemperature = (value: number) => (value < 0.1 ? String(Number(value.toPrecision(2))) : value.toFixed(2));

/**
 * Every visible string, in Korean and English. Both tables have the one shape `LocalizationText`: a
 * string missing from either language, or left in one only, fails the type check.
 */
const ko = {
  title: '소리는 어디서 나는가: cosine 유사도와 attention',
  sound: '들리는 소리 (sound)',
  soundName: { dog: '개 짖는 소리', car: '자동차 엔진', guitar: '기타', bird: '새소리', 'dog-guitar': '개 + 기타 (섞임)' } satisfies Record<SoundId, string>,
  temperature: '온도 (temperature) T',
  relu: 'softmax 전에 ReLU',
  play: '소리 듣기',
  stop: '멈추기',
  noAudio: '이 브라우저에서는 소리를 낼 수 없습니다',
  label: { sky: '하늘', grass: '풀밭', road: '도로', tree: '나무', dog: '개', car: '자동차', guitar: '기타', bird: '새' } satisfies Record<Label, string>,
  attentionTitle: 'Attention α (softmax)',
  similarityTitle: 'Cosine 유사도 s (softmax 전)',
  attentionDescription: (sound: string, peak: string, alphaMax: number, temperature: number) =>
    `장면(개, 자동차, 기타, 새, 나무, 도로) 위에 ${sound}의 attention map을 16×12 격자로 겹쳐 그림. T = ${formatTemperature(temperature)}, 가장 큰 α = ${fixed(alphaMax, 4)}, 정점은 ${peak} 위.`,
  similarityDescription: (sound: string, min: number, max: number, peak: string) =>
    `${sound}의 embedding과 각 칸 feature의 cosine 유사도 지도, 16×12 칸, 범위 ${fixed(min, 2)}~${fixed(max, 2)}, 가장 높은 칸은 ${peak} 위.`,
  peakMarker: '정점',
  legendAlpha: 'α',
  legendSimilarity: 's = cos(h, v)',
  readout: (temperature: number, alphaMax: number, peak: string, cells: number) =>
    `α_i = exp(s_i / T) / Σ_j exp(s_j / T), T = ${formatTemperature(temperature)}: 정점 α = ${fixed(alphaMax, 4)} (${peak} 위, 균등하면 1/${cells} = ${fixed(1 / cells, 4)}), Σα = 1.`,
  share: (parts: string) => `attention이 놓인 곳: ${parts}`,
  sharePart: (name: string, value: number) => `${name} ${percent(value)}`,
  scenery: '배경',
  hint: '소리를 바꾸면 유사도 지도가 그 소리의 물체로 옮겨 갑니다. T를 1(논문의 softmax)로 올리면 지도는 거의 평평해지고 물체에 놓인 attention이 줄어듭니다. 엔진 소리에 도로가, 새소리에 나무가 약하게 밝아지는 것은 그것들이 소리를 내지는 않지만 함께 나타나기 때문입니다. 섞인 소리는 두 물체에 attention을 나눕니다.',
};

export type LocalizationText = TextShape<typeof ko>;

export const localizationText = {
  ko,
  en: {
    title: 'Where is the sound? Cosine similarity and attention',
    sound: 'Sound playing',
    soundName: { dog: 'Dog barking', car: 'Car engine', guitar: 'Guitar', bird: 'Bird song', 'dog-guitar': 'Dog + guitar (mixture)' } satisfies Record<
      SoundId,
      string
    >,
    temperature: 'Temperature T',
    relu: 'ReLU before the softmax',
    play: 'Play sound',
    stop: 'Stop',
    noAudio: 'This browser cannot play sound',
    label: { sky: 'sky', grass: 'grass', road: 'road', tree: 'tree', dog: 'dog', car: 'car', guitar: 'guitar', bird: 'bird' } satisfies Record<Label, string>,
    attentionTitle: 'Attention α (softmax) over the image',
    similarityTitle: 'Cosine similarity s (before the softmax)',
    attentionDescription: (sound: string, peak: string, alphaMax: number, temperature: number) =>
      `Attention map of the ${sound} sound on a 16 × 12 grid over the scene (dog, car, guitar, bird, tree, road). T = ${formatTemperature(temperature)}, largest α = ${fixed(alphaMax, 4)}, peak on the ${peak}.`,
    similarityDescription: (sound: string, min: number, max: number, peak: string) =>
      `Cosine similarity between the ${sound} sound embedding and each cell's feature, 16 × 12 cells, from ${fixed(min, 2)} to ${fixed(max, 2)}; highest cell on the ${peak}.`,
    peakMarker: 'peak',
    legendAlpha: 'α',
    legendSimilarity: 's = cos(h, v)',
    readout: (temperature: number, alphaMax: number, peak: string, cells: number) =>
      `α_i = exp(s_i / T) / Σ_j exp(s_j / T), T = ${formatTemperature(temperature)}: peak α = ${fixed(alphaMax, 4)} on the ${peak} (uniform would be 1/${cells} = ${fixed(1 / cells, 4)}), Σα = 1.`,
    share: (parts: string) => `Where the attention goes: ${parts}`,
    sharePart: (name: string, value: number) => `${name} ${percent(value)}`,
    scenery: 'scenery',
    hint: 'Change the sound and the similarity map moves to that sound’s object. Raise T to 1 (the paper’s plain softmax) and the map turns almost flat: less of the attention lands on the object. The faint glow of the road for the engine and of the tree for the bird comes from things that appear with the sound but make none. A mixture splits the attention between its two objects.',
  } satisfies LocalizationText,
} satisfies Record<Lang, LocalizationText>;
