/**
 * Sound source localization with hand-made embeddings (no learned weights):
 *   s_i = cos(h, v_i),   α_i = exp(s̃_i / T) / Σ_j exp(s̃_j / T),   s̃ = ReLU(s) or s
 * where h is the sound's embedding and v_i the visual feature of grid cell i. The six embedding
 * axes stand for what a trained audio–visual space might pick up: fur/bark, engine/metal,
 * strings/wood, feathers/chirp, open air (wind, leaves) and low rumble. Pure; no DOM.
 */
import { gaussianSampler, mulberry32 } from '../../lib/dsp/rng';
import { CELL_COUNT, LABELS, SOURCES, cellCoverage, type Label, type SourceId } from './scene';

export const EMBEDDING_DIM = 6;

/** What each object or surface looks like in the joint space. */
export const VISUAL_PROTOTYPES: Readonly<Record<Label, readonly number[]>> = {
  dog: [0.9, 0.0, 0.1, 0.2, 0.1, 0.2],
  car: [0.0, 0.95, 0.15, 0.0, -0.1, 0.3],
  guitar: [0.1, 0.15, 0.9, 0.0, 0.0, 0.1],
  bird: [0.2, 0.0, 0.0, 0.9, 0.3, 0.0],
  sky: [-0.2, -0.2, -0.2, 0.15, 0.6, -0.5],
  grass: [0.05, -0.3, -0.1, 0.0, 0.7, -0.3],
  // silent but correlated: a road goes with engines, a tree with wood and birds
  road: [-0.2, 0.45, -0.2, -0.2, -0.1, 0.25],
  tree: [0.0, -0.3, 0.3, 0.3, 0.8, -0.2],
};

/** Each sound's signature: close to its object's visual prototype, not equal to it. */
export const SOUND_SIGNATURES: Readonly<Record<SourceId, readonly number[]>> = {
  dog: [1.0, 0.1, 0.0, 0.15, 0.1, 0.2],
  car: [0.05, 1.0, 0.1, 0.0, 0.0, 0.3],
  guitar: [0.0, 0.1, 1.0, 0.1, 0.0, 0.1],
  bird: [0.1, 0.0, 0.1, 1.0, 0.3, -0.1],
};

/** The sounds a reader can play: one source or a mixture of two. */
export const SOUNDS = [...SOURCES, 'dog-guitar'] as const;
export type SoundId = (typeof SOUNDS)[number];

export function soundSources(sound: SoundId): SourceId[] {
  return sound === 'dog-guitar' ? ['dog', 'guitar'] : [sound];
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let k = 0; k < a.length; k++) {
    dot += a[k]! * b[k]!;
    aa += a[k]! * a[k]!;
    bb += b[k]! * b[k]!;
  }
  if (aa === 0 || bb === 0) return 0;
  // rounding can push |cos| a hair past 1 for parallel vectors
  return Math.max(-1, Math.min(1, dot / Math.sqrt(aa * bb)));
}

function normalised(v: readonly number[]): number[] {
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

/** The embedding h of what is heard: a mixture is the sum of its sources' unit signatures. */
export function soundEmbedding(sound: SoundId): number[] {
  const h = Array.from({ length: EMBEDDING_DIM }, () => 0);
  for (const source of soundSources(sound)) normalised(SOUND_SIGNATURES[source] as number[]).forEach((x, k) => (h[k]! += x));
  return h;
}

export interface GridFeatures {
  /** CELL_COUNT × EMBEDDING_DIM, row-major */
  features: Float64Array;
  coverage: Record<Label, Float64Array>;
}

/**
 * v_i = Σ_label coverage_i(label) · prototype(label) + σ · noise, the noise seeded so every
 * reader sees the same frame.
 */
export function gridFeatures(noise = 0.06, seed = 7): GridFeatures {
  const coverage = cellCoverage();
  const features = new Float64Array(CELL_COUNT * EMBEDDING_DIM);
  const gaussian = gaussianSampler(mulberry32(seed));
  for (let cell = 0; cell < CELL_COUNT; cell++) {
    for (let k = 0; k < EMBEDDING_DIM; k++) {
      let value = noise * gaussian();
      for (const label of LABELS) value += coverage[label][cell]! * VISUAL_PROTOTYPES[label][k]!;
      features[cell * EMBEDDING_DIM + k] = value;
    }
  }
  return { features, coverage };
}

/** s_i = cos(h, v_i) for every cell. */
export function similarityMap(features: Float64Array, h: readonly number[]): Float64Array {
  const cells = features.length / h.length;
  const out = new Float64Array(cells);
  for (let cell = 0; cell < cells; cell++) out[cell] = cosine(h, features.subarray(cell * h.length, (cell + 1) * h.length));
  return out;
}

/** α = softmax(s̃ / T), s̃ = max(s, 0) when `relu`; the maximum is subtracted for stability. */
export function attention(scores: ArrayLike<number>, temperature: number, relu = false): Float64Array {
  const out = new Float64Array(scores.length);
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    out[i] = (relu ? Math.max(0, scores[i]!) : scores[i]!) / temperature;
    max = Math.max(max, out[i]!);
  }
  let sum = 0;
  for (let i = 0; i < out.length; i++) {
    out[i] = Math.exp(out[i]! - max);
    sum += out[i]!;
  }
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}

export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/** How much of the attention falls on each label: Σ_i α_i · coverage_i(label). */
export function attentionShare(alpha: ArrayLike<number>, coverage: Record<Label, Float64Array>): Record<Label, number> {
  const share = {} as Record<Label, number>;
  for (const label of LABELS) {
    let sum = 0;
    for (let i = 0; i < alpha.length; i++) sum += alpha[i]! * coverage[label][i]!;
    share[label] = sum;
  }
  return share;
}

/** The label covering most of a cell. */
export function dominantLabel(cell: number, coverage: Record<Label, Float64Array>): Label {
  let best: Label = LABELS[0];
  for (const label of LABELS) if (coverage[label][cell]! > coverage[best][cell]!) best = label;
  return best;
}

export interface Localization {
  similarity: Float64Array;
  alpha: Float64Array;
  peak: number;
  peakLabel: Label;
  share: Record<Label, number>;
}

export function localize(grid: GridFeatures, sound: SoundId, temperature: number, relu: boolean): Localization {
  const similarity = similarityMap(grid.features, soundEmbedding(sound));
  const alpha = attention(similarity, temperature, relu);
  const peak = argmax(alpha);
  return { similarity, alpha, peak, peakLabel: dominantLabel(peak, grid.coverage), share: attentionShare(alpha, grid.coverage) };
}
