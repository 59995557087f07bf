import { describe, expect, it } from 'vitest';
import { mulberry32 } from './rng';
import { linearChirp, sineWave, whiteNoise } from './signals';
import { argMax, fullSpectrumEnergy } from './spectrum';
import { checkCola, frameCount, frameStartSec, istft, stft, stftMagnitude, stftMagnitudeDb, stftPower, windowedFrame } from './stft';
import { blackmanWindow, hammingWindow, hannWindow, makeWindow, rectangularWindow, WINDOW_TYPES } from './windows';

function testSignal(length: number, seed = 1): Float32Array {
  const noise = whiteNoise({ sampleRateHz: 16000, durationSec: length / 16000, rng: mulberry32(seed), rms: 0.2 });
  const chirp = linearChirp({ startHz: 200, endHz: 6000, sampleRateHz: 16000, durationSec: length / 16000, amplitude: 0.5 });
  return noise.map((x, n) => x + chirp[n]!);
}

describe('framing', () => {
  it('frame count = 1 + ⌊(L − N)/H⌋ without padding, 0 when L < N', () => {
    expect(frameCount(16000, 400, 160)).toBe(98);
    expect(frameCount(80000, 1024, 256)).toBe(309);
    expect(frameCount(511, 512, 128)).toBe(0);
    expect(frameCount(512, 512, 128)).toBe(1);
    expect(frameCount(512 + 127, 512, 128)).toBe(1);
    expect(frameCount(512 + 128, 512, 128)).toBe(2);
    expect(stftPower(new Float32Array(16000), { frameSamples: 512, hopSamples: 160 }).frames).toBe(97);
  });

  it('frame times', () => {
    expect(frameStartSec(10, 160, 16000)).toBeCloseTo(0.1, 12);
  });

  it('frames hold x[mH + n] · w[n]', () => {
    const signal = Float32Array.from({ length: 20 }, (_, n) => n + 1);
    const window = hannWindow(8);
    expect(frameCount(signal.length, 8, 4)).toBe(4);
    for (let m = 0; m < 4; m++) {
      const frame = windowedFrame(signal, m, 4, window);
      for (let n = 0; n < 8; n++) expect(frame[n]).toBeCloseTo(signal[4 * m + n]! * window[n]!, 12);
    }
    // Past the end of the signal the frame reads zeros.
    expect(Array.from(windowedFrame(signal, 5, 4, window).subarray(0, 8))).toEqual(Array.from({ length: 8 }, () => 0));
  });
});

describe('spectrograms', () => {
  const sine = sineWave({ frequencyHz: 1000, sampleRateHz: 16000, durationSec: 0.5 });

  it('a 1 kHz sine at 16 kHz with N = 512 peaks at bin 32 in every frame, at 0 dB re full scale (±0.01)', () => {
    const spectrogram = stftMagnitudeDb(sine, { frameSamples: 512, hopSamples: 128 });
    expect(spectrogram.columns).toBe(257);
    expect(spectrogram.frames).toBe(frameCount(sine.length, 512, 128));
    for (let m = 0; m < spectrogram.frames; m++) {
      const row = spectrogram.data.subarray(m * 257, (m + 1) * 257);
      expect(argMax(row)).toBe(32);
      expect(Math.abs(row[32]!)).toBeLessThan(0.01);
    }
  });

  // Tolerance: Float32 storage (2.5e-7 relative) plus 1e-12 of the peak for the different rounding.
  it('frequency-domain windowing equals time-domain windowing (to Float32 rounding)', () => {
    const signal = testSignal(8192);
    for (const type of WINDOW_TYPES) {
      const fast = stftPower(signal, { frameSamples: 512, hopSamples: 200, window: type });
      const reference = stftPower(signal, { frameSamples: 512, hopSamples: 200, window: makeWindow(type, 512) });
      const complex = stft(signal, { frameSamples: 512, hopSamples: 200, window: type });
      const peak = Math.max(...reference.data);
      expect(fast.frames).toBe(reference.frames);
      let worst = 0;
      for (let i = 0; i < fast.data.length; i++) {
        const fromComplex = complex.re[i]! ** 2 + complex.im[i]! ** 2;
        const tolerance = 2.5e-7 * fromComplex + 1e-12 * peak;
        worst = Math.max(worst, Math.abs(fast.data[i]! - fromComplex) / tolerance);
        worst = Math.max(worst, Math.abs(reference.data[i]! - fromComplex) / tolerance);
      }
      expect(worst).toBeLessThan(1);
    }
  });

  // The fast path takes the spectrum from a half-size complex FFT and pairs bins k and F/2 − k;
  // its edge and middle bins are where a slip would show, so small sizes are checked bin by bin.
  it('every window, frame and FFT size (2 … 128, zero-padded too) gives |X|² of the complex STFT', () => {
    const signal = testSignal(600, 3);
    for (const frameSamples of [2, 4, 8, 16, 32, 128]) {
      for (const fftSize of [frameSamples, 2 * frameSamples, 8 * frameSamples]) {
        for (const type of WINDOW_TYPES) {
          const options = { frameSamples, hopSamples: Math.max(1, frameSamples / 2), window: type, fftSize };
          const fast = stftPower(signal, options);
          const complex = stft(signal, options);
          const peak = Math.max(...fast.data);
          let worst = 0;
          for (let i = 0; i < fast.data.length; i++) {
            const exact = complex.re[i]! ** 2 + complex.im[i]! ** 2;
            worst = Math.max(worst, Math.abs(fast.data[i]! - exact) / (2.5e-7 * exact + 1e-12 * peak));
          }
          expect(worst, `${type} N=${frameSamples} F=${fftSize}`).toBeLessThan(1);
        }
      }
    }
  });

  it('dB values match 20 log10(|X| / A_ref) to 0.003 dB above the floor, floor elsewhere', () => {
    const signal = testSignal(4096, 2);
    const options = { frameSamples: 256, hopSamples: 64, window: 'hamming' as const };
    const magnitude = stftMagnitude(stft(signal, options));
    for (const reference of ['fullScale', 'max', 3.5] as const) {
      const db = stftMagnitudeDb(signal, { ...options, reference, floorDb: -60 });
      const referenceMagnitude = reference === 'fullScale' ? (0.54 * 256) / 2 : reference === 'max' ? Math.max(...magnitude.data) : reference;
      let worstErrorDb = 0;
      for (let i = 0; i < db.data.length; i++) {
        const exact = Math.max(20 * Math.log10(magnitude.data[i]! / referenceMagnitude), -60);
        worstErrorDb = Math.max(worstErrorDb, Math.abs(db.data[i]! - exact));
      }
      expect(worstErrorDb, String(reference)).toBeLessThan(0.003);
    }
    const relativeToMax = stftMagnitudeDb(signal, { ...options, reference: 'max', floorDb: -60 });
    expect(Math.max(...relativeToMax.data)).toBeCloseTo(0, 2);
  });

  it('silence gives the floor; a zero-padded FFT and a custom window take the time-domain path', () => {
    const silent = stftMagnitudeDb(new Float32Array(2048), { frameSamples: 512, hopSamples: 256, floorDb: -80 });
    expect(silent.data.every((v) => v === -80)).toBe(true);
    const silentMax = stftMagnitudeDb(new Float32Array(2048), { frameSamples: 512, hopSamples: 256, reference: 'max' });
    expect(silentMax.data.every((v) => v === -100)).toBe(true);
    const padded = stftMagnitudeDb(sine, { frameSamples: 400, hopSamples: 160, fftSize: 512 });
    expect(padded.columns).toBe(257);
    expect(argMax(padded.data.subarray(0, 257))).toBe(32);
  });

  it('reuses an output buffer', () => {
    const out = new Float32Array(10_000);
    const result = stftPower(sine, { frameSamples: 256, hopSamples: 256 }, out);
    expect(result.data.buffer).toBe(out.buffer);
    expect(result.data.length).toBe(result.frames * 129);
    expect(() => stftPower(sine, { frameSamples: 256, hopSamples: 64 }, new Float32Array(10))).toThrow(RangeError);
  });

  it('validates options', () => {
    expect(() => stftPower(sine, { frameSamples: 400, hopSamples: 160 })).toThrow(RangeError);
    expect(() => stftPower(sine, { frameSamples: 512, hopSamples: 0 })).toThrow(RangeError);
    expect(() => stftPower(sine, { frameSamples: 512, hopSamples: 128, fftSize: 256 })).toThrow(RangeError);
    expect(() => stftMagnitudeDb(sine, { frameSamples: 512, hopSamples: 128, reference: 0 })).toThrow(RangeError);
  });
});

describe('complex STFT and inverse', () => {
  it('Parseval per frame: Σ|x w|² = (1/F) Σ_k |X[m, k]|² (relative error < 1e-12)', () => {
    const signal = testSignal(4096, 4);
    const spectrogram = stft(signal, { frameSamples: 512, hopSamples: 256 });
    const window = hannWindow(512);
    for (const m of [0, 5, spectrogram.frames - 1]) {
      let timeEnergy = 0;
      for (let n = 0; n < 512; n++) timeEnergy += (signal[m * 256 + n]! * window[n]!) ** 2;
      const power = new Float64Array(257);
      for (let k = 0; k < 257; k++) power[k] = spectrogram.re[m * 257 + k]! ** 2 + spectrogram.im[m * 257 + k]! ** 2;
      expect(Math.abs(fullSpectrumEnergy(power) / 512 - timeEnergy) / timeEnergy).toBeLessThan(1e-12);
    }
  });

  // Tolerance: the output is Float32 (rounding ≈ 3e-8 for |x| < 1), so 1e-6 absolute.
  for (const hopSamples of [128, 256]) {
    it(`istft(stft(x)) = x within 1e-6 away from the edges (Hann, N = 512, hop ${hopSamples})`, () => {
      const signal = testSignal(16000, 5);
      const reconstructed = istft(stft(signal, { frameSamples: 512, hopSamples }));
      expect(reconstructed.length).toBe(signal.length);
      const lastCovered = (frameCount(signal.length, 512, hopSamples) - 1) * hopSamples + 512;
      let maxError = 0;
      for (let n = 512; n < lastCovered - 512; n++) maxError = Math.max(maxError, Math.abs(reconstructed[n]! - signal[n]!));
      expect(maxError).toBeLessThan(1e-6);
    });
  }

  it('inverts zero-padded and Hamming / Blackman STFTs too, and fills uncovered samples with 0', () => {
    const signal = testSignal(5000, 6);
    for (const options of [
      { frameSamples: 400, hopSamples: 100, fftSize: 1024 },
      { frameSamples: 256, hopSamples: 64, window: 'hamming' as const },
      { frameSamples: 256, hopSamples: 64, window: 'blackman' as const },
    ]) {
      const reconstructed = istft(stft(signal, options));
      const { frameSamples, hopSamples } = options;
      const lastCovered = (frameCount(signal.length, frameSamples, hopSamples) - 1) * hopSamples + frameSamples;
      for (let n = options.frameSamples; n < lastCovered - options.frameSamples; n++) {
        expect(Math.abs(reconstructed[n]! - signal[n]!)).toBeLessThan(1e-6);
      }
      for (let n = lastCovered; n < signal.length; n++) expect(reconstructed[n]).toBe(0);
    }
    expect(istft(stft(signal, { frameSamples: 256, hopSamples: 64 }), 100).length).toBe(100);
  });
});

describe('COLA', () => {
  it('periodic Hann is COLA at N/2 and N/4 with sum N/(2H); Hann² at N/4 only', () => {
    const hann = hannWindow(512);
    expect(checkCola(hann, 256)).toMatchObject({ satisfied: true });
    expect(checkCola(hann, 256).meanSum).toBeCloseTo(1, 12);
    expect(checkCola(hann, 128).meanSum).toBeCloseTo(2, 12);
    expect(checkCola(hann, 128).satisfied).toBe(true);
    expect(checkCola(hann, 128, { exponent: 2 })).toMatchObject({ satisfied: true });
    expect(checkCola(hann, 128, { exponent: 2 }).meanSum).toBeCloseTo(1.5, 12);
    expect(checkCola(hann, 256, { exponent: 2 }).satisfied).toBe(false);
    expect(checkCola(hann, 170).satisfied).toBe(false);
  });

  it('Hamming at N/2, Blackman at N/3, rectangular at N; symmetric Hann only approximately', () => {
    expect(checkCola(hammingWindow(512), 256).satisfied).toBe(true);
    expect(checkCola(hammingWindow(512), 256).meanSum).toBeCloseTo(1.08, 12);
    expect(checkCola(blackmanWindow(384), 128).satisfied).toBe(true);
    expect(checkCola(blackmanWindow(384), 192).satisfied).toBe(false);
    expect(checkCola(rectangularWindow(64), 64).satisfied).toBe(true);
    const symmetric = checkCola(hannWindow(512, 'symmetric'), 256);
    expect(symmetric.satisfied).toBe(false);
    expect(symmetric.relativeDeviation).toBeLessThan(0.02);
    expect(checkCola(hannWindow(64), 80).satisfied).toBe(false);
  });
});
