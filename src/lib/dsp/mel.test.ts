import { describe, expect, it } from 'vitest';
import { applyMelFilterbank, countEmptyFilters, hzToMel, logMel, melFilterbank, melToHz } from './mel';
import { sineWave } from './signals';
import { argMax } from './spectrum';
import { stftPower } from './stft';

describe('mel scales', () => {
  it('HTK: mel(700) = 781.17, mel(1000) ≈ 1000, mel(8000) = 2840.02', () => {
    expect(hzToMel(700)).toBeCloseTo(781.17, 2);
    expect(hzToMel(1000)).toBeCloseTo(999.99, 2);
    expect(hzToMel(8000, 'htk')).toBeCloseTo(2840.02, 2);
  });

  it('Slaney: mel(700) = 10.5, mel(1000) = 15, mel(8000) = 45.246', () => {
    expect(hzToMel(700, 'slaney')).toBeCloseTo(10.5, 12);
    expect(hzToMel(1000, 'slaney')).toBe(15);
    expect(hzToMel(8000, 'slaney')).toBeCloseTo(45.246, 3);
  });

  it('inverses round-trip (|error| < 1e-9 Hz) on both scales, across the 1 kHz break', () => {
    for (const scale of ['htk', 'slaney'] as const) {
      for (const hz of [0, 1, 250, 999.999, 1000, 1000.001, 4321.5, 8000, 22050]) {
        expect(Math.abs(melToHz(hzToMel(hz, scale), scale) - hz)).toBeLessThan(1e-9);
      }
    }
  });
});

describe('mel filterbank', () => {
  const htk40 = melFilterbank({ nMels: 40, fftSize: 512, sampleRateHz: 16000, fMinHz: 0, fMaxHz: 8000 });

  it('has centres equally spaced in mel: HTK, 40 filters, 0–8 kHz → first 44.4 Hz, last 7481.4 Hz', () => {
    expect(htk40.centersHz[0]).toBeCloseTo(44.4, 1);
    expect(htk40.centersHz[39]).toBeCloseTo(7481.4, 1);
    const step = hzToMel(htk40.edgesHz[1]!) - hzToMel(htk40.edgesHz[0]!);
    for (let i = 1; i < htk40.edgesHz.length; i++) {
      expect(hzToMel(htk40.edgesHz[i]!) - hzToMel(htk40.edgesHz[i - 1]!)).toBeCloseTo(step, 9);
    }
  });

  it('filters are non-negative triangles: rising to the centre, falling after, weight = triangle formula', () => {
    for (const scale of ['htk', 'slaney'] as const) {
      const bank = melFilterbank({ nMels: 26, fftSize: 512, sampleRateHz: 16000, scale });
      for (let m = 0; m < bank.nMels; m++) {
        const [lower, centre, upper] = [bank.edgesHz[m]!, bank.edgesHz[m + 1]!, bank.edgesHz[m + 2]!];
        let peakBin = 0;
        for (let k = 0; k < bank.bins; k++) {
          const f = (k * 16000) / 512;
          const w = bank.weights[m * bank.bins + k]!;
          expect(w).toBeGreaterThanOrEqual(0);
          const triangle = Math.max(0, Math.min((f - lower) / (centre - lower), (upper - f) / (upper - centre)));
          expect(w).toBeCloseTo(triangle, 12);
          if (w > bank.weights[m * bank.bins + peakBin]!) peakBin = k;
        }
        // The largest weight sits at a bin adjacent to the centre frequency.
        expect(Math.abs((peakBin * 16000) / 512 - centre)).toBeLessThan(16000 / 512);
        for (let k = 1; k <= peakBin; k++) {
          expect(bank.weights[m * bank.bins + k]!).toBeGreaterThanOrEqual(bank.weights[m * bank.bins + k - 1]!);
        }
        for (let k = peakBin + 1; k < bank.bins; k++) {
          expect(bank.weights[m * bank.bins + k]!).toBeLessThanOrEqual(bank.weights[m * bank.bins + k - 1]!);
        }
      }
    }
  });

  it('without normalisation, adjacent triangles sum to 1 at every bin between the first and last centre', () => {
    let checked = 0;
    for (let k = 0; k < htk40.bins; k++) {
      const f = (k * 16000) / 512;
      if (f < htk40.centersHz[0]! || f > htk40.centersHz[39]!) continue;
      let sum = 0;
      for (let m = 0; m < 40; m++) sum += htk40.weights[m * htk40.bins + k]!;
      expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
      checked++;
    }
    expect(checked).toBeGreaterThan(230);
  });

  it('Slaney normalisation gives each triangle unit area in Hz (within 2 % once it spans ≥ 8 bins)', () => {
    const bank = melFilterbank({ nMels: 40, fftSize: 2048, sampleRateHz: 16000, scale: 'slaney', normalization: 'slaney' });
    const binHz = 16000 / 2048;
    for (let m = 0; m < 40; m++) {
      if (bank.edgesHz[m + 2]! - bank.edgesHz[m]! < 8 * binHz) continue;
      let area = 0;
      for (let k = 0; k < bank.bins; k++) area += bank.weights[m * bank.bins + k]! * binHz;
      expect(Math.abs(area - 1)).toBeLessThan(0.02);
    }
  });

  it('empty filters at 16 kHz, 128 mels: HTK n_fft 512 → 1, n_fft 400 → 4; Slaney → 0 (lecture-facts)', () => {
    const count = (fftSize: number, scale: 'htk' | 'slaney') => countEmptyFilters(melFilterbank({ nMels: 128, fftSize, sampleRateHz: 16000, scale }));
    expect(count(512, 'htk')).toBe(1);
    expect(count(400, 'htk')).toBe(4);
    expect(count(512, 'slaney')).toBe(0);
    expect(count(400, 'slaney')).toBe(0);
  });

  it('a 1 kHz tone peaks (log-mel) in the filter whose centre is nearest 1 kHz', () => {
    const tone = sineWave({ frequencyHz: 1000, sampleRateHz: 16000, durationSec: 0.2 });
    const power = stftPower(tone, { frameSamples: 512, hopSamples: 160 });
    for (const scale of ['htk', 'slaney'] as const) {
      const bank = melFilterbank({ nMels: 40, fftSize: 512, sampleRateHz: 16000, scale });
      const mel = logMel(applyMelFilterbank(power, bank));
      expect(mel.columns).toBe(40);
      expect(mel.frames).toBe(power.frames);
      const nearest = argMax(Array.from(bank.centersHz, (c) => -Math.abs(c - 1000)));
      for (let t = 0; t < mel.frames; t++) expect(argMax(mel.data.subarray(t * 40, (t + 1) * 40))).toBe(nearest);
    }
  });

  it('E = Σ_k H_m(k) P[k]; log uses ln(E + ε)', () => {
    const bank = melFilterbank({ nMels: 4, fftSize: 16, sampleRateHz: 16000 });
    const power = { frames: 1, columns: 9, data: Float32Array.from({ length: 9 }, (_, k) => k + 1) };
    const mel = applyMelFilterbank(power, bank);
    for (let m = 0; m < 4; m++) {
      let expected = 0;
      for (let k = 0; k < 9; k++) expected += bank.weights[m * 9 + k]! * (k + 1);
      expect(mel.data[m]).toBeCloseTo(expected, 5);
    }
    expect(logMel({ frames: 1, columns: 1, data: Float32Array.of(0) }).data[0]).toBeCloseTo(Math.log(1e-10), 4);
    expect(() => applyMelFilterbank({ frames: 1, columns: 8, data: new Float32Array(8) }, bank)).toThrow(RangeError);
  });
});
