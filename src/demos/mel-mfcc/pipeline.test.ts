import { describe, expect, it } from 'vitest';
import { hzToMel } from '../../lib/dsp/mel';
import { sineWave } from '../../lib/dsp/signals';
import {
  centreMel,
  filterAfterKey,
  frameView,
  keptCoefficients,
  maxAbsFromColumn,
  melStage,
  mfccStage,
  nearestFilter,
  rmsDifference,
  spectrumStage,
  strongestBand,
} from './pipeline';
import { DURATION_SEC, FRAME_COUNT, SAMPLE_RATE_HZ, demoSignal, frameCentreSec, segmentWeight } from './signal';

// Shared with src/lib/dsp: mel.test.ts (mel formulas, triangle shape, Slaney area), dct.test.ts
// (constant vector → c0 only, energy preservation) and mfcc.test.ts (pitch vs formants).

describe('signals', () => {
  it('have 1.5 s at 16 kHz and 148 frames of 25 ms every 10 ms', () => {
    expect(demoSignal('a').length).toBe(24000);
    expect(FRAME_COUNT).toBe(148); // 1 + ⌊(24000 − 400)/160⌋
    expect(frameCentreSec(0)).toBeCloseTo(0.0125, 12);
  });

  it('the sequence fades between vowels with weights summing to 1, and is the steady vowel inside each third', () => {
    const segment = 8000;
    for (let n = 0; n < 24000; n += 37) {
      let sum = 0;
      for (let v = 0; v < 3; v++) sum += segmentWeight(n, v, segment, 960, 3);
      expect(sum).toBeCloseTo(1, 12);
    }
    const sequence = demoSignal('aiu');
    const [a, i] = [demoSignal('a'), demoSignal('i')];
    for (const n of [1000, 4000, 7000]) expect(sequence[n]).toBe(a[n]);
    for (const n of [9000, 12000, 15000]) expect(sequence[n]).toBe(i[n]);
  });
});

describe('spectrum stage', () => {
  it('reads a full-scale 1 kHz sine at bin 32 as the pre-emphasis gain |1 − 0.97 e^{−jω}| = −8.28 dB', () => {
    const tone = sineWave({ frequencyHz: 1000, sampleRateHz: SAMPLE_RATE_HZ, durationSec: DURATION_SEC });
    const { powerDb } = spectrumStage(tone);
    expect(powerDb.columns).toBe(257);
    const omega = (2 * Math.PI * 1000) / SAMPLE_RATE_HZ;
    const expected = 20 * Math.log10(Math.hypot(1 - 0.97 * Math.cos(omega), 0.97 * Math.sin(omega)));
    expect(expected).toBeCloseTo(-8.28, 2);
    const row = powerDb.data.subarray(50 * 257, 51 * 257);
    expect(strongestBand(row)).toBe(32);
    expect(row[32]).toBeCloseTo(expected, 1);
  });
});

describe('mel stage', () => {
  const spectrum = spectrumStage(demoSignal('a'));

  it('labels filter centres with mel(f): HTK 1000 Hz ≈ 1000 mel, Slaney 1000 Hz = 15; centres equally spaced in mel', () => {
    expect(hzToMel(1000, 'htk')).toBeCloseTo(999.99, 2);
    expect(hzToMel(1000, 'slaney')).toBe(15);
    for (const scale of ['htk', 'slaney'] as const) {
      const mel = melStage(spectrum, 40, scale);
      const top = hzToMel(SAMPLE_RATE_HZ / 2, scale);
      for (let i = 0; i < 40; i++) expect(centreMel(mel.filterbank, i, scale)).toBeCloseTo(((i + 1) * top) / 41, 9);
    }
    // HTK 0–8 kHz, 40 filters, step 2840.02/41 = 69.27 mel: centres 14 and 15 at 969.8 and 1039.1 mel
    // (955.0 and 1059.9 Hz), so the 14th (index 13) is the one nearest 1 kHz
    const htk = melStage(spectrum, 40, 'htk').filterbank;
    expect(nearestFilter(htk, 1000)).toBe(13);
    expect(htk.centersHz[13]).toBeCloseTo(955.02, 2);
    expect(centreMel(htk, 13, 'htk')).toBeCloseTo((14 * 2840.02) / 41, 1);
  });

  it('its triangles overlap so that they sum to 1 between the first and last centre (M = 10, 40, 128; both scales)', () => {
    for (const scale of ['htk', 'slaney'] as const) {
      for (const nMels of [10, 40, 128]) {
        const { filterbank: bank } = melStage(spectrum, nMels, scale);
        for (let k = 0; k < bank.bins; k++) {
          const f = (k * SAMPLE_RATE_HZ) / 512;
          if (f < bank.centersHz[0]! || f > bank.centersHz[nMels - 1]!) continue;
          let sum = 0;
          for (let m = 0; m < nMels; m++) sum += bank.weights[m * bank.bins + k]!;
          expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
        }
      }
    }
  });

  it('reports empty filters as in lecture-facts: 128 HTK mels at FFT 512 → 1, Slaney → 0, 40 → 0', () => {
    expect(melStage(spectrum, 128, 'htk').emptyFilters).toBe(1);
    expect(melStage(spectrum, 128, 'slaney').emptyFilters).toBe(0);
    expect(melStage(spectrum, 40, 'htk').emptyFilters).toBe(0);
  });

  it('log-mel is 10 log10(Σ_k H_i(k) P[k] + ε)', () => {
    const mel = melStage(spectrum, 26, 'htk');
    const { weights, bins } = mel.filterbank;
    for (const [m, i] of [
      [10, 0],
      [70, 5],
      [140, 25],
    ] as const) {
      let energy = 0;
      for (let k = 0; k < bins; k++) energy += weights[i * bins + k]! * spectrum.power.data[m * bins + k]!;
      expect(mel.logMelDb.data[m * 26 + i]).toBeCloseTo(10 * Math.log10(energy + 1e-10), 3);
    }
  });
});

describe('DCT and MFCC stage', () => {
  const spectrum = spectrumStage(demoSignal('a'));
  const mel = melStage(spectrum, 40, 'htk');

  it('keeps K = min(requested, M) coefficients', () => {
    expect(mfccStage(mel, 13).columns).toBe(13);
    expect(mfccStage(melStage(spectrum, 10, 'htk'), 13).columns).toBe(10);
    expect(keptCoefficients(40, 12)).toBe(12);
    const matrix = mfccStage(mel, 13);
    const view = frameView(spectrum, mel, 30, 13);
    for (let n = 0; n < 13; n++) expect(matrix.data[30 * 13 + n]).toBeCloseTo(view.cepstrum[n]!, 3);
  });

  it('a constant log-mel frame has only c0 (= value·√M), and its envelope from any K is the constant', () => {
    const flat = { ...mel, logMelDb: { frames: 1, columns: 40, data: new Float32Array(40).fill(-30) } };
    const view = frameView({ ...spectrum, powerDb: { frames: 1, columns: 257, data: new Float32Array(257) } }, flat, 0, 1);
    expect(view.cepstrum[0]).toBeCloseTo(-30 * Math.sqrt(40), 9);
    for (let n = 1; n < 40; n++) expect(Math.abs(view.cepstrum[n]!)).toBeLessThan(1e-9);
    expect(view.envelopeRmsErrorDb).toBeLessThan(1e-9);
  });

  it('the envelope from K coefficients converges to the log-mel as K → M: error falls monotonically to 0 (Parseval)', () => {
    for (const frame of [20, 75]) {
      let previous = Infinity;
      for (let keep = 1; keep <= 40; keep++) {
        const view = frameView(spectrum, mel, frame, keep);
        expect(view.envelopeRmsErrorDb).toBeLessThanOrEqual(previous + 1e-9);
        // orthonormal DCT: M · error² = Σ_{n ≥ K} c_n²
        let tail = 0;
        for (let n = keep; n < 40; n++) tail += view.cepstrum[n]! ** 2;
        expect(40 * view.envelopeRmsErrorDb ** 2).toBeCloseTo(tail, 6);
        previous = view.envelopeRmsErrorDb;
      }
      expect(previous).toBeLessThan(1e-4);
      expect(frameView(spectrum, mel, frame, 1).envelopeRmsErrorDb).toBeGreaterThan(3);
    }
  });

  it('13 coefficients keep the formants of /a/ (F1 730, F2 1090 Hz): the envelope peaks between 500 and 1300 Hz', () => {
    const view = frameView(spectrum, mel, 75, 13);
    const peak = strongestBand(view.envelopeDb);
    expect(mel.filterbank.centersHz[peak]).toBeGreaterThan(500);
    expect(mel.filterbank.centersHz[peak]).toBeLessThan(1300);
  });

  it('colour range helpers: max |c| without c0; RMS difference', () => {
    const matrix = { frames: 2, columns: 3, data: Float32Array.of(-100, 2, -5, 50, 1, 3) };
    expect(maxAbsFromColumn(matrix, 1)).toBe(5);
    expect(rmsDifference([0, 0], [3, 4])).toBeCloseTo(Math.sqrt(12.5), 12);
  });
});

describe('filterAfterKey', () => {
  it('moves the highlighted filter one at a time with the arrows, by a tenth with Page Up/Down, to the ends with Home/End', () => {
    expect(filterAfterKey(5, 'ArrowRight', 40)).toBe(6);
    expect(filterAfterKey(5, 'ArrowUp', 40)).toBe(6);
    expect(filterAfterKey(5, 'ArrowLeft', 40)).toBe(4);
    expect(filterAfterKey(5, 'ArrowDown', 40)).toBe(4);
    expect(filterAfterKey(5, 'PageUp', 40)).toBe(9);
    expect(filterAfterKey(5, 'PageDown', 40)).toBe(1);
    expect(filterAfterKey(5, 'Home', 40)).toBe(0);
    expect(filterAfterKey(5, 'End', 40)).toBe(39);
  });

  it('stops at the first and last filter, and leaves other keys alone', () => {
    expect(filterAfterKey(0, 'ArrowLeft', 40)).toBe(0);
    expect(filterAfterKey(39, 'ArrowRight', 40)).toBe(39);
    expect(filterAfterKey(5, 'Tab', 40)).toBeNull();
    expect(filterAfterKey(5, 'a', 40)).toBeNull();
  });
});
