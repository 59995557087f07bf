import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../lib/dsp/rng';
import { argmax, attention, attentionShare, cosine, gridFeatures, localize, similarityMap, soundEmbedding, SOUNDS, EMBEDDING_DIM } from './localization';
import { CELL_COUNT, SOURCES, cellCoverage, cellCentre, labelAt, LABELS } from './scene';
import { synthesize, SOUND_RATE_HZ, SOUND_SECONDS } from './sounds';

describe('cosine similarity', () => {
  it('is 1 for identical or parallel vectors, −1 for opposite ones, 0 for orthogonal ones', () => {
    expect(cosine([1, 2, 3], [1, 2, 3])).toBeCloseTo(1, 12);
    expect(cosine([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(cosine([1, 2, 3], [-1, -2, -3])).toBeCloseTo(-1, 12);
    expect(cosine([1, 0], [0, 5])).toBe(0);
    expect(cosine([3, 4], [4, 3])).toBeCloseTo(24 / 25, 12);
  });

  it('stays in [−1, 1] for random vectors and ignores their length', () => {
    const random = mulberry32(3);
    for (let trial = 0; trial < 500; trial++) {
      const a = Array.from({ length: EMBEDDING_DIM }, () => random() * 2 - 1);
      const b = Array.from({ length: EMBEDDING_DIM }, () => random() * 2 - 1);
      const s = cosine(a, b);
      expect(Math.abs(s)).toBeLessThanOrEqual(1);
      expect(
        cosine(
          a.map((x) => 7 * x),
          b,
        ),
      ).toBeCloseTo(s, 12);
    }
  });

  it('is 0 when a vector is zero (no direction)', () => {
    expect(cosine([0, 0, 0], [1, 2, 3])).toBe(0);
  });

  it('gives each cell of the map its own cosine', () => {
    const features = new Float64Array([1, 0, 0, 1, -1, 0]);
    expect([...similarityMap(features, [1, 0])]).toEqual([1, 0, -1]);
  });
});

describe('attention (softmax over cells)', () => {
  it('sums to 1 and is positive for every temperature, with or without ReLU', () => {
    const { features } = gridFeatures();
    for (const sound of SOUNDS) {
      const scores = similarityMap(features, soundEmbedding(sound));
      for (const temperature of [0.02, 0.05, 0.1, 0.5, 1]) {
        for (const relu of [false, true]) {
          const alpha = attention(scores, temperature, relu);
          expect(alpha.length).toBe(CELL_COUNT);
          expect(Math.abs(alpha.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
          for (const a of alpha) expect(a).toBeGreaterThan(0);
        }
      }
    }
  });

  it('is nearly flat over 400 cells without a temperature: e/(e + 399)', () => {
    const scores = new Float64Array(400);
    scores[123] = 1;
    const alpha = attention(scores, 1);
    expect(alpha[123]).toBeCloseTo(Math.E / (Math.E + 399), 12);
    expect(alpha[123]).toBeCloseTo(0.00677, 5);
    expect(attention(scores, 0.05)[123]).toBeGreaterThan(0.999);
  });

  it('is uniform for equal scores and unchanged by adding a constant', () => {
    const alpha = attention(new Float64Array(196).fill(0.3), 0.1);
    for (const a of alpha) expect(a).toBeCloseTo(1 / 196, 14);
    const scores = [0.1, -0.4, 0.9, 0.2];
    const shifted = attention(
      scores.map((s) => s + 5),
      0.2,
    );
    attention(scores, 0.2).forEach((a, i) => expect(shifted[i]).toBeCloseTo(a, 14));
  });

  it('clips negative similarities to 0 with ReLU', () => {
    const alpha = attention([-0.9, -0.5, 0], 0.1, true);
    for (const a of alpha) expect(a).toBeCloseTo(1 / 3, 14);
  });
});

describe('localization on the drawn scene', () => {
  const grid = gridFeatures();

  it('puts the peak on the object whose sound is played, for every object', () => {
    for (const source of SOURCES) {
      for (const relu of [false, true]) {
        const result = localize(grid, source, 0.1, relu);
        expect(result.peakLabel).toBe(source);
        const [x, y] = cellCentre(result.peak);
        expect(labelAt(x, y)).toBe(source);
      }
    }
  });

  it('puts most of the attention on the sounding object at a low temperature', () => {
    for (const source of SOURCES) {
      const { share } = localize(grid, source, 0.05, false);
      // the bird is small and mostly sky around it, so sky is left out of the comparison
      const others = LABELS.filter((label) => label !== source && label !== 'sky').map((label) => share[label]);
      expect(share[source]).toBeGreaterThan(Math.max(...others));
    }
  });

  it('splits a mixture between its two sources', () => {
    const { share, peakLabel } = localize(grid, 'dog-guitar', 0.1, false);
    expect(['dog', 'guitar']).toContain(peakLabel);
    expect(share.dog).toBeGreaterThan(0.3);
    expect(share.guitar).toBeGreaterThan(0.3);
  });

  it('measures coverage that sums to 1 in every cell', () => {
    const coverage = cellCoverage();
    for (let cell = 0; cell < CELL_COUNT; cell++) {
      const total = LABELS.reduce((sum, label) => sum + coverage[label][cell]!, 0);
      expect(total).toBeCloseTo(1, 12);
    }
    const share = attentionShare(new Float64Array(CELL_COUNT).fill(1 / CELL_COUNT), coverage);
    expect(LABELS.reduce((sum, label) => sum + share[label], 0)).toBeCloseTo(1, 12);
  });

  it('finds the index of the largest value', () => {
    expect(argmax([0.1, 0.7, 0.2])).toBe(1);
  });
});

describe('synthetic sounds', () => {
  it('are deterministic, finite and peak at 0.8, alone or mixed', () => {
    for (const sources of [['dog'], ['car'], ['guitar'], ['bird'], ['dog', 'guitar']] as const) {
      const a = synthesize(sources);
      expect(a.length).toBe(Math.round(SOUND_SECONDS * SOUND_RATE_HZ));
      expect(a).toEqual(synthesize(sources));
      expect(a.every(Number.isFinite)).toBe(true);
      expect(a.reduce((peak, x) => Math.max(peak, Math.abs(x)), 0)).toBeCloseTo(0.8, 5);
    }
  });
});
