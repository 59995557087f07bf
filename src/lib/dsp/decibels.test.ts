import { describe, expect, it } from 'vitest';
import { int32View, powerRangeToDbInPlace, powerToDbInPlace } from './decibels';
import { mulberry32 } from './rng';

describe('fast log', () => {
  it('within 0.003 dB of 10 log10 from 1e-30 to 1e30, exact at powers of two', () => {
    const rng = mulberry32(5);
    const powers = Float32Array.from({ length: 200_000 }, () => Math.pow(10, 60 * rng() - 30));
    // Compare with the float32 values the fast path reads.
    const exact = Array.from(powers, (p) => 10 * Math.log10(p));
    powerRangeToDbInPlace(powers, int32View(powers), 0, powers.length, 0, -Infinity);
    let maxError = 0;
    powers.forEach((db, i) => (maxError = Math.max(maxError, Math.abs(db - exact[i]!))));
    expect(maxError).toBeLessThan(0.003);
    const octaves = Float32Array.from([-40, -1, 0, 1, 10, 100], (e) => Math.pow(2, e));
    const exactOctaves = Array.from(octaves, (p) => 10 * Math.log10(p));
    powerRangeToDbInPlace(octaves, int32View(octaves), 0, octaves.length, 0, -Infinity);
    // float32 output: exact up to its rounding
    octaves.forEach((db, i) => expect(db).toBeCloseTo(exactOctaves[i]!, 4));
  });
});

describe('dB conversions', () => {
  it('powerToDbInPlace: max reference, floor, error < 0.003 dB', () => {
    const values = Float32Array.from([4, 2, 1, 0.001, 0, 1e-20]);
    const exact = Array.from(values, (p) => Math.max(10 * Math.log10(p / 4), -60));
    const reference = powerToDbInPlace(values, { floorDb: -60 });
    expect(reference).toBe(4);
    values.forEach((db, i) => expect(Math.abs(db - exact[i]!)).toBeLessThan(0.003));
    expect(values[0]).toBeCloseTo(0, 6);
    expect(values[4]).toBe(-60);
    expect(values[5]).toBe(-60);
  });

  it('powerToDbInPlace: numeric reference; all-zero input gives the floor', () => {
    const values = Float32Array.from([10, 1000]);
    powerToDbInPlace(values, { referencePower: 10, floorDb: -100 });
    expect(values[0]).toBeCloseTo(0, 2);
    expect(values[1]).toBeCloseTo(20, 2);
    const silent = new Float32Array(4);
    powerToDbInPlace(silent, { floorDb: -90 });
    expect(Array.from(silent)).toEqual([-90, -90, -90, -90]);
  });

  it('powerRangeToDbInPlace converts only the given range', () => {
    const values = Float32Array.from([1, 10, 100, 1000]);
    powerRangeToDbInPlace(values, int32View(values), 1, 3, 0, -Infinity);
    expect(values[0]).toBe(1);
    expect(values[1]).toBeCloseTo(10, 2);
    expect(values[2]).toBeCloseTo(20, 2);
    expect(values[3]).toBe(1000);
  });
});
