/**
 * The explorer's own maths, pure (no React, DOM or Web Audio): frame ↔ time, the frame layout, the
 * frame under a pointer, one frame's zero-padded spectrum in dB, how many spectrogram frames a
 * redraw can afford, max-pooling a spectrogram onto screen pixels, silence, mono mixing and cutting
 * long recordings.
 * The STFT itself is src/lib/dsp (see its README); frame m covers samples [mH, mH + N).
 */
import { powerSpectrum } from '../../lib/dsp/spectrum';
import { frameCount, windowedFrame } from '../../lib/dsp/stft';
import type { RealSignal } from '../../lib/dsp/types';
import { makeWindow, type WindowType } from '../../lib/dsp/windows';
import type { FrequencyView, SignalKind } from './settings';

/** What fixes the frames of a signal. */
export interface FrameGrid {
  readonly sampleRateHz: number;
  readonly signalLength: number;
  /** N */
  readonly frameSamples: number;
  /** H */
  readonly hopSamples: number;
}

/** H = N × fraction, at least one sample. */
export function hopFromFraction(frameSamples: number, fraction: number): number {
  return Math.max(1, Math.round(frameSamples * fraction));
}

export function gridFrames(grid: FrameGrid): number {
  return frameCount(grid.signalLength, grid.frameSamples, grid.hopSamples);
}

/** Start and end (exclusive) of frame m in seconds: [mH, mH + N) / f_s. */
export function frameSpanSec(frameIndex: number, grid: FrameGrid): { startSec: number; endSec: number; centreSec: number } {
  const start = frameIndex * grid.hopSamples;
  return {
    startSec: start / grid.sampleRateHz,
    endSec: (start + grid.frameSamples) / grid.sampleRateHz,
    centreSec: (start + grid.frameSamples / 2) / grid.sampleRateHz,
  };
}

/**
 * The frame whose centre is nearest to t: m = round((t·f_s − N/2) / H), clamped to the frames that
 * exist (0 when there are none). Inverse of `frameSpanSec(...).centreSec` on the frame grid.
 */
export function frameNearestTime(timeSec: number, grid: FrameGrid): number {
  const frames = gridFrames(grid);
  if (frames === 0) return 0;
  const m = Math.round((timeSec * grid.sampleRateHz - grid.frameSamples / 2) / grid.hopSamples);
  return Math.min(frames - 1, Math.max(0, m));
}

/** Time under x on a time axis drawn from `left` over `width` pixels for `durationSec`, clamped. */
export function timeAtX(x: number, left: number, width: number, durationSec: number): number {
  if (!(width > 0)) return 0;
  return Math.min(1, Math.max(0, (x - left) / width)) * durationSec;
}

/** The frame under a pointer at x on such an axis: the one whose centre is nearest. */
export function frameAtPointer(x: number, left: number, width: number, durationSec: number, grid: FrameGrid): number {
  return frameNearestTime(timeAtX(x, left, width, durationSec), grid);
}

/**
 * Every how many frames the spectrogram is computed so that a redraw transforms at most
 * `budgetSamples` samples (frames × N): 1 for the built-in signals, more for long files, whose
 * spectrogram is then drawn with a hop of stride × H.
 */
export function spectrogramStride(frames: number, frameSamples: number, budgetSamples: number): number {
  return Math.max(1, Math.ceil((frames * frameSamples) / budgetSamples));
}

/** The frames at window length N and hop H = N × fraction, and the spectrogram's column stride. */
export function frameLayout(
  signalLength: number,
  frameSamples: number,
  hopFraction: number,
  budgetSamples: number,
): { hopSamples: number; frames: number; stride: number; columnHop: number } {
  const hopSamples = hopFromFraction(frameSamples, hopFraction);
  const frames = frameCount(signalLength, frameSamples, hopSamples);
  const stride = spectrogramStride(frames, frameSamples, budgetSamples);
  return { hopSamples, frames, stride, columnHop: hopSamples * stride };
}

/**
 * Frame m as the time of its centre in whole milliseconds, at most `maxSec`: the setting a link
 * keeps, so that the frame stays put when N or H change.
 */
export function frameCentreSetting(frameIndex: number, grid: FrameGrid, maxSec: number): number {
  return Math.min(maxSec, Number(frameSpanSec(frameIndex, grid).centreSec.toFixed(3)));
}

/** One analysed frame. */
export interface FrameAnalysis {
  /** x[mH + n] · w[n], n < N (zeros past the end of the signal) */
  readonly windowed: Float64Array;
  readonly window: Float64Array;
  /** F = pad × N */
  readonly fftSize: number;
  /** f_s / F: spacing of the points in `db` */
  readonly pointSpacingHz: number;
  /** 20 log10(|X[k]| / (Σw / 2)), k = 0..F/2, floored: dB re a full-scale sine on a bin centre */
  readonly db: Float64Array;
  readonly peakIndex: number;
  readonly peakDb: number;
}

/**
 * Frame m windowed and transformed with an FFT of length pad × N (the frame zero-padded at its
 * end), in dB re full scale: a unit-amplitude sine on a bin centre reads 0 dB with any window.
 * Zero-padding adds points between the N-point bins; it does not narrow the peaks.
 */
export function analyseFrame(
  signal: RealSignal,
  frameIndex: number,
  grid: FrameGrid,
  windowType: WindowType,
  padFactor: number,
  floorDb: number,
): FrameAnalysis {
  const { frameSamples, hopSamples, sampleRateHz } = grid;
  const window = makeWindow(windowType, frameSamples);
  const windowed = windowedFrame(signal, frameIndex, hopSamples, window);
  const fftSize = frameSamples * padFactor;
  const power = powerSpectrum(windowed, { fftSize });
  let windowSum = 0;
  for (let n = 0; n < frameSamples; n++) windowSum += window[n]!;
  const referencePower = (windowSum / 2) ** 2;
  const db = new Float64Array(power.length);
  let peakIndex = 0;
  for (let k = 0; k < power.length; k++) {
    const value = 10 * Math.log10(power[k]! / referencePower);
    db[k] = value > floorDb ? value : floorDb;
    if (db[k]! > db[peakIndex]!) peakIndex = k;
  }
  return { windowed, window, fftSize, pointSpacingHz: sampleRateHz / fftSize, db, peakIndex, peakDb: db[peakIndex]! };
}

/** Frequency range shown, in Hz. `auto` picks what each signal needs. */
export function frequencyRange(view: FrequencyView, signal: SignalKind, sampleRateHz: number): { minHz: number; maxHz: number } {
  const nyquist = sampleRateHz / 2;
  const chosen: Exclude<FrequencyView, 'auto'> =
    view !== 'auto' ? view : signal === 'two-tones' ? '1k' : signal === 'vowel' ? '4k' : signal === 'file' || signal === 'mic' ? '8k' : 'full';
  if (chosen === '1k') return { minHz: Math.min(500, nyquist / 2), maxHz: Math.min(1500, nyquist) };
  const top = { full: nyquist, '8k': 8000, '4k': 4000, '2k': 2000 }[chosen];
  return { minHz: 0, maxHz: Math.min(top, nyquist) };
}

/**
 * A frames × bins matrix (row-major, frame m bin k at m·bins + k) reduced to columns × rows cells by
 * taking the maximum over the frames and bins each cell covers, so that a click one frame wide or a
 * line one bin high stays visible however small the picture. Only bins [fromBin, toBin) are used;
 * row 0 is the lowest frequency. Cells that cover no frame or bin take the nearest one. `reuse`, if
 * large enough, receives the result (its first columns × rows values).
 */
export function maxPool(
  data: Float32Array,
  frames: number,
  bins: number,
  fromBin: number,
  toBin: number,
  columns: number,
  rows: number,
  reuse?: Float32Array,
): Float32Array {
  const out = reuse && reuse.length >= columns * rows ? reuse : new Float32Array(columns * rows);
  const binSpan = toBin - fromBin;
  const rowFrom = new Int32Array(rows);
  const rowTo = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    rowFrom[r] = fromBin + Math.min(binSpan - 1, Math.floor((r * binSpan) / rows));
    rowTo[r] = Math.max(rowFrom[r]! + 1, fromBin + Math.floor(((r + 1) * binSpan) / rows));
  }
  for (let c = 0; c < columns; c++) {
    const m0 = Math.min(frames - 1, Math.floor((c * frames) / columns));
    const m1 = Math.max(m0 + 1, Math.floor(((c + 1) * frames) / columns));
    const at = c * rows;
    for (let r = 0; r < rows; r++) {
      const k0 = rowFrom[r]!;
      const k1 = rowTo[r]!;
      let best = -Infinity;
      for (let m = m0, row = m0 * bins; m < m1; m++, row += bins) {
        for (let k = row + k0, end = row + k1; k < end; k++) if (data[k]! > best) best = data[k]!;
      }
      out[at + r] = best;
    }
  }
  return out;
}

/** Largest |x[n]|. */
export function peakAbs(signal: Float32Array): number {
  let peak = 0;
  for (let n = 0; n < signal.length; n++) {
    const value = Math.abs(signal[n]!);
    if (value > peak) peak = value;
  }
  return peak;
}

/** Below −120 dBFS (peak under 10⁻⁶) a signal counts as silent: the spectrogram would show only rounding noise. */
export const SILENCE_PEAK = 1e-6;

export function isSilent(signal: Float32Array): boolean {
  return peakAbs(signal) < SILENCE_PEAK;
}

/** The mean of the channels, sample by sample (channels may differ in length: the shortest wins). */
export function mixToMono(channels: readonly Float32Array[]): Float32Array {
  if (channels.length === 0) return new Float32Array(0);
  if (channels.length === 1) return channels[0]!;
  const length = Math.min(...channels.map((channel) => channel.length));
  const out = new Float32Array(length);
  for (const channel of channels) for (let n = 0; n < length; n++) out[n] = out[n]! + channel[n]!;
  for (let n = 0; n < length; n++) out[n] = out[n]! / channels.length;
  return out;
}

/** The first `maxSec` seconds (a view, not a copy) and whether anything was cut. */
export function firstSeconds(samples: Float32Array, sampleRateHz: number, maxSec: number): { samples: Float32Array; cut: boolean } {
  const keep = Math.floor(maxSec * sampleRateHz);
  return samples.length > keep ? { samples: samples.subarray(0, keep), cut: true } : { samples, cut: false };
}

/** Where the PCM data of a RIFF/WAVE file lies, read from its header; null if it is not one. */
export interface WavLayout {
  readonly dataOffset: number;
  readonly dataBytes: number;
  readonly byteRate: number;
  readonly blockAlign: number;
}

function ascii(view: DataView, offset: number): string {
  return String.fromCharCode(view.getUint8(offset), view.getUint8(offset + 1), view.getUint8(offset + 2), view.getUint8(offset + 3));
}

/** Reads the chunk list of a WAV header (the first bytes of the file suffice). */
export function readWavLayout(header: ArrayBuffer): WavLayout | null {
  const view = new DataView(header);
  if (view.byteLength < 12 || ascii(view, 0) !== 'RIFF' || ascii(view, 8) !== 'WAVE') return null;
  let offset = 12;
  let byteRate = 0;
  let blockAlign = 0;
  while (offset + 8 <= view.byteLength) {
    const id = ascii(view, offset);
    const size = view.getUint32(offset + 4, true);
    if (id === 'fmt ' && offset + 20 <= view.byteLength) {
      byteRate = view.getUint32(offset + 16, true);
      blockAlign = view.getUint16(offset + 20, true);
    }
    if (id === 'data') {
      if (!(byteRate > 0) || !(blockAlign > 0)) return null;
      return { dataOffset: offset + 8, dataBytes: size, byteRate, blockAlign };
    }
    offset += 8 + size + (size % 2); // chunks are padded to an even length
  }
  return null;
}

/**
 * How many bytes of a WAV file hold its header and the first `maxSec` seconds of samples (whole
 * sample frames), and the header patched to say so: decoding then reads only that much.
 */
export function wavPrefix(layout: WavLayout, maxSec: number): { bytes: number; patch: (prefix: ArrayBuffer) => ArrayBuffer; cut: boolean } {
  const keepData = Math.min(layout.dataBytes, Math.floor((maxSec * layout.byteRate) / layout.blockAlign) * layout.blockAlign);
  const bytes = layout.dataOffset + keepData;
  const patch = (prefix: ArrayBuffer) => {
    const copy = prefix.slice(0, bytes);
    const view = new DataView(copy);
    view.setUint32(4, bytes - 8, true); // RIFF size
    view.setUint32(layout.dataOffset - 4, keepData, true); // data chunk size
    return copy;
  };
  return { bytes, patch, cut: keepData < layout.dataBytes };
}

/**
 * Min and max of signal[from, to) under each of `columns` pixel columns: the waveform drawn as an
 * envelope, so that a column holding many samples shows their whole range instead of one of them.
 * A column whose samples lie past the signal's end is 0.
 */
export function minMaxEnvelope(signal: Float32Array, columns: number, from = 0, to = signal.length): { min: Float32Array; max: Float32Array } {
  const min = new Float32Array(columns);
  const max = new Float32Array(columns);
  const span = Math.max(0, to - from);
  for (let c = 0; c < columns; c++) {
    const start = from + Math.floor((c * span) / columns);
    const end = Math.max(start + 1, from + Math.floor(((c + 1) * span) / columns));
    let lo = Infinity;
    let hi = -Infinity;
    for (let n = Math.max(0, start); n < end && n < signal.length; n++) {
      const v = signal[n]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    min[c] = lo === Infinity ? 0 : lo;
    max[c] = hi === -Infinity ? 0 : hi;
  }
  return { min, max };
}

/** How many window lengths the zoomed waveform spans: the frame and a window's width either side. */
export const ZOOM_WINDOWS = 3;

/**
 * The samples [from, to) the zoomed waveform shows around frame m: ZOOM_WINDOWS × N centred on the
 * frame, moved (not shrunk) to stay inside the signal, so the window keeps its width on screen.
 */
export function zoomSpan(frameIndex: number, grid: FrameGrid): { from: number; to: number } {
  const width = ZOOM_WINDOWS * grid.frameSamples;
  const centre = frameIndex * grid.hopSamples + grid.frameSamples / 2;
  if (grid.signalLength <= width) return { from: 0, to: Math.max(width, 1) };
  const from = Math.round(Math.min(grid.signalLength - width, Math.max(0, centre - width / 2)));
  return { from, to: from + width };
}

/**
 * The sample a press at `pointedSample` on the zoomed view grabs: the window's centre when the press
 * is on frame m's window, else the pressed sample (the frame is then first brought there).
 */
export function grabbedSample(pointedSample: number, frameIndex: number, grid: FrameGrid): number {
  const start = frameIndex * grid.hopSamples;
  return pointedSample >= start && pointedSample < start + grid.frameSamples ? start + grid.frameSamples / 2 : pointedSample;
}

/** The frame whose centre is nearest to sample position `sample` (a pointer on the zoomed view). */
export function frameNearestSample(sample: number, grid: FrameGrid): number {
  return frameNearestTime(sample / grid.sampleRateHz, grid);
}
