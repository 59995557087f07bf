import { describe, expect, it } from 'vitest';
import { mulberry32 } from './rng';
import { sineWave } from './signals';
import { argMax, binFrequencyHz, frequencyToBin, fullSpectrumEnergy, oneSidedBins, powerSpectrum } from './spectrum';
import { hannWindow, makeWindow, WINDOW_TYPES, type WindowType } from './windows';

/** A sinusoid in double precision (the Float32 generators would add a −150 dB rounding floor). */
function exactSine(frequencyHz: number, sampleRateHz: number, length: number): Float64Array {
  return Float64Array.from({ length }, (_, n) => Math.sin((2 * Math.PI * frequencyHz * n) / sampleRateHz));
}

function db(power: Float64Array, k: number, reference: number): number {
  return 10 * Math.log10(power[k]! / reference);
}

describe('frame spectrum', () => {
  it('1 kHz at 16 kHz, N = 512: Δf = 31.25 Hz, 257 bins, peak in bin 32', () => {
    const frame = sineWave({ frequencyHz: 1000, sampleRateHz: 16000, durationSec: 512 / 16000 });
    const power = powerSpectrum(frame);
    expect(power.length).toBe(257);
    expect(oneSidedBins(512)).toBe(257);
    expect(binFrequencyHz(1, 512, 16000)).toBe(31.25);
    expect(frequencyToBin(1000, 512, 16000)).toBe(32);
    expect(argMax(power)).toBe(32);
    expect(argMax(powerSpectrum(frame, { window: 'hann' }))).toBe(32);
  });

  it('an on-bin sinusoid of amplitude A has |X|² = (A Σw / 2)²', () => {
    const frame = exactSine(1000, 16000, 512);
    const window = hannWindow(512);
    const power = powerSpectrum(frame, { window });
    expect(Math.sqrt(power[32]!)).toBeCloseTo((0.5 * 512) / 2, 9);
  });

  it('Parseval for one windowed frame: Σ|x w|² = (1/F) Σ_k |X[k]|² (relative error < 1e-12)', () => {
    const rng = mulberry32(11);
    const frame = Float64Array.from({ length: 512 }, () => rng() - 0.5);
    const window = hannWindow(512);
    let timeEnergy = 0;
    for (let n = 0; n < 512; n++) timeEnergy += (frame[n]! * window[n]!) ** 2;
    for (const fftSize of [512, 2048]) {
      const frequencyEnergy = fullSpectrumEnergy(powerSpectrum(frame, { window, fftSize })) / fftSize;
      expect(Math.abs(frequencyEnergy - timeEnergy) / timeEnergy).toBeLessThan(1e-12);
    }
  });

  it('zero-padding ×4 samples the same spectrum: bin 4k of the padded equals bin k (relative 1e-9)', () => {
    const rng = mulberry32(3);
    const frame = Float64Array.from({ length: 256 }, () => rng() - 0.5);
    const plain = powerSpectrum(frame, { window: 'hamming' });
    const padded = powerSpectrum(frame, { window: 'hamming', fftSize: 1024 });
    expect(padded.length).toBe(513);
    for (let k = 0; k < plain.length; k++) {
      expect(Math.abs(padded[4 * k]! - plain[k]!)).toBeLessThan(1e-9 * Math.max(1, plain[k]!));
    }
  });

  it('matches a direct DFT: |X[k]|² for N = 16 (error < 1e-9)', () => {
    const frame = Float64Array.from({ length: 16 }, (_, n) => Math.cos(0.7 * n) + 0.1 * n);
    const power = powerSpectrum(frame);
    for (let k = 0; k <= 8; k++) {
      let dftRe = 0;
      let dftIm = 0;
      for (let n = 0; n < 16; n++) {
        dftRe += frame[n]! * Math.cos((2 * Math.PI * k * n) / 16);
        dftIm -= frame[n]! * Math.sin((2 * Math.PI * k * n) / 16);
      }
      expect(power[k]).toBeCloseTo(dftRe * dftRe + dftIm * dftIm, 9);
    }
  });

  // lecture-facts demo 1: a tone half a bin off (1015.625 Hz, N = 512), level at bin 42 re the peak.
  it('half-bin-off tone leaks to bin 42 at −26.7 (rect), −46.1 (Hamming), −67.1 dB (Hann), ±0.2 dB', () => {
    const frame = exactSine(1015.625, 16000, 512);
    const expected: Partial<Record<WindowType, number>> = { rectangular: -26.7, hamming: -46.1, hann: -67.1 };
    for (const [type, level] of Object.entries(expected) as [WindowType, number][]) {
      const power = powerSpectrum(frame, { window: type });
      const peak = power[argMax(power)]!;
      expect(Math.abs(db(power, 42, peak) - level)).toBeLessThan(0.2);
    }
  });

  it('a tone on a bin centre does not leak: every bin beyond ±2 is below −200 dB for every window', () => {
    const frame = exactSine(1000, 16000, 512);
    for (const type of WINDOW_TYPES) {
      const power = powerSpectrum(frame, { window: makeWindow(type, 512) });
      const peak = power[32]!;
      let worstLeakDb = -Infinity;
      for (let k = 0; k < power.length; k++) if (Math.abs(k - 32) > 2) worstLeakDb = Math.max(worstLeakDb, db(power, k, peak));
      expect(worstLeakDb, type).toBeLessThan(-200);
    }
  });

  it('writes into a given output buffer and rejects bad FFT sizes', () => {
    const out = new Float64Array(5);
    expect(powerSpectrum(new Float64Array(8).fill(1), {}, out)).toBe(out);
    expect(out[0]).toBe(64);
    expect(() => powerSpectrum(new Float64Array(400))).toThrow(RangeError);
    expect(() => powerSpectrum(new Float64Array(8), { fftSize: 4 })).toThrow(RangeError);
    expect(powerSpectrum(new Float64Array(400), { fftSize: 512 }).length).toBe(257);
  });
});
