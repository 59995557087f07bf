/** Canvas painting of the scene and of grid maps over it (no maths here). */
import { addViridisStops, colorIndex, viridisRgb } from '../shared/colormap';
import { GRID_COLUMNS, GRID_ROWS, SCENE, SCENE_HEIGHT, SCENE_WIDTH, type Shape } from './scene';

export interface Fit {
  scale: number;
  left: number;
  top: number;
}

/** The largest 4:3 rectangle for the scene inside width × height, centred horizontally. */
export function fitScene(width: number, height: number): Fit {
  const scale = Math.min(width / SCENE_WIDTH, height / SCENE_HEIGHT);
  return { scale, left: (width - SCENE_WIDTH * scale) / 2, top: 0 };
}

function tracePath(context: CanvasRenderingContext2D, shape: Shape): void {
  context.beginPath();
  if (shape.kind === 'rect') context.rect(shape.x, shape.y, shape.w, shape.h);
  else if (shape.kind === 'ellipse') context.ellipse(shape.cx, shape.cy, shape.rx, shape.ry, shape.angle ?? 0, 0, 2 * Math.PI);
  else {
    shape.points.forEach(([x, y], i) => (i === 0 ? context.moveTo(x, y) : context.lineTo(x, y)));
    context.closePath();
  }
}

export function paintScene(context: CanvasRenderingContext2D, fit: Fit): void {
  context.save();
  context.translate(fit.left, fit.top);
  context.scale(fit.scale, fit.scale);
  context.beginPath();
  context.rect(0, 0, SCENE_WIDTH, SCENE_HEIGHT);
  context.clip();
  for (const object of SCENE) {
    for (const part of object.parts) {
      tracePath(context, part);
      context.fillStyle = part.fill;
      context.fill();
    }
  }
  // guitar strings: drawn detail, not part of any shape
  context.strokeStyle = '#f3e6c8';
  context.lineWidth = 0.6;
  for (const dx of [-2.4, -0.8, 0.8, 2.4]) {
    context.beginPath();
    context.moveTo(179.5 + dx * 0.6, 58);
    context.lineTo(180 + dx, 188);
    context.stroke();
  }
  context.restore();
}

export type Rgba = readonly [number, number, number, number];

/** Viridis at t ∈ [0, 1] with the given opacity (0–1). */
export function viridisAt(t: number, opacity: number): Rgba {
  return [...viridisRgb(t), opacity];
}

/**
 * A grid of values over the scene, each value mapped to t = (value − min)/(max − min) and then
 * to a colour by `color(t)`. `smooth` upsamples bilinearly (a heat map), otherwise as blocks.
 */
export function paintGrid(
  context: CanvasRenderingContext2D,
  fit: Fit,
  values: ArrayLike<number>,
  min: number,
  max: number,
  color: (t: number) => Rgba,
  smooth: boolean,
): void {
  const image = new ImageData(GRID_COLUMNS, GRID_ROWS);
  for (let i = 0; i < GRID_COLUMNS * GRID_ROWS; i++) {
    const [r, g, b, a] = color(colorIndex(values[i]!, min, max) / 255);
    image.data[i * 4] = r;
    image.data[i * 4 + 1] = g;
    image.data[i * 4 + 2] = b;
    image.data[i * 4 + 3] = Math.round(255 * a);
  }
  const bitmap = document.createElement('canvas');
  bitmap.width = GRID_COLUMNS;
  bitmap.height = GRID_ROWS;
  bitmap.getContext('2d')?.putImageData(image, 0, 0);
  context.save();
  context.imageSmoothingEnabled = smooth;
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, fit.left, fit.top, SCENE_WIDTH * fit.scale, SCENE_HEIGHT * fit.scale);
  context.restore();
}

/** A ring with a white-on-dark outline (visible on any colour) and a label beside it. */
export function paintPeak(context: CanvasRenderingContext2D, fit: Fit, x: number, y: number, label: string): void {
  const px = fit.left + x * fit.scale;
  const py = fit.top + y * fit.scale;
  const radius = 11 * fit.scale;
  context.save();
  context.lineWidth = 4;
  context.strokeStyle = 'rgba(0, 0, 0, 0.75)';
  context.beginPath();
  context.arc(px, py, radius, 0, 2 * Math.PI);
  context.stroke();
  context.lineWidth = 2;
  context.strokeStyle = '#ffffff';
  context.stroke();
  context.font = '600 12px system-ui, sans-serif';
  const textWidth = context.measureText(label).width;
  const right = px + radius + 4 + textWidth + 6 <= fit.left + SCENE_WIDTH * fit.scale;
  const tx = right ? px + radius + 4 : px - radius - 4 - textWidth - 6;
  context.fillStyle = 'rgba(0, 0, 0, 0.7)';
  context.fillRect(tx, py - 9, textWidth + 6, 18);
  context.fillStyle = '#ffffff';
  context.textBaseline = 'middle';
  context.fillText(label, tx + 3, py);
  context.restore();
}

/** A horizontal colour bar with end labels, under the scene. */
export function paintLegend(
  context: CanvasRenderingContext2D,
  fit: Fit,
  y: number,
  labels: { left: string; middle?: string; right: string; title: string },
  ink: string,
): void {
  const x0 = fit.left;
  const width = SCENE_WIDTH * fit.scale;
  const titleWidth = Math.min(90, width * 0.3);
  const barX = x0 + titleWidth;
  const barWidth = width - titleWidth;
  const gradient = context.createLinearGradient(barX, 0, barX + barWidth, 0);
  addViridisStops(gradient, 16);
  context.fillStyle = gradient;
  context.fillRect(barX, y, barWidth, 8);
  context.fillStyle = ink;
  context.font = '12px system-ui, sans-serif';
  context.textBaseline = 'middle';
  context.textAlign = 'left';
  context.fillText(labels.title, x0, y + 4);
  context.textBaseline = 'top';
  context.fillText(labels.left, barX, y + 11);
  context.textAlign = 'right';
  context.fillText(labels.right, barX + barWidth, y + 11);
  if (labels.middle) {
    context.textAlign = 'center';
    context.fillText(labels.middle, barX + barWidth / 2, y + 11);
  }
  context.textAlign = 'left';
}
