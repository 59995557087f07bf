import { describe, expect, it } from 'vitest';
import { blackmanWindow, hammingWindow, hannWindow, makeWindow, rectangularWindow, resolveWindow, WINDOW_TYPES, type WindowType } from './windows';

const closedForms: Record<WindowType, (n: number, period: number) => number> = {
  rectangular: () => 1,
  hann: (n, d) => 0.5 - 0.5 * Math.cos((2 * Math.PI * n) / d),
  hamming: (n, d) => 0.54 - 0.46 * Math.cos((2 * Math.PI * n) / d),
  blackman: (n, d) => 0.42 - 0.5 * Math.cos((2 * Math.PI * n) / d) + 0.08 * Math.cos((4 * Math.PI * n) / d),
};

describe('window coefficients', () => {
  it('match the closed forms (periodic: D = N, symmetric: D = N − 1), |error| < 1e-15', () => {
    for (const type of WINDOW_TYPES) {
      for (const length of [8, 33, 512]) {
        const periodic = makeWindow(type, length, 'periodic');
        const symmetric = makeWindow(type, length, 'symmetric');
        for (let n = 0; n < length; n++) {
          expect(Math.abs(periodic[n]! - Math.max(0, closedForms[type](n, length)))).toBeLessThan(1e-15);
          expect(Math.abs(symmetric[n]! - Math.max(0, closedForms[type](n, length - 1)))).toBeLessThan(1e-15);
        }
      }
    }
  });

  it('end points: Hann 0, Hamming 0.08, Blackman 0; symmetric forms at both ends', () => {
    expect(hannWindow(512)[0]).toBe(0);
    expect(hannWindow(512, 'symmetric')[511]).toBeCloseTo(0, 15);
    expect(hammingWindow(512)[0]).toBeCloseTo(0.08, 15);
    expect(hammingWindow(512, 'symmetric')[511]).toBeCloseTo(0.08, 15);
    expect(blackmanWindow(512)[0]).toBe(0);
    expect(blackmanWindow(512, 'symmetric')[511]).toBeCloseTo(0, 15);
    expect(hannWindow(512)[256]).toBe(1);
    expect(hammingWindow(512)[256]).toBeCloseTo(1, 15);
  });

  it('symmetric windows are symmetric; periodic N is symmetric N + 1 without its last sample', () => {
    for (const type of WINDOW_TYPES) {
      const symmetric = makeWindow(type, 65, 'symmetric');
      for (let n = 0; n < 65; n++) expect(symmetric[n]).toBeCloseTo(symmetric[64 - n]!, 14);
      const periodic = makeWindow(type, 64, 'periodic');
      for (let n = 0; n < 64; n++) expect(periodic[n]).toBeCloseTo(symmetric[n]!, 14);
    }
  });

  it('validates lengths', () => {
    expect(() => hannWindow(0)).toThrow(RangeError);
    expect(() => rectangularWindow(2.5)).toThrow(RangeError);
    expect(Array.from(hannWindow(1, 'symmetric'))).toEqual([1]);
    expect(() => resolveWindow(new Float64Array(3), 4)).toThrow(RangeError);
    expect(resolveWindow(undefined, 4)).toEqual(hannWindow(4));
  });
});
