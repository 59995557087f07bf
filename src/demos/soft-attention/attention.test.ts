import { describe, expect, it } from 'vitest';
import { CAPTION, CHANNELS, GRID, attend, cellFeatures, channelAt, contextVector, softmax } from './attention';

const features = cellFeatures();
const L = GRID * GRID;

describe('annotation vectors', () => {
  it('hold one coverage vector per cell, summing to 1', () => {
    expect(features).toHaveLength(196);
    for (const a of features) {
      expect(a).toHaveLength(CHANNELS.length);
      expect(a.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
      for (const v of a) expect(v).toBeGreaterThanOrEqual(0);
    }
  });

  it('see sky above the horizon, grass below, and the dog where it is drawn', () => {
    expect(channelAt(0.05, 0.05)).toBe('sky');
    expect(channelAt(0.05, 0.95)).toBe('grass');
    expect(channelAt(0.33, 0.62)).toBe('dog');
    expect(channelAt(0.76, 0.71)).toBe('ball');
  });
});

describe('softmax attention', () => {
  it('gives non-negative weights that sum to 1, for every word and temperature', () => {
    for (const { query } of CAPTION) {
      for (const temperature of [0.05, 0.3, 1, 3, 10]) {
        const { weights } = attend(query, features, temperature);
        expect(Math.abs(weights.reduce((s, a) => s + a, 0) - 1)).toBeLessThan(1e-12);
        for (const a of weights) expect(a).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('gives 1/L to equal scores (the first “a” has no preference)', () => {
    const { weights } = attend(CAPTION[0]!.query, features, 1);
    for (const a of weights) expect(a).toBeCloseTo(1 / L, 12);
    expect(1 / L).toBeCloseTo(0.005102, 6);
  });

  it('concentrates on the highest score as T → 0 and spreads out as T → ∞', () => {
    const scores = [0.2, 1.5, 1.4, -3, 0.9];
    const cold = softmax(scores, 1e-4);
    expect(cold[1]).toBeCloseTo(1, 12);
    expect(cold.reduce((s, a) => s + a, 0)).toBeCloseTo(1, 12);
    const hot = softmax(scores, 1e6);
    for (const a of hot) expect(a).toBeCloseTo(0.2, 5);
    // only differences matter
    expect(
      softmax(
        scores.map((e) => e + 100),
        0.7,
      ),
    ).toEqual(softmax(scores, 0.7).map((a) => expect.closeTo(a, 12)));
  });

  it('computes the context vector as Σ α_i a_i, inside each channel’s range', () => {
    const { weights, context } = attend(CAPTION[2]!.query, features, 0.8);
    for (let c = 0; c < CHANNELS.length; c++) {
      let expected = 0;
      for (let i = 0; i < L; i++) expected += weights[i]! * features[i]![c]!;
      expect(context[c]).toBeCloseTo(expected, 12);
      const column = features.map((a) => a[c]!);
      expect(context[c]).toBeGreaterThanOrEqual(Math.min(...column) - 1e-12);
      expect(context[c]).toBeLessThanOrEqual(Math.max(...column) + 1e-12);
    }
    // if every a_i is the same vector v, ẑ = v for any weights
    const same = Array.from({ length: 4 }, () => [0.1, 0.7, 0.2]);
    expect(contextVector([0.1, 0.2, 0.3, 0.4], same).map((v) => Number(v.toFixed(12)))).toEqual([0.1, 0.7, 0.2]);
  });

  it('puts the peak on dog cells for “dog” and on ball cells for “ball”', () => {
    const dog = CAPTION.findIndex((w) => w.word === 'dog');
    const ball = CAPTION.findIndex((w) => w.word === 'ball');
    for (const temperature of [0.05, 1, 3]) {
      const onDog = attend(CAPTION[dog]!.query, features, temperature);
      expect(features[onDog.ranked[0]!]![0]).toBeGreaterThan(0.9);
      const onBall = attend(CAPTION[ball]!.query, features, temperature);
      expect(features[onBall.ranked[0]!]![1]).toBeGreaterThan(0.5);
    }
    // at T = 1 most of the attention, and of the context vector, is on the dog
    expect(attend(CAPTION[dog]!.query, features, 1).context[0]).toBeGreaterThan(0.7);
  });
});
