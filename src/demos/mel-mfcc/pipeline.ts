/**
 * The demo's maths, stage by stage (lecture-facts A5, demo 2), all pure:
 *   signal → pre-emphasis → power spectrogram |X|² (dB re full scale)
 *          → mel filterbank E[m, i] → log-mel 10 log10(E + ε) → DCT-II → MFCC c_0 … c_{K−1}
 * and the spectral envelope rebuilt from the first K coefficients of one frame. The building blocks
 * come from src/lib/dsp; this module chains them and fixes the demo's conventions.
 *
 * Log-mel is in dB (as librosa's power_to_db before its MFCC), so the MFCC and the envelope are in
 * dB too and the envelope can be drawn on the same axis as the log-mel bars.
 */
import { applyMelFilterbank, countEmptyFilters, hzToMel, melFilterbank, type MelFilterbank, type MelScale } from '../../lib/dsp/mel';
import { cepstralEnvelope, mfcc } from '../../lib/dsp/mfcc';
import { dct2 } from '../../lib/dsp/dct';
import { preEmphasis } from '../../lib/dsp/signals';
import { stftPower } from '../../lib/dsp/stft';
import type { FrameMatrix, RealSignal } from '../../lib/dsp/types';
import { FFT_SIZE, FRAME_SAMPLES, HOP_SAMPLES, SAMPLE_RATE_HZ } from './signal';

/** Power below this (re full scale) reads as the floor: 10 log10(1e−10) = −100 dB. */
export const POWER_EPSILON = 1e-10;

/** Stage 1: the power spectrogram of the pre-emphasised signal, 0 dB = a full-scale sine. */
export interface SpectrumStage {
  /** |X[m, k]|² / P_ref, frames × (FFT/2 + 1) */
  power: FrameMatrix;
  /** 10 log10(power + ε) */
  powerDb: FrameMatrix;
}

export function spectrumStage(signal: RealSignal): SpectrumStage {
  const raw = stftPower(preEmphasis(signal), { frameSamples: FRAME_SAMPLES, hopSamples: HOP_SAMPLES, fftSize: FFT_SIZE, window: 'hamming' });
  // |X| of a unit sine on a bin centre is Σw/2, and Σw = 0.54 N for the periodic Hamming window
  const reference = ((0.54 * FRAME_SAMPLES) / 2) ** 2;
  const power = new Float32Array(raw.data.length);
  const powerDb = new Float32Array(raw.data.length);
  for (let i = 0; i < power.length; i++) {
    power[i] = raw.data[i]! / reference;
    powerDb[i] = 10 * Math.log10(power[i]! + POWER_EPSILON);
  }
  return { power: { ...raw, data: power }, powerDb: { ...raw, data: powerDb } };
}

/** Stages 2–3: the filterbank, the mel energies and their log in dB. */
export interface MelStage {
  filterbank: MelFilterbank;
  scale: MelScale;
  /** E[m, i], frames × M */
  energies: FrameMatrix;
  /** 10 log10(E + ε), frames × M */
  logMelDb: FrameMatrix;
  /** filters with no FFT bin inside (too narrow for the bin spacing) */
  emptyFilters: number;
}

export function melStage(spectrum: SpectrumStage, nMels: number, scale: MelScale): MelStage {
  const filterbank = melFilterbank({ nMels, fftSize: FFT_SIZE, sampleRateHz: SAMPLE_RATE_HZ, scale });
  const energies = applyMelFilterbank(spectrum.power, filterbank);
  return { filterbank, scale, energies, logMelDb: toDb(energies), emptyFilters: countEmptyFilters(filterbank) };
}

/** 10 log10(x + ε) of every cell. */
export function toDb(matrix: FrameMatrix): FrameMatrix {
  const data = new Float32Array(matrix.data.length);
  for (let i = 0; i < data.length; i++) data[i] = 10 * Math.log10(matrix.data[i]! + POWER_EPSILON);
  return { frames: matrix.frames, columns: matrix.columns, data };
}

/** Stages 4–5: MFCC matrix frames × K, K = min(requested, M) (a DCT of M values has M coefficients). */
export function mfccStage(mel: MelStage, requested: number): FrameMatrix {
  return mfcc(mel.logMelDb, keptCoefficients(requested, mel.filterbank.nMels));
}

export function keptCoefficients(requested: number, nMels: number): number {
  return Math.max(1, Math.min(requested, nMels));
}

/** One frame seen through every stage. */
export interface FrameView {
  /** power spectrum in dB, FFT/2 + 1 bins */
  powerDb: Float32Array;
  /** log-mel in dB, M bands */
  logMelDb: Float32Array;
  /** all M DCT-II coefficients of the log-mel frame (the MFCCs are the first K) */
  cepstrum: Float64Array;
  /** inverse DCT of (c_0 … c_{K−1}, 0 …): the log-mel with its fine ripple smoothed away */
  envelopeDb: Float64Array;
  /** RMS difference between envelope and log-mel, in dB */
  envelopeRmsErrorDb: number;
}

export function frameView(spectrum: SpectrumStage, mel: MelStage, frame: number, keep: number): FrameView {
  const m = Math.max(0, Math.min(spectrum.powerDb.frames - 1, frame));
  const bins = spectrum.powerDb.columns;
  const nMels = mel.logMelDb.columns;
  const logMelDb = mel.logMelDb.data.subarray(m * nMels, (m + 1) * nMels);
  const cepstrum = dct2(logMelDb);
  const envelopeDb = cepstralEnvelope(cepstrum, keep, nMels);
  return {
    powerDb: spectrum.powerDb.data.subarray(m * bins, (m + 1) * bins),
    logMelDb,
    cepstrum,
    envelopeDb,
    envelopeRmsErrorDb: rmsDifference(envelopeDb, logMelDb),
  };
}

export function rmsDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i]! - b[i]!) ** 2;
  return a.length > 0 ? Math.sqrt(sum / a.length) : 0;
}

/** The band with the largest energy in a log-mel frame. */
export function strongestBand(logMelDb: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < logMelDb.length; i++) if (logMelDb[i]! > logMelDb[best]!) best = i;
  return best;
}

/** The filter whose centre is nearest a frequency. */
export function nearestFilter(filterbank: MelFilterbank, frequencyHz: number): number {
  let best = 0;
  for (let i = 1; i < filterbank.nMels; i++) {
    if (Math.abs(filterbank.centersHz[i]! - frequencyHz) < Math.abs(filterbank.centersHz[best]! - frequencyHz)) best = i;
  }
  return best;
}

/** The mel value of a filter centre on its scale (HTK mel, or Slaney's units where 1 kHz = 15). */
export function centreMel(filterbank: MelFilterbank, index: number, scale: MelScale): number {
  return hzToMel(filterbank.centersHz[index]!, scale);
}

/** The largest value of an array (−∞ when empty). */
export function maxValue(data: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < data.length; i++) if (data[i]! > max) max = data[i]!;
  return max;
}

/** max |value| over the columns ≥ firstColumn of a matrix: the MFCC colour range without c0, which dwarfs the rest. */
export function maxAbsFromColumn(matrix: FrameMatrix, firstColumn: number): number {
  let max = 0;
  for (let m = 0; m < matrix.frames; m++) {
    for (let c = firstColumn; c < matrix.columns; c++) max = Math.max(max, Math.abs(matrix.data[m * matrix.columns + c]!));
  }
  return max;
}

/**
 * The filter a key moves the highlight to, among `count` filters (0-based): ← and ↓ one lower,
 * → and ↑ one higher, Page Down/Up by a tenth of the bank, Home and End to the ends; null for any
 * other key, which is left to the page.
 */
export function filterAfterKey(current: number, key: string, count: number): number | null {
  const page = Math.max(1, Math.round(count / 10));
  const step: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -page, PageUp: page, Home: -count, End: count };
  const by = step[key];
  if (by === undefined || count === 0) return null;
  return Math.min(count - 1, Math.max(0, current + by));
}
