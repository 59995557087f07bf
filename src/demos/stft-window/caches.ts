/** What the explorer keeps between renders: built-in signals, window figures, spectrograms, envelopes. */
import { frameCount, stftMagnitudeDb } from '../../lib/dsp/stft';
import type { FrameMatrix } from '../../lib/dsp/types';
import { measureWindowLobes } from '../../lib/dsp/window-analysis';
import { makeWindow, type WindowType } from '../../lib/dsp/windows';
import type { Envelope } from './draw';
import { minMaxEnvelope } from './explorer';
import { stftParams, type BuiltInSignal } from './settings';
import { builtInSignal } from './signal';

/** Samples transformed per spectrogram redraw at most (frames × N); longer files skip frames. */
export const SPECTROGRAM_BUDGET = 2 ** 19;
/** dB below full scale the spectrogram keeps, whatever the range shown, so the range slider only repaints. */
export const FLOOR_DB = -120;
export const DEFAULT_SIGNAL = stftParams.signal.default as BuiltInSignal;

const builtInCache = new Map<BuiltInSignal, Float32Array>();
export function builtIn(kind: BuiltInSignal): Float32Array {
  let signal = builtInCache.get(kind);
  if (!signal) builtInCache.set(kind, (signal = builtInSignal(kind)));
  return signal;
}

const lobeCache = new Map<WindowType, { firstNullBins: number; peakSideLobeDb: number }>();
export function windowLobes(type: WindowType) {
  let lobes = lobeCache.get(type);
  // N = 512, 64× zero-padded: the figures of the lecture's window table (−13.3, −31.5, −42.7, −58.1 dB)
  if (!lobes) lobeCache.set(type, (lobes = measureWindowLobes(makeWindow(type, 512))));
  return lobes;
}

/**
 * The spectrograms of the last few signals and settings, kept so that going back to one (another
 * signal and back, a window length and back) costs nothing. A new one is written into the buffer
 * of the one used longest ago, not into a fresh array: a fresh one costs as much as the dB pass.
 */
export class SpectrogramCache {
  private entries: { samples: Float32Array; key: string; matrix: FrameMatrix; data: Float32Array }[] = [];

  constructor(private readonly size: number) {}

  compute(samples: Float32Array, frameSamples: number, hopSamples: number, window: WindowType): FrameMatrix {
    const key = `${frameSamples}:${hopSamples}:${window}`;
    const at = this.entries.findIndex((entry) => entry.samples === samples && entry.key === key);
    if (at >= 0) {
      const [entry] = this.entries.splice(at, 1);
      this.entries.push(entry!);
      return entry!.matrix;
    }
    const needed = frameCount(samples.length, frameSamples, hopSamples) * (frameSamples / 2 + 1);
    let data = this.entries.length >= this.size ? this.entries.shift()!.data : new Float32Array(0);
    if (data.length < needed) data = new Float32Array(needed);
    const matrix = stftMagnitudeDb(samples, { frameSamples, hopSamples, window, floorDb: FLOOR_DB }, data);
    this.entries.push({ samples, key, matrix, data });
    return matrix;
  }

  /**
   * Computes a spectrogram ahead, only into free room and as the one used longest ago: what is
   * shown is never written over, and the next spectrogram shown takes the prepared one's place first.
   */
  prepare(samples: Float32Array, frameSamples: number, hopSamples: number, window: WindowType): void {
    const key = `${frameSamples}:${hopSamples}:${window}`;
    if (this.entries.length >= this.size || this.has(samples, key)) return;
    const data = new Float32Array(frameCount(samples.length, frameSamples, hopSamples) * (frameSamples / 2 + 1));
    this.entries.unshift({ samples, key, matrix: stftMagnitudeDb(samples, { frameSamples, hopSamples, window, floorDb: FLOOR_DB }, data), data });
  }

  /**
   * Computes a spectrogram the reader is about to ask for (the next window length up or down),
   * into the buffer of the one used longest ago and never over the one shown (the last used). It
   * is kept as used just before the one shown, so preparing both neighbours keeps both.
   */
  prepareNext(samples: Float32Array, frameSamples: number, hopSamples: number, window: WindowType): void {
    const key = `${frameSamples}:${hopSamples}:${window}`;
    if (this.has(samples, key)) return;
    const needed = frameCount(samples.length, frameSamples, hopSamples) * (frameSamples / 2 + 1);
    let data = this.entries.length >= this.size && this.entries.length > 1 ? this.entries.shift()!.data : new Float32Array(0);
    if (data.length < needed) data = new Float32Array(needed);
    const matrix = stftMagnitudeDb(samples, { frameSamples, hopSamples, window, floorDb: FLOOR_DB }, data);
    this.entries.splice(Math.max(0, this.entries.length - 1), 0, { samples, key, matrix, data });
  }

  private has(samples: Float32Array, key: string): boolean {
    return this.entries.some((entry) => entry.samples === samples && entry.key === key);
  }
}

/** The waveform's min/max per pixel column, kept while the signal and the width stay. */
export class EnvelopeCache {
  private key: [Float32Array, number] | null = null;
  private value: Envelope | null = null;

  get(samples: Float32Array, columns: number): Envelope {
    if (!this.value || !this.key || this.key[0] !== samples || this.key[1] !== columns) {
      this.value = minMaxEnvelope(samples, columns);
      this.key = [samples, columns];
    }
    return this.value;
  }
}
