import { describe, expect, it } from 'vitest';
import { dct2 } from './dct';
import { applyMelFilterbank, logMel, melFilterbank } from './mel';
import { cepstralEnvelope, lifter, mfcc } from './mfcc';
import { preEmphasis, syntheticVowel, VOWEL_FORMANTS_HZ } from './signals';
import { stftPower } from './stft';
import type { FrameMatrix } from './types';

const FS = 16000;

/** Mean liftered MFCC vector of a signal: 25 ms Hamming frames, 10 ms hop, 40 HTK mels, 13 coefficients. */
function meanMfcc(signal: Float32Array): Float64Array {
  const power = stftPower(preEmphasis(signal), { frameSamples: 400, hopSamples: 160, fftSize: 512, window: 'hamming' });
  const bank = melFilterbank({ nMels: 40, fftSize: 512, sampleRateHz: FS, fMinHz: 0, fMaxHz: 8000 });
  const cepstra = lifter(mfcc(logMel(applyMelFilterbank(power, bank)), 13));
  const mean = new Float64Array(13);
  for (let t = 0; t < cepstra.frames; t++) {
    for (let n = 0; n < 13; n++) mean[n] = mean[n]! + cepstra.data[t * 13 + n]! / cepstra.frames;
  }
  return mean;
}

/** Euclidean distance on c1…c12. */
function distance(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let n = 1; n < 13; n++) sum += (a[n]! - b[n]!) ** 2;
  return Math.sqrt(sum);
}

describe('MFCC', () => {
  it('is the DCT-II of each log-mel frame, first nCoefficients kept', () => {
    const logMelMatrix: FrameMatrix = { frames: 2, columns: 8, data: Float32Array.from({ length: 16 }, (_, i) => Math.sin(i)) };
    const cepstra = mfcc(logMelMatrix, 5);
    expect(cepstra.columns).toBe(5);
    for (let t = 0; t < 2; t++) {
      const expected = dct2(logMelMatrix.data.subarray(t * 8, (t + 1) * 8), 5);
      for (let n = 0; n < 5; n++) expect(cepstra.data[t * 5 + n]).toBeCloseTo(expected[n]!, 6);
    }
    expect(() => mfcc(logMelMatrix, 9)).toThrow(RangeError);
  });

  it('a flat log-mel frame gives only c0', () => {
    const flat: FrameMatrix = { frames: 1, columns: 40, data: new Float32Array(40).fill(-3) };
    const c = mfcc(flat, 13).data;
    expect(c[0]).toBeCloseTo(-18.974, 3);
    for (let n = 1; n < 13; n++) expect(Math.abs(c[n]!)).toBeLessThan(1e-6);
  });

  it('liftering scales c_n by 1 + (L/2) sin(πn/L)', () => {
    const ones: FrameMatrix = { frames: 2, columns: 4, data: Float32Array.of(1, 1, 1, 1, 3, 3, 3, 3) };
    const liftered = lifter(ones, 22);
    for (let n = 0; n < 4; n++) expect(liftered.data[n]).toBeCloseTo(1 + 11 * Math.sin((Math.PI * n) / 22), 5);
  });

  it('low-order MFCCs follow the formants, not the pitch: /a/ 120 vs 140 Hz is closer than /a/ vs /i/ at 120 Hz', () => {
    const a120 = meanMfcc(syntheticVowel({ sampleRateHz: FS, durationSec: 0.5, f0Hz: 120 }));
    const a140 = meanMfcc(syntheticVowel({ sampleRateHz: FS, durationSec: 0.5, f0Hz: 140 }));
    const i120 = meanMfcc(syntheticVowel({ sampleRateHz: FS, durationSec: 0.5, f0Hz: 120, formantsHz: VOWEL_FORMANTS_HZ.i }));
    expect(distance(a120, a140)).toBeLessThan(0.5 * distance(a120, i120));
  });

  it('the envelope from all cepstra is the log-mel frame itself; from a few it is smoother', () => {
    const frame = Float32Array.from({ length: 40 }, (_, m) => Math.sin(m / 5) + 0.3 * (m % 2));
    const coefficients = dct2(frame);
    const full = cepstralEnvelope(coefficients, 40, 40);
    for (let m = 0; m < 40; m++) expect(full[m]).toBeCloseTo(frame[m]!, 6);
    const smooth = cepstralEnvelope(coefficients, 10, 40);
    const roughness = (v: ArrayLike<number>) => {
      let sum = 0;
      for (let m = 1; m < 40; m++) sum += Math.abs(v[m]! - v[m - 1]!);
      return sum;
    };
    expect(roughness(smooth)).toBeLessThan(0.5 * roughness(frame));
  });
});
