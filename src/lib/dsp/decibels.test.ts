import { describe, expect, it } from 'vitest';
import {
  amplitudeToDb,
  dbToAmplitude,
  dbToPower,
  fastLog10,
  fastLog2,
  int32View,
  powerRangeToDbInPlace,
  powerToDb,
  powerToDbInPlace,
} from './decibels';
import { mulberry32 } from './rng';

describe('fast log', () => {
  it('log2 within 1e-3 of Math.log2 from 1e-30 to 1e30, exact at powers of two', () => {
    const rng = mulberry32(5);
    let maxError = 0;
    for (let i = 0; i < 200_000; i++) {
      const x = Math.pow(10, 60 * rng() - 30);
      // Compare with the float32-rounded input the fast path sees.
      maxError = Math.max(maxError, Math.abs(fastLog2(x) - Math.log2(Math.fround(x))));
    }
    expect(maxError).toBeLessThan(1e-3);
    for (const e of [-40, -1, 0, 1, 10, 100]) expect(fastLog2(Math.pow(2, e))).toBe(e);
  });

  it('log10 within 3e-4 of Math.log10', () => {
    for (const x of [1e-12, 0.3, 1, 7, 12345.678, 3e20]) {
      expect(Math.abs(fastLog10(x) - Math.log10(x))).toBeLessThan(3e-4);
    }
  });
});

describe('dB conversions', () => {
  it('exact scalar conversions', () => {
    expect(powerToDb(100)).toBeCloseTo(20, 12);
    expect(powerToDb(0.5, 2)).toBeCloseTo(-6.0206, 4);
    expect(powerToDb(0, 1, -80)).toBe(-80);
    expect(amplitudeToDb(-10)).toBeCloseTo(20, 12);
    expect(amplitudeToDb(1, 2)).toBeCloseTo(-6.0206, 4);
    expect(dbToPower(30)).toBeCloseTo(1000, 9);
    expect(dbToAmplitude(-20)).toBeCloseTo(0.1, 12);
  });

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
