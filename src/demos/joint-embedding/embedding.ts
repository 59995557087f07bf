/**
 * A toy visual-semantic embedding: six pictures and their six tags, each with a tiny hand-made
 * feature vector, projected into a 2-D joint space by two linear maps W_img, W_txt (2 × 6).
 * Trained with the bidirectional triplet (ranking) loss: every picture is an anchor whose tag is
 * the positive and the other tags the negatives, and every tag likewise against the pictures.
 * Pure: no DOM, no Math.random (the initial weights come from a seeded generator).
 */
import { gaussianSampler, mulberry32 } from '../../lib/dsp/rng';

export type Vec2 = readonly [number, number];
/** d(u, v) = ‖u − v‖ (as in max(0, m + d(a,p) − d(a,n))) or ‖u − v‖² (FaceNet). */
export type DistanceKind = 'l2' | 'l2sq';

export const CONCEPTS = ['dog', 'cat', 'red-car', 'blue-car', 'red-ball', 'blue-ball'] as const;
export type Concept = (typeof CONCEPTS)[number];

/** Image feature channels: what a pre-trained CNN might detect (hand-made, with a little noise). */
export const IMAGE_CHANNELS = ['fur', 'whiskers', 'wheels', 'round', 'red', 'blue'] as const;
/** Text feature channels: a bag of words over this vocabulary. */
export const WORDS = ['dog', 'cat', 'car', 'ball', 'red', 'blue'] as const;
export type Word = (typeof WORDS)[number];

const IMAGE_FEATURES: Record<Concept, readonly number[]> = {
  dog: [1.0, 0.1, 0.0, 0.2, 0.3, 0.0],
  cat: [0.9, 1.0, 0.05, 0.3, 0.0, 0.1],
  'red-car': [0.0, 0.05, 1.0, 0.3, 0.95, 0.0],
  'blue-car': [0.05, 0.0, 0.95, 0.3, 0.0, 1.0],
  'red-ball': [0.0, 0.0, 0.05, 1.0, 1.0, 0.05],
  'blue-ball': [0.0, 0.05, 0.0, 0.95, 0.05, 0.95],
};

const TAG_WORDS: Record<Concept, readonly Word[]> = {
  dog: ['dog'],
  cat: ['cat'],
  'red-car': ['red', 'car'],
  'blue-car': ['blue', 'car'],
  'red-ball': ['red', 'ball'],
  'blue-ball': ['blue', 'ball'],
};

export function bagOfWords(words: readonly Word[]): number[] {
  return WORDS.map((word) => words.filter((w) => w === word).length);
}

export type Modality = 'image' | 'text';
export const ITEM_IDS = [
  'img-dog',
  'img-cat',
  'img-red-car',
  'img-blue-car',
  'img-red-ball',
  'img-blue-ball',
  'txt-dog',
  'txt-cat',
  'txt-red-car',
  'txt-blue-car',
  'txt-red-ball',
  'txt-blue-ball',
] as const;
export type ItemId = (typeof ITEM_IDS)[number];

export interface Item {
  id: ItemId;
  modality: Modality;
  concept: Concept;
  features: readonly number[];
}

export const ITEMS: readonly Item[] = ITEM_IDS.map((id) => {
  const modality: Modality = id.startsWith('img-') ? 'image' : 'text';
  const concept = id.slice(4) as Concept;
  return { id, modality, concept, features: modality === 'image' ? IMAGE_FEATURES[concept] : bagOfWords(TAG_WORDS[concept]) };
});

export function itemById(id: ItemId): Item {
  return ITEMS.find((item) => item.id === id)!;
}

/** The tag words of a concept, e.g. red-car → "red car". */
export function tagText(concept: Concept): string {
  return TAG_WORDS[concept].join(' ');
}

/** Two 2 × 6 projections, row-major: [w00 … w05, w10 … w15]. */
export interface Model {
  image: readonly number[];
  text: readonly number[];
}

const FEATURES = 6;

export function project(weights: readonly number[], features: readonly number[]): Vec2 {
  let x = 0;
  let y = 0;
  for (let c = 0; c < FEATURES; c++) {
    x += weights[c]! * features[c]!;
    y += weights[FEATURES + c]! * features[c]!;
  }
  return [x, y];
}

export function embed(model: Model, item: Item): Vec2 {
  return project(item.modality === 'image' ? model.image : model.text, item.features);
}

export function embedWord(model: Model, word: Word): Vec2 {
  return project(model.text, bagOfWords([word]));
}

/** Random projections N(0, 0.45²): before training the points are scattered with no order. */
export function initialModel(seed: number): Model {
  const normal = gaussianSampler(mulberry32(seed));
  const draw = () => Array.from({ length: 2 * FEATURES }, () => 0.45 * normal());
  return { image: draw(), text: draw() };
}

export function distance(u: Vec2, v: Vec2, kind: DistanceKind): number {
  const squared = (u[0] - v[0]) ** 2 + (u[1] - v[1]) ** 2;
  return kind === 'l2sq' ? squared : Math.sqrt(squared);
}

/** ∂d(u, v)/∂u (the gradient with respect to v is its negative); zero where ‖u − v‖ = 0. */
function distanceGradient(u: Vec2, v: Vec2, kind: DistanceKind): Vec2 {
  const dx = u[0] - v[0];
  const dy = u[1] - v[1];
  if (kind === 'l2sq') return [2 * dx, 2 * dy];
  const length = Math.hypot(dx, dy);
  return length < 1e-12 ? [0, 0] : [dx / length, dy / length];
}

/** The triplet loss max(0, m + d(a,p) − d(a,n)). */
export function tripletLoss(a: Vec2, p: Vec2, n: Vec2, margin: number, kind: DistanceKind): number {
  return Math.max(0, margin + distance(a, p, kind) - distance(a, n, kind));
}

export interface TripletGradient {
  loss: number;
  /** ∂L/∂a, ∂L/∂p, ∂L/∂n: all zero once the margin holds (the hinge is flat there) */
  a: Vec2;
  p: Vec2;
  n: Vec2;
}

export function tripletGradient(a: Vec2, p: Vec2, n: Vec2, margin: number, kind: DistanceKind): TripletGradient {
  const loss = tripletLoss(a, p, n, margin, kind);
  if (loss <= 0) return { loss: 0, a: [0, 0], p: [0, 0], n: [0, 0] };
  const gap = distanceGradient(a, p, kind);
  const gan = distanceGradient(a, n, kind);
  return { loss, a: [gap[0] - gan[0], gap[1] - gan[1]], p: [-gap[0], -gap[1]], n: [gan[0], gan[1]] };
}

/** Every training triplet: each item as anchor, its match in the other modality as positive, every other item there as negative. */
export const TRAINING_TRIPLETS: readonly (readonly [number, number, number])[] = (() => {
  const triplets: [number, number, number][] = [];
  ITEMS.forEach((anchor, a) => {
    ITEMS.forEach((positive, p) => {
      if (positive.modality === anchor.modality || positive.concept !== anchor.concept) return;
      ITEMS.forEach((negative, n) => {
        if (negative.modality === positive.modality && negative.concept !== anchor.concept) triplets.push([a, p, n]);
      });
    });
  });
  return triplets;
})();

export interface TrainingLoss {
  /** mean hinge over all training triplets */
  loss: number;
  /** triplets still inside the margin (non-zero loss) */
  active: number;
  total: number;
}

export function trainingLoss(model: Model, margin: number, kind: DistanceKind): TrainingLoss {
  const points = ITEMS.map((item) => embed(model, item));
  let sum = 0;
  let active = 0;
  for (const [a, p, n] of TRAINING_TRIPLETS) {
    const loss = tripletLoss(points[a]!, points[p]!, points[n]!, margin, kind);
    sum += loss;
    if (loss > 0) active++;
  }
  return { loss: sum / TRAINING_TRIPLETS.length, active, total: TRAINING_TRIPLETS.length };
}

/** ∂(mean training loss)/∂W for both projections, by the chain rule through x = W f. */
export function trainingGradient(model: Model, margin: number, kind: DistanceKind): Model {
  const points = ITEMS.map((item) => embed(model, item));
  const pointGrads = ITEMS.map(() => [0, 0]);
  for (const [a, p, n] of TRAINING_TRIPLETS) {
    const g = tripletGradient(points[a]!, points[p]!, points[n]!, margin, kind);
    if (g.loss <= 0) continue;
    for (const [index, grad] of [
      [a, g.a],
      [p, g.p],
      [n, g.n],
    ] as const) {
      pointGrads[index]![0]! += grad[0];
      pointGrads[index]![1]! += grad[1];
    }
  }
  const image = Array.from({ length: 2 * FEATURES }, () => 0);
  const text = Array.from({ length: 2 * FEATURES }, () => 0);
  const scale = 1 / TRAINING_TRIPLETS.length;
  ITEMS.forEach((item, i) => {
    const target = item.modality === 'image' ? image : text;
    const [gx, gy] = pointGrads[i]!;
    for (let c = 0; c < FEATURES; c++) {
      target[c]! += scale * gx! * item.features[c]!;
      target[FEATURES + c]! += scale * gy! * item.features[c]!;
    }
  });
  return { image, text };
}

export const LEARNING_RATE = 0.25;

export function gradientStep(model: Model, margin: number, kind: DistanceKind, rate = LEARNING_RATE): Model {
  const grad = trainingGradient(model, margin, kind);
  return {
    image: model.image.map((w, i) => w - rate * grad.image[i]!),
    text: model.text.map((w, i) => w - rate * grad.text[i]!),
  };
}

/** The model after `steps` gradient steps from the seeded start (replayed, so a link reproduces it). */
export function trainedModel(seed: number, steps: number, margin: number, kind: DistanceKind): Model {
  return trainingRun(seed, margin, kind).at(steps);
}

/** Features of every item, 6 a row, and whether each is a picture: what the fast step reads. */
const ITEM_FEATURES = Float64Array.from(ITEMS.flatMap((item) => item.features));
const IS_IMAGE = ITEMS.map((item) => item.modality === 'image');
const TRIPLET_INDICES = Int32Array.from(TRAINING_TRIPLETS.flat());

/**
 * gradientStep on flat weights (picture rows, then text rows: 24 numbers), without an array per
 * point or triplet: the same operations in the same order, so the same numbers to the bit (the
 * tests check it), about ten times faster.
 */
function fastStep(weights: Float64Array, margin: number, kind: DistanceKind, rate = LEARNING_RATE): Float64Array {
  const count = ITEMS.length;
  const points = new Float64Array(2 * count);
  for (let i = 0; i < count; i++) {
    const w = IS_IMAGE[i] ? 0 : 2 * FEATURES;
    let x = 0;
    let y = 0;
    for (let c = 0; c < FEATURES; c++) {
      x += weights[w + c]! * ITEM_FEATURES[i * FEATURES + c]!;
      y += weights[w + FEATURES + c]! * ITEM_FEATURES[i * FEATURES + c]!;
    }
    points[2 * i] = x;
    points[2 * i + 1] = y;
  }
  const grads = new Float64Array(2 * count);
  for (let t = 0; t < TRIPLET_INDICES.length; t += 3) {
    const a = 2 * TRIPLET_INDICES[t]!;
    const p = 2 * TRIPLET_INDICES[t + 1]!;
    const n = 2 * TRIPLET_INDICES[t + 2]!;
    const apx = points[a]! - points[p]!;
    const apy = points[a + 1]! - points[p + 1]!;
    const anx = points[a]! - points[n]!;
    const any = points[a + 1]! - points[n + 1]!;
    const ap2 = apx ** 2 + apy ** 2;
    const an2 = anx ** 2 + any ** 2;
    const loss = Math.max(0, margin + (kind === 'l2sq' ? ap2 : Math.sqrt(ap2)) - (kind === 'l2sq' ? an2 : Math.sqrt(an2)));
    if (loss <= 0) continue;
    let gapx: number;
    let gapy: number;
    let ganx: number;
    let gany: number;
    if (kind === 'l2sq') {
      gapx = 2 * apx;
      gapy = 2 * apy;
      ganx = 2 * anx;
      gany = 2 * any;
    } else {
      const apLength = Math.hypot(apx, apy);
      const anLength = Math.hypot(anx, any);
      [gapx, gapy] = apLength < 1e-12 ? [0, 0] : [apx / apLength, apy / apLength];
      [ganx, gany] = anLength < 1e-12 ? [0, 0] : [anx / anLength, any / anLength];
    }
    grads[a]! += gapx - ganx;
    grads[a + 1]! += gapy - gany;
    grads[p]! += -gapx;
    grads[p + 1]! += -gapy;
    grads[n]! += ganx;
    grads[n + 1]! += gany;
  }
  const gradient = new Float64Array(4 * FEATURES);
  const scale = 1 / TRAINING_TRIPLETS.length;
  for (let i = 0; i < count; i++) {
    const w = IS_IMAGE[i] ? 0 : 2 * FEATURES;
    const gx = grads[2 * i]!;
    const gy = grads[2 * i + 1]!;
    for (let c = 0; c < FEATURES; c++) {
      gradient[w + c]! += scale * gx * ITEM_FEATURES[i * FEATURES + c]!;
      gradient[w + FEATURES + c]! += scale * gy * ITEM_FEATURES[i * FEATURES + c]!;
    }
  }
  const next = new Float64Array(4 * FEATURES);
  for (let i = 0; i < next.length; i++) next[i] = weights[i]! - rate * gradient[i]!;
  return next;
}

/** The models along one training run, each step worked out once; see trainingRun. */
export class TrainingRun {
  private readonly steps: Float64Array[];

  constructor(
    seed: number,
    readonly margin: number,
    readonly kind: DistanceKind,
  ) {
    const start = initialModel(seed);
    this.steps = [Float64Array.from([...start.image, ...start.text])];
  }

  /** The model after `steps` gradient steps: trainedModel(seed, steps, margin, kind). */
  at(steps: number): Model {
    while (this.steps.length <= steps) this.steps.push(fastStep(this.steps.at(-1)!, this.margin, this.kind));
    const weights = this.steps[steps]!;
    return { image: Array.from(weights.subarray(0, 2 * FEATURES)), text: Array.from(weights.subarray(2 * FEATURES)) };
  }
}

const runs = new Map<string, TrainingRun>();
const KEPT_RUNS = 24;

/**
 * The training run from seed with this margin and distance, kept for the page: a step more (a
 * training tick), a margin seen before or a redraw costs no replay from the start.
 */
export function trainingRun(seed: number, margin: number, kind: DistanceKind): TrainingRun {
  const key = `${seed}:${margin}:${kind}`;
  let run = runs.get(key);
  if (run) runs.delete(key);
  else run = new TrainingRun(seed, margin, kind);
  runs.set(key, run);
  for (const old of runs.keys()) {
    if (runs.size <= KEPT_RUNS) break;
    runs.delete(old);
  }
  return run;
}

export interface AnalogyResult {
  /** q = f_img(A) − f_txt(a) + f_txt(b) */
  query: Vec2;
  /** every picture, nearest to q first */
  ranking: { concept: Concept; distance: number }[];
}

/** Multi-modal analogy: image A − word a + word b, then the nearest picture (retrieval, not generation). */
export function analogy(model: Model, image: Concept, minus: Word, plus: Word): AnalogyResult {
  const start = embed(model, itemById(`img-${image}` as ItemId));
  const a = embedWord(model, minus);
  const b = embedWord(model, plus);
  const query: Vec2 = [start[0] - a[0] + b[0], start[1] - a[1] + b[1]];
  const ranking = CONCEPTS.map((concept) => ({ concept, distance: distance(query, embed(model, itemById(`img-${concept}` as ItemId)), 'l2') }));
  ranking.sort((x, y) => x.distance - y.distance);
  return { query, ranking };
}
