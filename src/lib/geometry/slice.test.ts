import { describe, expect, it } from 'vitest';
import { marchingSquares, sdfSliceX, slicePoint } from './slice';
import { sphereSdf, torusSdf } from './sdf';

describe('SDF slice', () => {
  it('samples the plane x = offset with z across and y up', () => {
    const slice = sdfSliceX((x, y, z) => x + 10 * y + 100 * z, 0.5, 1, 3);
    // row 0 is y = +1, column 0 is z = −1
    expect(Array.from(slice.values)).toEqual([0.5 + 10 - 100, 10.5, 0.5 + 10 + 100, 0.5 - 100, 0.5, 100.5, 0.5 - 10 - 100, -9.5, 0.5 - 10 + 100]);
    expect(slicePoint(slice, 2, 0)).toEqual([1, 1]);
    expect(slicePoint(slice, 1, 1.5)).toEqual([0, -0.5]);
  });

  it('has f = −r at a sphere’s centre and its zero contour on the circle of radius √(r² − x²)', () => {
    expect(sdfSliceX(sphereSdf(0.8), 0, 1.2, 121).values[60 * 121 + 60]).toBeCloseTo(-0.8, 6);
    for (const offset of [0, 0.5]) {
      const slice = sdfSliceX(sphereSdf(0.8), offset, 1.2, 121);
      const segments = marchingSquares(slice.values, 121, 121, 0);
      expect(segments.length).toBeGreaterThan(100 * 4);
      const radius = Math.sqrt(0.8 ** 2 - offset ** 2);
      for (let i = 0; i < segments.length; i += 2) {
        const [z, y] = slicePoint(slice, segments[i]!, segments[i + 1]!);
        expect(Math.abs(Math.hypot(z, y) - radius)).toBeLessThan(1e-3);
      }
    }
    expect(marchingSquares(sdfSliceX(sphereSdf(0.8), 0.9, 1.2, 41).values, 41, 41)).toHaveLength(0); // the plane misses it
  });

  it('finds the torus’s two tube sections in the plane x = 0', () => {
    const slice = sdfSliceX(torusSdf(0.55, 0.25), 0, 1.2, 97);
    const segments = marchingSquares(slice.values, 97, 97);
    for (let i = 0; i < segments.length; i += 2) {
      const [z, y] = slicePoint(slice, segments[i]!, segments[i + 1]!);
      expect(Math.abs(Math.hypot(Math.abs(z) - 0.55, y) - 0.25)).toBeLessThan(2e-3);
    }
  });

  it('places a crossing by linear interpolation along cell edges', () => {
    // one cell: top row −1, 3; bottom row −1, 1 → the contour crosses the top at x = 0.25, the bottom at x = 0.5
    expect(Array.from(marchingSquares([-1, 3, -1, 1], 2, 2))).toEqual([0.25, 0, 0.5, 1]);
    // a saddle (two opposite corners inside) with the centre outside: the two inside corners are cut off apart
    expect(Array.from(marchingSquares([-1, 1, 1, -1], 2, 2))).toEqual([0.5, 0, 0, 0.5, 0.5, 1, 1, 0.5]);
    // …and with the centre inside, the two outside corners are
    expect(Array.from(marchingSquares([-2, 1, 1, -2], 2, 2))).toEqual([2 / 3, 0, 1, 1 / 3, 0, 2 / 3, 1 / 3, 1].map(Math.fround));
  });
});
