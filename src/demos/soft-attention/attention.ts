/**
 * Soft attention over a 14 × 14 grid of image regions, as in Show, Attend and Tell (Xu et al., 2015),
 * on a drawn scene instead of CNN features. Each cell's annotation vector a_i holds how much of the
 * cell each thing covers (dog, ball, grass, sky, tree; they sum to 1). Each caption word has a fixed
 * query vector q_t (a stand-in for the decoder state h_{t−1}); the score is e_ti = q_t · a_i,
 * α_t = softmax(e_t / T) and the context vector is ẑ_t = Σ_i α_ti a_i. Pure: no DOM.
 */

export const GRID = 14;
export const CHANNELS = ['dog', 'ball', 'grass', 'sky', 'tree'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A filled primitive in scene units: x to the right, y down, both 0 … 1. */
export type Primitive = { kind: 'ellipse'; cx: number; cy: number; rx: number; ry: number } | { kind: 'rect'; x: number; y: number; w: number; h: number };

export const HORIZON = 0.42;

/** The objects in front of the sky and grass, front-most first. */
export const SCENE_OBJECTS: readonly { channel: Exclude<Channel, 'grass' | 'sky'>; parts: readonly Primitive[] }[] = [
  {
    channel: 'dog',
    parts: [
      { kind: 'ellipse', cx: 0.33, cy: 0.62, rx: 0.15, ry: 0.075 }, // body
      { kind: 'ellipse', cx: 0.5, cy: 0.53, rx: 0.065, ry: 0.06 }, // head
      { kind: 'ellipse', cx: 0.565, cy: 0.55, rx: 0.035, ry: 0.025 }, // snout
      { kind: 'ellipse', cx: 0.465, cy: 0.535, rx: 0.022, ry: 0.05 }, // ear
      { kind: 'rect', x: 0.2, y: 0.64, w: 0.035, h: 0.13 }, // legs
      { kind: 'rect', x: 0.27, y: 0.65, w: 0.035, h: 0.12 },
      { kind: 'rect', x: 0.37, y: 0.65, w: 0.035, h: 0.12 },
      { kind: 'rect', x: 0.43, y: 0.64, w: 0.035, h: 0.13 },
      { kind: 'ellipse', cx: 0.16, cy: 0.565, rx: 0.045, ry: 0.018 }, // tail
    ],
  },
  { channel: 'ball', parts: [{ kind: 'ellipse', cx: 0.76, cy: 0.71, rx: 0.085, ry: 0.085 }] },
  {
    channel: 'tree',
    parts: [
      { kind: 'rect', x: 0.84, y: 0.22, w: 0.05, h: 0.27 }, // trunk
      { kind: 'ellipse', cx: 0.865, cy: 0.19, rx: 0.11, ry: 0.12 }, // crown
    ],
  },
];

function inside(shape: Primitive, x: number, y: number): boolean {
  if (shape.kind === 'rect') return x >= shape.x && x <= shape.x + shape.w && y >= shape.y && y <= shape.y + shape.h;
  return ((x - shape.cx) / shape.rx) ** 2 + ((y - shape.cy) / shape.ry) ** 2 <= 1;
}

/** What is visible at a point of the scene. */
export function channelAt(x: number, y: number): Channel {
  for (const object of SCENE_OBJECTS) if (object.parts.some((part) => inside(part, x, y))) return object.channel;
  return y < HORIZON ? 'sky' : 'grass';
}

/** Annotation vectors a_i (row-major cells, i = row · GRID + column): coverage per channel, by sub-sampling each cell. */
export function cellFeatures(grid = GRID, samples = 6): number[][] {
  const features: number[][] = [];
  for (let row = 0; row < grid; row++) {
    for (let col = 0; col < grid; col++) {
      const coverage = CHANNELS.map(() => 0);
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const channel = channelAt((col + (sx + 0.5) / samples) / grid, (row + (sy + 0.5) / samples) / grid);
          coverage[CHANNELS.indexOf(channel)]! += 1 / (samples * samples);
        }
      }
      features.push(coverage);
    }
  }
  return features;
}

/** The caption, one query vector per word over (dog, ball, grass, sky, tree). */
export const CAPTION: readonly { word: string; query: readonly number[] }[] = [
  { word: 'a', query: [1, 1, 1, 1, 1] }, // no preference: every cell scores the same
  { word: 'dog', query: [5, 0, 0, 0, 0] },
  { word: 'chases', query: [3, 3, 0, 0, 0] }, // the action involves both
  { word: 'a', query: [0.5, 2, 0, 0, 0] }, // already looking ahead to the ball
  { word: 'ball', query: [0, 5, 0, 0, 0] },
  { word: 'on', query: [1, 1, 2.5, 0, 0] },
  { word: 'the', query: [0, 0, 1.5, 0.5, 0] },
  { word: 'grass', query: [0, 0, 4, 0, 0] },
];

export function dot(u: readonly number[], v: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < u.length; i++) sum += u[i]! * v[i]!;
  return sum;
}

/** e_i = q · a_i for every cell. */
export function scores(query: readonly number[], features: readonly (readonly number[])[]): number[] {
  return features.map((a) => dot(query, a));
}

/**
 * α_i = exp(e_i / T) / Σ_k exp(e_k / T). The largest score is subtracted first, so small T does
 * not overflow: as T → 0 the weight goes to the highest score (shared among exact ties).
 */
export function softmax(values: readonly number[], temperature: number): number[] {
  const max = Math.max(...values);
  const exps = values.map((v) => Math.exp((v - max) / temperature));
  const total = exps.reduce((s, e) => s + e, 0);
  return exps.map((e) => e / total);
}

/** ẑ = Σ_i α_i a_i: a convex combination, so every channel lies between that channel's min and max over the cells. */
export function contextVector(weights: readonly number[], features: readonly (readonly number[])[]): number[] {
  const context = features[0]!.map(() => 0);
  weights.forEach((alpha, i) => features[i]!.forEach((value, c) => (context[c]! += alpha * value)));
  return context;
}

export interface Attention {
  scores: number[];
  weights: number[];
  context: number[];
  /** cell indices by decreasing weight */
  ranked: number[];
}

export function attend(query: readonly number[], features: readonly (readonly number[])[], temperature: number): Attention {
  const e = scores(query, features);
  const weights = softmax(e, temperature);
  const ranked = weights.map((_, i) => i).sort((i, j) => weights[j]! - weights[i]! || i - j);
  return { scores: e, weights, context: contextVector(weights, features), ranked };
}

/** The channel covering most of a cell. */
export function dominantChannel(feature: readonly number[]): Channel {
  let best = 0;
  for (let c = 1; c < feature.length; c++) if (feature[c]! > feature[best]!) best = c;
  return CHANNELS[best]!;
}
