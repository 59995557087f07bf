/**
 * Canvas drawing for plots shared by the sound demos: a plot area with labelled ticks, and heat maps kept as
 * native-resolution images (one pixel per frame and row) and scaled by drawImage, so that a redraw
 * costs one putImageData and one drawImage however large the canvas.
 */
import type { FrameMatrix } from '../../lib/dsp/types';
import { viridisLut } from './colormap';
import type { ThemeColors } from './themeColors';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Tick {
  value: number;
  label: string;
}

export interface Axis {
  min: number;
  max: number;
  label: string;
  ticks: Tick[];
}

export const FONT = '11px system-ui, sans-serif';

export interface Margin {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const DEFAULT_MARGIN: Margin = { left: 46, right: 10, top: 8, bottom: 32 };

/** The plot area inside a canvas of the given CSS size, leaving room for the axes; at least `minSide` px each way. */
export function plotRect(width: number, height: number, margin: Margin = DEFAULT_MARGIN, minSide = 10): Rect {
  return {
    left: margin.left,
    top: margin.top,
    width: Math.max(minSide, width - margin.left - margin.right),
    height: Math.max(minSide, height - margin.top - margin.bottom),
  };
}

/** x pixel of a value on a horizontal axis. */
export function xOf(rect: Rect, axis: Axis, value: number): number {
  return rect.left + ((value - axis.min) / (axis.max - axis.min)) * rect.width;
}

/** y pixel of a value on a vertical axis (min at the bottom). */
export function yOf(rect: Rect, axis: Axis, value: number): number {
  return rect.top + rect.height - ((value - axis.min) / (axis.max - axis.min)) * rect.height;
}

/** Value on a horizontal axis at a pixel. */
export function valueAtX(rect: Rect, axis: Axis, x: number): number {
  return axis.min + ((x - rect.left) / rect.width) * (axis.max - axis.min);
}

/** A round tick spacing (1, 2 or 5 × 10^k) giving about `count` ticks over `range`. */
export function niceStep(range: number, count: number): number {
  if (!(range > 0)) return 1;
  const raw = range / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normalised = raw / magnitude;
  return (normalised < 1.5 ? 1 : normalised < 3.5 ? 2 : normalised < 7.5 ? 5 : 10) * magnitude;
}

/** Ticks at round values of `shown` units between `from` and `to`; `toAxis` maps them onto the axis. */
export function niceTicks(from: number, to: number, count: number, toAxis: (value: number) => number = (v) => v): Tick[] {
  const step = niceStep(to - from, count);
  const ticks: Tick[] = [];
  for (let v = Math.ceil(from / step - 1e-9) * step; v <= to + 1e-9; v += step) {
    ticks.push({ value: toAxis(v), label: String(Number(v.toFixed(6))) });
  }
  return ticks;
}

/** Axes, ticks and labels around a plot area. */
export function drawAxes(context: CanvasRenderingContext2D, rect: Rect, colors: ThemeColors, x: Axis, y: Axis): void {
  context.save();
  context.strokeStyle = colors.line;
  context.fillStyle = colors.text;
  context.lineWidth = 1;
  context.font = FONT;
  context.strokeRect(rect.left + 0.5, rect.top + 0.5, rect.width, rect.height);
  context.textAlign = 'center';
  context.textBaseline = 'top';
  const bottom = rect.top + rect.height;
  let lastRight = -Infinity;
  for (const tick of x.ticks) {
    const px = xOf(rect, x, tick.value);
    if (px < rect.left - 0.5 || px > rect.left + rect.width + 0.5) continue;
    context.fillRect(Math.round(px), bottom, 1, 4);
    const half = context.measureText(tick.label).width / 2;
    if (px - half < lastRight + 4) continue; // skip labels that would overlap on a narrow canvas
    context.fillText(tick.label, px, bottom + 5);
    lastRight = px + half;
  }
  context.fillText(x.label, rect.left + rect.width / 2, bottom + 18);
  context.textAlign = 'right';
  context.textBaseline = 'middle';
  for (const tick of y.ticks) {
    const py = yOf(rect, y, tick.value);
    if (py < rect.top - 0.5 || py > bottom + 0.5) continue;
    context.fillRect(rect.left - 4, Math.round(py), 4, 1);
    context.fillText(tick.label, rect.left - 6, py);
  }
  context.translate(10, rect.top + rect.height / 2);
  context.rotate(-Math.PI / 2);
  context.textAlign = 'center';
  context.fillText(y.label, 0, 0);
  context.restore();
}

/**
 * A frames × columns matrix as an image, frame m → pixel column m, matrix column c → pixel row
 * (rows − 1 − c) so that column 0 is at the bottom; colour = viridis over [min, max]. Only the
 * first `rows` columns are drawn (e.g. the bins below 4 kHz). Pure data: no canvas is made here.
 */
export function heatmapImage(matrix: FrameMatrix, min: number, max: number, rows = matrix.columns): ImageData | null {
  const { frames, data } = matrix;
  const stride = matrix.columns;
  const height = Math.min(rows, stride);
  if (frames === 0 || height === 0 || typeof ImageData === 'undefined') return null;
  const image = new ImageData(frames, height);
  const words = new Uint32Array(image.data.buffer);
  const lookup = viridisLut();
  const scale = 255 / (max - min);
  for (let m = 0; m < frames; m++) {
    const row = m * stride;
    for (let c = 0; c < height; c++) {
      const t = (data[row + c]! - min) * scale;
      words[(height - 1 - c) * frames + m] = lookup[t <= 0 ? 0 : t >= 255 ? 255 : (t + 0.5) | 0]!;
    }
  }
  return image;
}

/** One off-screen canvas per image size, shared by every canvas (an image is copied out of it at once). */
const scratches = new Map<string, HTMLCanvasElement>();

/**
 * An image scaled into a rectangle of a canvas, crisp (each cell a block) unless `smooth`.
 * drawImage cannot scale ImageData, so it goes through an off-screen canvas made once per image
 * size: one per image update would cost a new backing store and context on every slider step, and
 * one per visible canvas would be made again each time a canvas is shown.
 */
export function drawImageScaled(
  context: CanvasRenderingContext2D,
  image: ImageData,
  left: number,
  top: number,
  width: number,
  height: number,
  smooth = false,
): void {
  const key = `${image.width}x${image.height}`;
  let scratch = scratches.get(key);
  if (!scratch) {
    scratches.set(key, (scratch = document.createElement('canvas')));
    scratch.width = image.width;
    scratch.height = image.height;
  }
  scratch.getContext('2d')?.putImageData(image, 0, 0);
  context.imageSmoothingEnabled = smooth;
  context.drawImage(scratch, left, top, width, height);
  context.imageSmoothingEnabled = true;
}

/** An image stretched over a plot area without smoothing (each cell a crisp block). */
export function drawImageData(context: CanvasRenderingContext2D, image: ImageData | null, rect: Rect): void {
  if (image) drawImageScaled(context, image, rect.left, rect.top, rect.width, rect.height);
}
