import { describe, expect, it } from 'vitest';
import { measureWindowLobes, windowSpectrumDb } from './window-analysis';
import { makeWindow, WINDOW_TYPES, type WindowType } from './windows';

// Periodic windows, N = 512, 64× zero-padding. Side-lobes and nulls: lecture-facts A5 / Harris 1978.
// −3 dB widths: the closed-form spectra a0 D(f) + a1 (D(f∓1)) + a2 (D(f∓2)), D = sinc, solved by
// bisection (Harris's table lists 1.68 for Blackman; the closed form gives 1.644).
const expected: Record<WindowType, { sideLobeDb: number; firstNullBins: number; halfPowerWidthBins: number }> = {
  rectangular: { sideLobeDb: -13.26, firstNullBins: 1, halfPowerWidthBins: 0.886 },
  hann: { sideLobeDb: -31.47, firstNullBins: 2, halfPowerWidthBins: 1.441 },
  hamming: { sideLobeDb: -42.67, firstNullBins: 2, halfPowerWidthBins: 1.303 },
  blackman: { sideLobeDb: -58.11, firstNullBins: 3, halfPowerWidthBins: 1.644 },
};

describe('window lobes', () => {
  for (const type of WINDOW_TYPES) {
    it(`${type}: peak side-lobe within ±0.1 dB, first null within 1/16 bin, −3 dB width within 0.005 bin`, () => {
      const lobes = measureWindowLobes(makeWindow(type, 512), 64);
      const want = expected[type];
      expect(Math.abs(lobes.peakSideLobeDb - want.sideLobeDb)).toBeLessThan(0.1);
      expect(Math.abs(lobes.firstNullBins - want.firstNullBins)).toBeLessThan(1 / 16);
      expect(lobes.mainLobeWidthBins).toBeCloseTo(2 * lobes.firstNullBins, 12);
      expect(Math.abs(lobes.halfPowerWidthBins - want.halfPowerWidthBins)).toBeLessThan(0.005);
    });
  }

  it('side-lobes fall in the stated order: Blackman < Hamming < Hann < rectangular', () => {
    const levels = WINDOW_TYPES.map((type) => measureWindowLobes(makeWindow(type, 256)).peakSideLobeDb);
    const [rectangular, hann, hamming, blackman] = levels as [number, number, number, number];
    expect(blackman).toBeLessThan(hamming);
    expect(hamming).toBeLessThan(hann);
    expect(hann).toBeLessThan(rectangular);
  });

  it('window spectrum is 0 dB at DC and spaced 1/zeroPadFactor bins', () => {
    const { db, pointsPerBin } = windowSpectrumDb(makeWindow('hann', 64), 32);
    expect(db[0]).toBe(0);
    expect(pointsPerBin).toBe(32);
    expect(db.length).toBe((64 * 32) / 2 + 1);
  });

  it('handles lengths that are not powers of two (N = 400 → FFT 32 768)', () => {
    const lobes = measureWindowLobes(makeWindow('hann', 400), 64);
    expect(Math.abs(lobes.peakSideLobeDb - -31.47)).toBeLessThan(0.1);
    expect(Math.abs(lobes.firstNullBins - 2)).toBeLessThan(1 / 16);
  });
});
