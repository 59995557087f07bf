import { describe, expect, it } from 'vitest';
import { dct2, inverseDct2 } from './dct';
import { mulberry32 } from './rng';

function randomVector(length: number, seed: number): Float64Array {
  const rng = mulberry32(seed);
  return Float64Array.from({ length }, () => 2 * rng() - 1);
}

describe('orthonormal DCT-II', () => {
  it('a constant vector has energy only in c0: M = 40, value −3 → c0 = −3√40 = −18.974, |c_k| < 1e-9', () => {
    const c = dct2(new Float64Array(40).fill(-3));
    expect(c[0]).toBeCloseTo(-18.974, 3);
    expect(c[0]).toBeCloseTo(-3 * Math.sqrt(40), 12);
    for (let k = 1; k < 40; k++) expect(Math.abs(c[k]!)).toBeLessThan(1e-9);
  });

  it('matches the defining sum (|error| < 1e-12)', () => {
    const x = randomVector(13, 1);
    const c = dct2(x);
    for (let k = 0; k < 13; k++) {
      let sum = 0;
      for (let m = 0; m < 13; m++) sum += x[m]! * Math.cos((Math.PI * k * (2 * m + 1)) / 26);
      const scale = k === 0 ? Math.sqrt(1 / 13) : Math.sqrt(2 / 13);
      expect(Math.abs(c[k]! - scale * sum)).toBeLessThan(1e-12);
    }
  });

  it('preserves energy: Σ c² = Σ x² (relative error < 1e-12)', () => {
    for (const length of [8, 40, 128]) {
      const x = randomVector(length, length);
      const c = dct2(x);
      const energy = (v: Float64Array) => v.reduce((s, value) => s + value * value, 0);
      expect(Math.abs(energy(c) - energy(x)) / energy(x)).toBeLessThan(1e-12);
    }
  });

  it('inverse DCT-II (DCT-III) round-trips, and truncation keeps the first coefficients', () => {
    const x = randomVector(40, 7);
    const back = inverseDct2(dct2(x), 40);
    for (let m = 0; m < 40; m++) expect(Math.abs(back[m]! - x[m]!)).toBeLessThan(1e-12);
    const firstTwelve = dct2(x, 12);
    expect(firstTwelve.length).toBe(12);
    expect(Array.from(firstTwelve)).toEqual(Array.from(dct2(x).subarray(0, 12)));
    // Keeping only c0 reconstructs the mean.
    const mean = x.reduce((s, v) => s + v, 0) / 40;
    inverseDct2(firstTwelve.subarray(0, 1), 40).forEach((v) => expect(v).toBeCloseTo(mean, 12));
    expect(() => dct2(x, 41)).toThrow(RangeError);
    expect(() => inverseDct2(x, 39)).toThrow(RangeError);
  });
});
