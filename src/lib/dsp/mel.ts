/**
 * Mel scale and mel filterbank (lecture-facts A5).
 *
 * Two mel scales are in use and give different numbers, so every function takes the scale:
 * - 'htk' (O'Shaughnessy 1987; HTK, torchaudio default): m = 2595 log10(1 + f/700), f = 700 (10^(m/2595) − 1);
 *   mel(1000 Hz) ≈ 1000.
 * - 'slaney' (M. Slaney, Auditory Toolbox, 1998; librosa default): linear below 1 kHz, m = 3f/200,
 *   logarithmic above, m = 15 + 27 ln(f/1000) / ln 6.4; mel(1000 Hz) = 15.
 */
import type { FrameMatrix } from './types';

/** Which mel formula: HTK (2595 log10(1 + f/700)) or Slaney (linear below 1 kHz, log above). */
export type MelScale = 'htk' | 'slaney';

const SLANEY_BREAK_HZ = 1000;
const SLANEY_BREAK_MEL = 15; // 3 · 1000 / 200
const SLANEY_LOG_STEP = Math.log(6.4) / 27; // natural-log units per mel above 1 kHz

/** Hz → mel on the given scale (default HTK); see module comment for the formulas. */
export function hzToMel(frequencyHz: number, scale: MelScale = 'htk'): number {
  if (scale === 'htk') return 2595 * Math.log10(1 + frequencyHz / 700);
  if (frequencyHz < SLANEY_BREAK_HZ) return (3 * frequencyHz) / 200;
  return SLANEY_BREAK_MEL + Math.log(frequencyHz / SLANEY_BREAK_HZ) / SLANEY_LOG_STEP;
}

/** mel → Hz, the inverse of `hzToMel` on the same scale. */
export function melToHz(mel: number, scale: MelScale = 'htk'): number {
  if (scale === 'htk') return 700 * (Math.pow(10, mel / 2595) - 1);
  if (mel < SLANEY_BREAK_MEL) return (200 * mel) / 3;
  return SLANEY_BREAK_HZ * Math.exp(SLANEY_LOG_STEP * (mel - SLANEY_BREAK_MEL));
}

/** Options of `melFilterbank`; frequencies in Hz. */
export interface MelFilterbankOptions {
  readonly nMels: number;
  /** FFT length F of the spectra it applies to (any even length; bins k = 0..F/2 at k f_s / F Hz). */
  readonly fftSize: number;
  readonly sampleRateHz: number;
  /** Lower edge of the first filter; default 0 Hz. */
  readonly fMinHz?: number;
  /** Upper edge of the last filter; default f_s / 2. */
  readonly fMaxHz?: number;
  /** Default 'htk'. */
  readonly scale?: MelScale;
  /**
   * 'none' (default): triangles of peak 1, which overlap so that they sum to 1 between the first
   * and last centres. 'slaney': each triangle scaled by 2 / (f_{m+1} − f_{m−1}) to unit area in Hz,
   * so wide high-frequency filters do not collect more energy (librosa norm='slaney').
   */
  readonly normalization?: 'none' | 'slaney';
}

/** A triangular mel filterbank as weights over the one-sided FFT bins, with its band edges in Hz. */
export interface MelFilterbank {
  readonly nMels: number;
  /** One-sided bins F/2 + 1. */
  readonly bins: number;
  /** Row-major nMels × bins: weight of bin k in filter m at weights[m · bins + k]. */
  readonly weights: Float64Array;
  /** nMels + 2 edge frequencies f_0 … f_{M+1} in Hz, equally spaced in mel; filter m spans f_m … f_{m+2}. */
  readonly edgesHz: Float64Array;
  /** Centre (peak) frequency of each filter in Hz: edgesHz[m + 1]. */
  readonly centersHz: Float64Array;
  /** First and one-past-last bin with a non-zero weight, per filter (equal when the filter is empty). */
  readonly firstBin: Int32Array;
  readonly endBin: Int32Array;
}

/**
 * Triangular mel filterbank: nMels + 2 points equally spaced in mel between mel(fMin) and mel(fMax),
 * mapped back to Hz (f_0 … f_{M+1}); filter m rises linearly from f_m to 1 at f_{m+1} and falls to 0
 * at f_{m+2}, evaluated at the bin frequencies k f_s / F:
 *   H_m(k) = max(0, min((f_k − f_m)/(f_{m+1} − f_m), (f_{m+2} − f_k)/(f_{m+2} − f_{m+1}))).
 * Same construction as librosa.filters.mel. With few FFT bins per filter a narrow low filter can
 * fall between bins and be all zero; see `countEmptyFilters`.
 */
export function melFilterbank(options: MelFilterbankOptions): MelFilterbank {
  const { nMels, fftSize, sampleRateHz } = options;
  const scale = options.scale ?? 'htk';
  const fMinHz = options.fMinHz ?? 0;
  const fMaxHz = options.fMaxHz ?? sampleRateHz / 2;
  if (!Number.isInteger(nMels) || nMels < 1) throw new RangeError(`nMels must be a positive integer, got ${nMels}`);
  if (!(fMaxHz > fMinHz)) throw new RangeError(`fMaxHz (${fMaxHz}) must exceed fMinHz (${fMinHz})`);
  const bins = Math.floor(fftSize / 2) + 1;
  const melMin = hzToMel(fMinHz, scale);
  const melMax = hzToMel(fMaxHz, scale);
  const edgesHz = new Float64Array(nMels + 2);
  for (let i = 0; i < nMels + 2; i++) edgesHz[i] = melToHz(melMin + ((melMax - melMin) * i) / (nMels + 1), scale);
  const weights = new Float64Array(nMels * bins);
  const firstBin = new Int32Array(nMels);
  const endBin = new Int32Array(nMels);
  for (let m = 0; m < nMels; m++) {
    const lower = edgesHz[m]!;
    const centre = edgesHz[m + 1]!;
    const upper = edgesHz[m + 2]!;
    const gain = options.normalization === 'slaney' ? 2 / (upper - lower) : 1;
    let first = -1;
    let end = -1;
    for (let k = 0; k < bins; k++) {
      const f = (k * sampleRateHz) / fftSize;
      const rising = (f - lower) / (centre - lower);
      const falling = (upper - f) / (upper - centre);
      const w = Math.max(0, Math.min(rising, falling));
      if (w > 0) {
        weights[m * bins + k] = gain * w;
        if (first < 0) first = k;
        end = k + 1;
      }
    }
    firstBin[m] = first < 0 ? 0 : first;
    endBin[m] = first < 0 ? 0 : end;
  }
  return { nMels, bins, weights, edgesHz, centersHz: edgesHz.slice(1, nMels + 1), firstBin, endBin };
}

/** Number of filters whose weights are all zero (too narrow for the FFT's bin spacing). */
export function countEmptyFilters(filterbank: MelFilterbank): number {
  let empty = 0;
  for (let m = 0; m < filterbank.nMels; m++) if (filterbank.endBin[m] === filterbank.firstBin[m]) empty++;
  return empty;
}

/**
 * Mel spectrogram E[t, m] = Σ_k H_m(k) P[t, k] from a power (or magnitude) spectrogram whose
 * columns are the filterbank's bins; frames × nMels.
 */
export function applyMelFilterbank(spectrogram: FrameMatrix, filterbank: MelFilterbank): FrameMatrix {
  const { frames, columns, data } = spectrogram;
  const { nMels, bins, weights, firstBin, endBin } = filterbank;
  if (columns !== bins) throw new RangeError(`spectrogram has ${columns} bins, filterbank expects ${bins}`);
  const out = new Float32Array(frames * nMels);
  for (let t = 0; t < frames; t++) {
    const row = t * bins;
    for (let m = 0; m < nMels; m++) {
      const weightRow = m * bins;
      let sum = 0;
      for (let k = firstBin[m]!; k < endBin[m]!; k++) sum += weights[weightRow + k]! * data[row + k]!;
      out[t * nMels + m] = sum;
    }
  }
  return { frames, columns: nMels, data: out };
}

/**
 * Log-compressed matrix ln(E + ε) (natural log, ε default 1e−10 keeps silent bands finite), the
 * log-mel spectrogram the MFCC's DCT is applied to. For a display in dB use powerToDbInPlace.
 */
export function logMel(melSpectrogram: FrameMatrix, epsilon = 1e-10): FrameMatrix {
  const data = new Float32Array(melSpectrogram.data.length);
  for (let i = 0; i < data.length; i++) data[i] = Math.log(melSpectrogram.data[i]! + epsilon);
  return { frames: melSpectrogram.frames, columns: melSpectrogram.columns, data };
}
