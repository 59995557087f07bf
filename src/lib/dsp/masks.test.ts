import { describe, expect, it } from 'vitest';
import { applyMask, compressedComplexL2Loss, degradeMask, idealBinaryMask, idealRatioMask, l2Loss } from './masks';
import { mulberry32 } from './rng';
import { harmonicVoice, mixSignals, sineWave, snrDb } from './signals';
import { istft, stft, stftMagnitude } from './stft';

const FS = 16000;
const OPTIONS = { frameSamples: 512, hopSamples: 128, window: 'hann' as const };

// Off bin centres (bins 16.7 and 84.4), so that each tone leaks into the other's cells a little.
const toneA = sineWave({ frequencyHz: 523.25, sampleRateHz: FS, durationSec: 1, amplitude: 0.5 });
const toneB = sineWave({ frequencyHz: 2637, sampleRateHz: FS, durationSec: 1, amplitude: 0.3 });
const mixture = mixSignals(toneA, toneB);
const A = stft(toneA, OPTIONS);
const B = stft(toneB, OPTIONS);
const Y = stft(mixture, OPTIONS);
// Compare away from the ends, where every sample is covered by four frames.
const INTERIOR: [number, number] = [512, toneA.length - 1024];

describe('ideal masks', () => {
  it('ratio masks of the two sources sum to 1 in every cell (magnitude and power forms) and lie in [0, 1]', () => {
    for (const form of ['magnitude', 'power'] as const) {
      const maskA = idealRatioMask(A, B, { form });
      const maskB = idealRatioMask(B, A, { form });
      let worstSum = 0;
      for (let i = 0; i < maskA.data.length; i++) worstSum = Math.max(worstSum, Math.abs(maskA.data[i]! + maskB.data[i]! - 1));
      expect(worstSum).toBeLessThan(1e-6);
      expect(Math.min(...maskA.data)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...maskA.data)).toBeLessThanOrEqual(1);
    }
  });

  // Measured: 117 dB (magnitude IRM), 146 dB (power IRM), 115 dB (IBM) for tone A.
  it('on two non-overlapping tones, IRM and IBM recover each tone: SNR > 80 dB after istft', () => {
    for (const [target, other, signal] of [
      [A, B, toneA],
      [B, A, toneB],
    ] as const) {
      for (const mask of [idealRatioMask(target, other), idealRatioMask(target, other, { form: 'power' }), idealBinaryMask(target, other)]) {
        const separated = istft(applyMask(Y, mask));
        expect(snrDb(signal, separated, ...INTERIOR)).toBeGreaterThan(80);
      }
    }
  });

  it('with the interference silent, the binary mask passes the target unchanged', () => {
    const silent = stft(new Float32Array(toneA.length), OPTIONS);
    const mask = idealBinaryMask(A, silent);
    const separated = istft(applyMask(A, mask));
    for (let n = INTERIOR[0]; n < INTERIOR[1]; n++) expect(Math.abs(separated[n]! - toneA[n]!)).toBeLessThan(1e-6);
    // Local criterion: with +200 dB nothing passes.
    expect(idealBinaryMask(A, B, 200).data.every((v) => v === 0)).toBe(true);
  });

  it('on overlapping harmonics a real-valued mask cannot be exact', () => {
    const voiceA = harmonicVoice({ f0Hz: 110, sampleRateHz: FS, durationSec: 0.5 });
    const voiceB = harmonicVoice({ f0Hz: 210, sampleRateHz: FS, durationSec: 0.5, syllableOffset: 0.5 });
    const S = stft(voiceA, OPTIONS);
    const mix = stft(mixSignals(voiceA, voiceB), OPTIONS);
    expect(compressedComplexL2Loss(S, S, 0.3)).toBe(0);
    const magnitudeOnly = applyMask(mix, idealRatioMask(S, stft(voiceB, OPTIONS)));
    expect(compressedComplexL2Loss(magnitudeOnly, S, 1)).toBeGreaterThan(1e-6);
  });
});

describe('losses and degraded masks', () => {
  it('p = 1 compressed loss is the plain mean of |Ŝ − S|²; l2Loss is the mean squared difference', () => {
    const estimate = applyMask(Y, idealRatioMask(A, B));
    let sum = 0;
    for (let i = 0; i < A.re.length; i++) sum += (estimate.re[i]! - A.re[i]!) ** 2 + (estimate.im[i]! - A.im[i]!) ** 2;
    expect(compressedComplexL2Loss(estimate, A, 1)).toBeCloseTo(sum / A.re.length, 12);
    const a = { frames: 1, columns: 3, data: Float32Array.of(1, 2, 3) };
    const b = { frames: 1, columns: 3, data: Float32Array.of(1, 4, 0) };
    expect(l2Loss(a, b)).toBeCloseTo(13 / 3, 12);
  });

  it('degradeMask: amount 0 is the mask, amount 1 ignores it, values stay in [0, 1]', () => {
    const ideal = idealRatioMask(A, B);
    const same = (a: Float32Array, b: Float32Array) => a.length === b.length && a.every((v, i) => v === b[i]);
    expect(same(degradeMask(ideal, 0, mulberry32(1)).data, ideal.data)).toBe(true);
    const fromIdeal = degradeMask(ideal, 1, mulberry32(1));
    const fromOnes = degradeMask({ ...ideal, data: new Float32Array(ideal.data.length).fill(1) }, 1, mulberry32(1));
    expect(same(fromIdeal.data, fromOnes.data)).toBe(true);
    expect(fromIdeal.data.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(() => degradeMask(ideal, 1.5, mulberry32(1))).toThrow(RangeError);
  });

  it('the L2 loss grows as the mask is degraded (fresh seed per amount)', () => {
    const ideal = idealRatioMask(A, B);
    const target = stftMagnitude(A);
    const losses = [0, 0.1, 0.25, 0.5, 0.75, 1].map((amount) => {
      const mask = degradeMask(ideal, amount, mulberry32(42));
      return {
        maskLoss: l2Loss(mask, ideal),
        outputLoss: l2Loss(stftMagnitude(applyMask(Y, mask)), target),
        snr: snrDb(toneA, istft(applyMask(Y, mask)), ...INTERIOR),
      };
    });
    for (let i = 1; i < losses.length; i++) {
      expect(losses[i]!.maskLoss).toBeGreaterThan(losses[i - 1]!.maskLoss);
      expect(losses[i]!.outputLoss).toBeGreaterThan(losses[i - 1]!.outputLoss);
      expect(losses[i]!.snr).toBeLessThan(losses[i - 1]!.snr);
    }
  });

  it('rejects mismatched shapes', () => {
    const short = stft(toneA.subarray(0, 4000), OPTIONS);
    expect(() => idealRatioMask(A, short)).toThrow(RangeError);
    expect(() => applyMask(short, idealRatioMask(A, B))).toThrow(RangeError);
    expect(() => l2Loss(stftMagnitude(A), stftMagnitude(short))).toThrow(RangeError);
  });
});
