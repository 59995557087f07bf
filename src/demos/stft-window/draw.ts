/**
 * Canvas drawing of the explorer's views, in CSS pixels (CanvasView has set the device-pixel
 * transform). Colours come from the theme; the heat map is viridis.
 */
import type { FrameMatrix } from '../../lib/dsp/types';
import { viridisCss, viridisLut } from '../shared/colormap';
import type { ThemeColors } from '../shared/themeColors';
import { maxPool } from './explorer';

import { FONT, niceStep, plotRect as sharedPlotRect, type Margin, type Rect } from '../shared/plot';

export type Envelope = { min: Float32Array; max: Float32Array };

/** The explorer's plot areas keep a 1 px minimum side (the shared default is 10). */
function plotRect(width: number, height: number, margin: Margin): Rect {
  return sharedPlotRect(width, height, margin, 1);
}

export function ticks(min: number, max: number, count: number): number[] {
  const step = niceStep(max - min, count);
  const out: number[] = [];
  for (let v = Math.ceil(min / step - 1e-9) * step; v <= max + 1e-9 * step; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/** Hz or kHz for an axis that reaches maxHz. */
export function frequencyUnit(maxHz: number): { unit: 'Hz' | 'kHz'; scale: number } {
  return maxHz > 2000 ? { unit: 'kHz', scale: 1000 } : { unit: 'Hz', scale: 1 };
}

/** About one time tick per 70 px: six on a desktop column, three or four on a phone. */
function tickCount(width: number): number {
  return Math.max(3, Math.min(6, Math.floor(width / 70)));
}

function label(value: number): string {
  return Number(value.toFixed(3)).toString().replace('-', '−');
}

/** x ticks with labels under a plot. */
function bottomAxis(context: CanvasRenderingContext2D, rect: Rect, colors: ThemeColors, min: number, max: number, count: number, scale = 1, title?: string) {
  context.fillStyle = colors.muted;
  context.font = FONT;
  context.textAlign = 'center';
  context.textBaseline = 'top';
  const bottom = rect.top + rect.height;
  for (const value of ticks(min / scale, max / scale, count)) {
    const x = rect.left + ((value * scale - min) / (max - min)) * rect.width;
    context.fillRect(Math.round(x), bottom, 1, 3);
    context.fillText(label(value), x, bottom + 4);
  }
  if (title) {
    context.textAlign = 'right';
    context.fillText(title, rect.left + rect.width, bottom + 16);
  }
}

function leftAxis(context: CanvasRenderingContext2D, rect: Rect, colors: ThemeColors, min: number, max: number, count: number, scale = 1, title?: string) {
  context.fillStyle = colors.muted;
  context.font = FONT;
  context.textAlign = 'right';
  context.textBaseline = 'middle';
  for (const value of ticks(min / scale, max / scale, count)) {
    const y = rect.top + rect.height - ((value * scale - min) / (max - min)) * rect.height;
    context.fillRect(rect.left - 3, Math.round(y), 3, 1);
    context.fillText(label(value), rect.left - 5, y);
  }
  if (title) {
    context.save();
    context.translate(10, rect.top + rect.height / 2);
    context.rotate(-Math.PI / 2);
    context.textAlign = 'center';
    context.fillText(title, 0, 0);
    context.restore();
  }
}

function frame(context: CanvasRenderingContext2D, rect: Rect, colors: ThemeColors) {
  context.strokeStyle = colors.line;
  context.globalAlpha = 0.35;
  context.lineWidth = 1;
  context.strokeRect(rect.left + 0.5, rect.top + 0.5, rect.width - 1, rect.height - 1);
  context.globalAlpha = 1;
}

export const WAVEFORM_MARGIN: Margin = { left: 40, right: 10, top: 8, bottom: 22 };

export interface WaveformView {
  envelope: Envelope;
  /** the amplitude the plot spans: ±amplitude */
  amplitude: number;
  durationSec: number;
  startSec: number;
  endSec: number;
  /** the part the zoomed view shows, in seconds */
  zoomStartSec: number;
  zoomEndSec: number;
  /** where playback is, in seconds (null when not playing) */
  playheadSec: number | null;
}

/** The whole signal (min/max per pixel column), the zoomed part and the frame marked, and the playhead. */
export function drawWaveform(context: CanvasRenderingContext2D, width: number, height: number, colors: ThemeColors, view: WaveformView): void {
  const rect = plotRect(width, height, WAVEFORM_MARGIN);
  const { min, max } = view.envelope;
  const columns = min.length;
  const yOf = (v: number) => rect.top + rect.height / 2 - (v / view.amplitude) * (rect.height / 2);
  const xOf = (sec: number) => rect.left + (sec / view.durationSec) * rect.width;
  frame(context, rect, colors);
  // the analysed frame
  const x0 = xOf(view.startSec);
  const x1 = xOf(view.endSec);
  context.fillStyle = colors.accents[1];
  context.globalAlpha = 0.14;
  context.fillRect(x0, rect.top, Math.max(1, x1 - x0), rect.height);
  context.globalAlpha = 1;
  // the signal
  context.fillStyle = colors.accents[0];
  const columnWidth = rect.width / columns;
  for (let c = 0; c < columns; c++) {
    const top = yOf(Math.min(view.amplitude, max[c]!));
    const bottom = yOf(Math.max(-view.amplitude, min[c]!));
    context.fillRect(rect.left + c * columnWidth, top, Math.max(1, columnWidth), Math.max(1, bottom - top));
  }
  // the part shown zoomed below, bracketed
  const z0 = xOf(view.zoomStartSec);
  const z1 = xOf(view.zoomEndSec);
  context.strokeStyle = colors.text;
  context.lineWidth = 1;
  context.strokeRect(Math.round(z0) + 0.5, rect.top + 0.5, Math.max(2, Math.round(z1 - z0) - 1), rect.height - 1);
  context.fillStyle = colors.accents[1];
  context.fillRect(Math.round(x0), rect.top, Math.max(2, Math.round(x1 - x0)), 3);
  playhead(context, rect, colors, view.playheadSec === null ? null : xOf(view.playheadSec));
  bottomAxis(context, rect, colors, 0, view.durationSec, tickCount(rect.width));
}

function playhead(context: CanvasRenderingContext2D, rect: Rect, colors: ThemeColors, x: number | null) {
  if (x === null || x < rect.left || x > rect.left + rect.width) return;
  context.fillStyle = colors.accents[4];
  context.fillRect(Math.round(x) - 1, rect.top, 2, rect.height);
}

export const ZOOM_MARGIN: Margin = { left: 40, right: 10, top: 8, bottom: 22 };

export interface ZoomView {
  /** the samples shown, [from, to) */
  samples: Float32Array;
  from: number;
  to: number;
  sampleRateHz: number;
  amplitude: number;
  /** the frame, in samples: [frameStart, frameStart + window.length) */
  frameStart: number;
  window: Float64Array;
  playheadSec: number | null;
}

/**
 * A few window lengths of the signal around the frame: a line through the samples, or their
 * min/max per column where there are more samples than columns, with the frame shaded, the window ±w[n] drawn over it at
 * the plot's full amplitude, a grip on it to drag, and the playhead.
 */
export function drawZoom(
  context: CanvasRenderingContext2D,
  width: number,
  height: number,
  colors: ThemeColors,
  view: ZoomView,
  envelopeOf: (columns: number) => Envelope,
): void {
  const rect = plotRect(width, height, ZOOM_MARGIN);
  const span = Math.max(1, view.to - view.from);
  const xOfSample = (n: number) => rect.left + ((n - view.from) / span) * rect.width;
  const yOf = (v: number) => rect.top + rect.height / 2 - (v / view.amplitude) * (rect.height / 2);
  frame(context, rect, colors);
  const x0 = xOfSample(view.frameStart);
  const x1 = xOfSample(view.frameStart + view.window.length);
  context.fillStyle = colors.accents[1];
  context.globalAlpha = 0.14;
  context.fillRect(x0, rect.top, Math.max(1, x1 - x0), rect.height);
  context.globalAlpha = 1;
  context.save();
  context.beginPath();
  context.rect(rect.left, rect.top, rect.width, rect.height);
  context.clip();
  if (span <= rect.width * 2) {
    // few enough samples to draw as a line through each of them
    context.strokeStyle = colors.accents[0];
    context.lineWidth = 1.25;
    context.beginPath();
    for (let n = view.from; n < view.to && n < view.samples.length; n++) {
      const x = xOfSample(n + 0.5);
      const y = yOf(Math.max(-view.amplitude, Math.min(view.amplitude, view.samples[n]!)));
      if (n === view.from) context.moveTo(x, y);
      else context.lineTo(x, y);
    }
    context.stroke();
  } else {
    const { min, max } = envelopeOf(Math.max(1, Math.round(rect.width)));
    const columnWidth = rect.width / min.length;
    context.fillStyle = colors.accents[0];
    for (let c = 0; c < min.length; c++) {
      const top = yOf(Math.min(view.amplitude, max[c]!));
      const bottom = yOf(Math.max(-view.amplitude, min[c]!));
      context.fillRect(rect.left + c * columnWidth, top, Math.max(1, columnWidth), Math.max(1, bottom - top));
    }
  }
  // the window ±w[n] over the frame
  const { window } = view;
  context.strokeStyle = colors.accents[1];
  context.lineWidth = 2;
  for (const sign of [1, -1]) {
    context.beginPath();
    const step = Math.max(1, Math.floor(window.length / Math.max(2, (x1 - x0) * 2)));
    for (let n = 0; n <= window.length; n += step) {
      const w = window[Math.min(n, window.length - 1)]!;
      const x = x0 + ((x1 - x0) * n) / window.length;
      const y = yOf(sign * w * view.amplitude);
      if (n === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    }
    context.stroke();
  }
  // the frame's edges, and a grip at its centre: the window is dragged sideways
  context.fillStyle = colors.accents[1];
  context.fillRect(Math.round(x0), rect.top, 1.5, rect.height);
  context.fillRect(Math.round(x1) - 1, rect.top, 1.5, rect.height);
  const centre = (x0 + x1) / 2;
  context.fillRect(centre - 9, rect.top, 18, 10);
  context.fillStyle = colors.surface;
  for (const dx of [-4, 0, 4]) context.fillRect(Math.round(centre + dx) - 0.5, rect.top + 2, 1, 6);
  context.restore();
  playhead(context, rect, colors, view.playheadSec === null ? null : xOfSample(view.playheadSec * view.sampleRateHz));
  bottomAxis(context, rect, colors, view.from / view.sampleRateHz, view.to / view.sampleRateHz, tickCount(rect.width));
}

export const FRAME_MARGIN: Margin = { left: 40, right: 10, top: 8, bottom: 34 };

/** The windowed samples x[n]·w[n] and the window's outline ±w[n]·A (A: the raw frame's peak). */
export function drawWindowedFrame(
  context: CanvasRenderingContext2D,
  width: number,
  height: number,
  colors: ThemeColors,
  windowed: Float64Array,
  window: Float64Array,
  rawPeak: number,
  sampleAxis: string,
): void {
  const rect = plotRect(width, height, FRAME_MARGIN);
  const amplitude = rawPeak > 0 ? rawPeak : 1;
  const n = windowed.length;
  const xOf = (i: number) => rect.left + (i / Math.max(1, n - 1)) * rect.width;
  const yOf = (v: number) => rect.top + rect.height / 2 - (v / amplitude) * (rect.height / 2) * 0.95;
  frame(context, rect, colors);
  context.strokeStyle = colors.line;
  context.globalAlpha = 0.4;
  context.beginPath();
  context.moveTo(rect.left, yOf(0));
  context.lineTo(rect.left + rect.width, yOf(0));
  context.stroke();
  context.globalAlpha = 1;
  // window outline, dashed
  context.strokeStyle = colors.accents[1];
  context.lineWidth = 1.2;
  context.setLineDash([4, 3]);
  for (const sign of [1, -1]) {
    context.beginPath();
    for (let i = 0; i < n; i++) {
      const y = yOf(sign * window[i]! * amplitude);
      if (i === 0) context.moveTo(xOf(i), y);
      else context.lineTo(xOf(i), y);
    }
    context.stroke();
  }
  context.setLineDash([]);
  // samples: a line, or min/max per pixel when there are more samples than pixels
  context.strokeStyle = colors.accents[0];
  context.lineWidth = 1.2;
  context.beginPath();
  if (n > rect.width * 2) {
    const columns = Math.floor(rect.width);
    for (let c = 0; c < columns; c++) {
      const from = Math.floor((c * n) / columns);
      const to = Math.floor(((c + 1) * n) / columns);
      let lo = Infinity;
      let hi = -Infinity;
      for (let i = from; i < to; i++) {
        lo = Math.min(lo, windowed[i]!);
        hi = Math.max(hi, windowed[i]!);
      }
      const x = rect.left + c + 0.5;
      context.moveTo(x, yOf(hi));
      context.lineTo(x, yOf(lo) + 0.5);
    }
  } else {
    for (let i = 0; i < n; i++) {
      if (i === 0) context.moveTo(xOf(i), yOf(windowed[i]!));
      else context.lineTo(xOf(i), yOf(windowed[i]!));
    }
  }
  context.stroke();
  bottomAxis(context, rect, colors, 0, n, 4, 1, sampleAxis);
}

export const SPECTRUM_MARGIN: Margin = { left: 40, right: 10, top: 8, bottom: 34 };

export interface SpectrumView {
  db: Float64Array;
  pointSpacingHz: number;
  /** points per N-point bin (the zero-padding factor) */
  pad: number;
  minHz: number;
  maxHz: number;
  rangeDb: number;
  axisTitle: string;
}

/** The frame's dB spectrum over [minHz, maxHz], floor −range dB; dots on the points when they are few. */
export function drawSpectrum(context: CanvasRenderingContext2D, width: number, height: number, colors: ThemeColors, view: SpectrumView): void {
  const rect = plotRect(width, height, SPECTRUM_MARGIN);
  const { db, pointSpacingHz, minHz, maxHz, rangeDb, pad } = view;
  const xOf = (hz: number) => rect.left + ((hz - minHz) / (maxHz - minHz)) * rect.width;
  const yOf = (value: number) => rect.top + (Math.min(0, Math.max(-rangeDb, value)) / -rangeDb) * rect.height;
  frame(context, rect, colors);
  // dB grid
  context.fillStyle = colors.line;
  context.globalAlpha = 0.18;
  for (const value of ticks(-rangeDb, 0, 4)) context.fillRect(rect.left, Math.round(yOf(value)), rect.width, 1);
  context.globalAlpha = 1;
  const first = Math.max(0, Math.floor(minHz / pointSpacingHz));
  const last = Math.min(db.length - 1, Math.ceil(maxHz / pointSpacingHz));
  const count = last - first + 1;
  context.save();
  context.beginPath();
  context.rect(rect.left, rect.top - 1, rect.width, rect.height + 2);
  context.clip();
  context.strokeStyle = colors.accents[0];
  context.lineWidth = 1.3;
  context.beginPath();
  if (count > rect.width * 2) {
    // more points than pixels: the highest point per pixel column, so narrow peaks stay
    const columns = Math.floor(rect.width);
    for (let c = 0; c < columns; c++) {
      const from = first + Math.floor((c * count) / columns);
      const to = first + Math.max(1, Math.floor(((c + 1) * count) / columns));
      let hi = -Infinity;
      let lo = Infinity;
      for (let k = from; k < to; k++) {
        hi = Math.max(hi, db[k]!);
        lo = Math.min(lo, db[k]!);
      }
      const x = rect.left + c + 0.5;
      if (c === 0) context.moveTo(x, yOf(hi));
      context.lineTo(x, yOf(hi));
      context.lineTo(x, yOf(lo));
      context.lineTo(x, yOf(hi));
    }
  } else {
    for (let k = first; k <= last; k++) {
      const x = xOf(k * pointSpacingHz);
      if (k === first) context.moveTo(x, yOf(db[k]!));
      else context.lineTo(x, yOf(db[k]!));
    }
  }
  context.stroke();
  // few enough points to tell apart: dots on the N-point bins, smaller ones for the padded points
  if (count <= rect.width / 4) {
    for (let k = first; k <= last; k++) {
      const onBin = k % pad === 0;
      context.fillStyle = onBin ? colors.accents[0] : colors.muted;
      context.beginPath();
      context.arc(xOf(k * pointSpacingHz), yOf(db[k]!), onBin ? 2.6 : 1.5, 0, 2 * Math.PI);
      context.fill();
    }
  }
  context.restore();
  const { unit, scale } = frequencyUnit(maxHz);
  bottomAxis(context, rect, colors, minHz, maxHz, 5, scale, view.axisTitle.replace('{unit}', unit));
  leftAxis(context, rect, colors, -rangeDb, 0, 4);
}

export const SPECTROGRAM_MARGIN: Margin = { left: 46, right: 10, top: 8, bottom: 36 };

export interface SpectrogramView {
  spectrogram: FrameMatrix;
  sampleRateHz: number;
  frameSamples: number;
  /** hop between the spectrogram's columns (H × stride) */
  columnHopSamples: number;
  durationSec: number;
  minHz: number;
  maxHz: number;
  rangeDb: number;
  startSec: number;
  endSec: number;
  timeTitle: string;
  frequencyTitle: string;
  /** where playback is, in seconds (null or absent when not playing) */
  playheadSec?: number | null;
}

/**
 * Builds the heat map once per spectrogram, range and size (kept in `cache`), so that moving the
 * frame marker only redraws the image. Cells are max-pooled to at most one per device pixel.
 */
export class SpectrogramPainter {
  private key: unknown[] = [];
  private image: HTMLCanvasElement | null = null;
  // reused from one heat map to the next: a drag through N would otherwise allocate ~1 MB per step
  private pooled: Float32Array | undefined;
  private pixels: ImageData | null = null;

  private heatmap(view: SpectrogramView, rect: Rect, ratio: number, fromBin: number, toBin: number): HTMLCanvasElement | null {
    const { spectrogram, rangeDb } = view;
    const { frames, columns: bins, data } = spectrogram;
    if (frames === 0 || toBin <= fromBin) return null;
    const columns = Math.max(1, Math.min(frames, Math.round(rect.width * ratio)));
    const rows = Math.max(1, Math.min(toBin - fromBin, Math.round(rect.height * ratio)));
    const key = [spectrogram, rangeDb, fromBin, toBin, columns, rows];
    if (this.image && key.every((part, i) => part === this.key[i])) return this.image;
    const pooled =
      columns === frames && rows === toBin - fromBin ? null : (this.pooled = maxPool(data, frames, bins, fromBin, toBin, columns, rows, this.pooled));
    // The image is stored transposed (one pixel row per time column, frequency left to right), in
    // the frames × bins order of the data, so reads and writes both run sequentially; `draw` turns
    // it upright with a transform.
    const image = this.pixels && this.pixels.width === rows && this.pixels.height === columns ? this.pixels : new ImageData(rows, columns);
    this.pixels = image;
    const pixels = new Uint32Array(image.data.buffer);
    const lookup = viridisLut();
    // index = round(255 (v + range) / range), clamped: inline, this loop runs for every cell
    const scale = 255 / rangeDb;
    const source = pooled ?? data;
    for (let c = 0, p = 0; c < columns; c++) {
      for (let r = 0, i = pooled ? c * rows : c * bins + fromBin; r < rows; r++, p++, i++) {
        const t = (source[i]! + rangeDb) * scale;
        pixels[p] = lookup[t <= 0 ? 0 : t >= 255 ? 255 : (t + 0.5) | 0]!;
      }
    }
    const canvas = this.image ?? document.createElement('canvas');
    if (canvas.width !== rows || canvas.height !== columns) {
      canvas.width = rows;
      canvas.height = columns;
    }
    canvas.getContext('2d')?.putImageData(image, 0, 0);
    this.image = canvas;
    this.key = key;
    return canvas;
  }

  draw(context: CanvasRenderingContext2D, width: number, height: number, colors: ThemeColors, view: SpectrogramView): void {
    const rect = plotRect(width, height, SPECTROGRAM_MARGIN);
    const { spectrogram, sampleRateHz, frameSamples, columnHopSamples, durationSec, minHz, maxHz } = view;
    const binHz = sampleRateHz / frameSamples;
    const fromBin = Math.max(0, Math.floor(minHz / binHz + 0.5));
    const toBin = Math.min(spectrogram.columns, Math.floor(maxHz / binHz + 0.5) + 1);
    const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
    const xOf = (sec: number) => rect.left + (sec / durationSec) * rect.width;
    const yOf = (hz: number) => rect.top + rect.height - ((hz - minHz) / (maxHz - minHz)) * rect.height;
    context.fillStyle = viridisCss(0);
    context.fillRect(rect.left, rect.top, rect.width, rect.height);
    const image = this.heatmap(view, rect, ratio, fromBin, toBin);
    if (image) {
      // column m stands for the frame centred at (m·H' + N/2)/f_s and is H' wide; bin k spans k ± ½
      const left = xOf((frameSamples / 2 - columnHopSamples / 2) / sampleRateHz);
      const right = xOf(((spectrogram.frames - 1) * columnHopSamples + frameSamples / 2 + columnHopSamples / 2) / sampleRateHz);
      const top = yOf((toBin - 0.5) * binHz);
      const bottom = yOf((fromBin - 0.5) * binHz);
      context.save();
      context.beginPath();
      context.rect(rect.left, rect.top, rect.width, rect.height);
      context.clip();
      context.imageSmoothingEnabled = false;
      // image x (frequency, low → high) goes up the plot, image y (time) goes right
      context.transform(0, -(bottom - top) / image.width, (right - left) / image.height, 0, left, bottom);
      context.drawImage(image, 0, 0);
      context.restore();
    }
    // the analysed frame: its span in time, outlined in both themes' ink over the heat map
    const x0 = xOf(view.startSec);
    const x1 = xOf(view.endSec);
    context.lineWidth = 1;
    context.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    context.strokeRect(x0 + 0.5, rect.top + 0.5, Math.max(1, x1 - x0 - 1), rect.height - 1);
    context.strokeStyle = 'rgba(0, 0, 0, 0.6)';
    context.strokeRect(x0 - 0.5, rect.top - 0.5, Math.max(1, x1 - x0 + 1), rect.height + 1);
    context.fillStyle = colors.accents[1];
    context.beginPath();
    const centre = (x0 + x1) / 2;
    context.moveTo(centre - 5, rect.top + rect.height + 1);
    context.lineTo(centre + 5, rect.top + rect.height + 1);
    context.lineTo(centre, rect.top + rect.height - 5);
    context.closePath();
    context.fill();
    // the playhead, light on dark so that it shows over any colour of the heat map
    if (view.playheadSec != null) {
      const x = Math.round(xOf(view.playheadSec));
      if (x >= rect.left && x <= rect.left + rect.width) {
        context.fillStyle = 'rgba(0, 0, 0, 0.6)';
        context.fillRect(x - 2, rect.top, 4, rect.height);
        context.fillStyle = 'rgba(255, 255, 255, 0.95)';
        context.fillRect(x - 1, rect.top, 2, rect.height);
      }
    }
    bottomAxis(context, rect, colors, 0, durationSec, tickCount(rect.width), 1, view.timeTitle);
    const { unit, scale } = frequencyUnit(maxHz);
    leftAxis(context, rect, colors, minHz, maxHz, 5, scale, view.frequencyTitle.replace('{unit}', unit));
  }
}
