/** The 2D views (depth map, multi-view images, SDF slice) drawn on a canvas in CSS pixels. */
import { NO_HIT, type DepthMap, type SdfSlice } from '../../lib/geometry';
import { VIRIDIS, colorIndex } from '../shared/colormap';
import { drawImageScaled } from '../shared/plot';
import type { ThemeColors } from '../shared/themeColors';

export interface Rect {
  x: number;
  y: number;
  side: number;
}

/** The largest centred square: where a square image goes on a canvas of any width. */
export function centredSquare(width: number, height: number): Rect {
  const side = Math.min(width, height);
  return { x: (width - side) / 2, y: (height - side) / 2, side };
}

/** Depth as viridis, near = bright yellow, far = dark purple; "no hit" pixels stay transparent. */
export function depthPixels(map: DepthMap, near: number, far: number): ImageData {
  const image = new ImageData(map.width, map.height);
  for (let i = 0; i < map.depth.length; i++) {
    const z = map.depth[i]!;
    if (z === NO_HIT) continue;
    const c = colorIndex(far - z, 0, far - near) * 3;
    setPixel(image.data, i, VIRIDIS[c]!, VIRIDIS[c + 1]!, VIRIDIS[c + 2]!);
  }
  return image;
}

export function drawDepthMap(
  context: CanvasRenderingContext2D,
  width: number,
  height: number,
  map: DepthMap,
  near: number,
  far: number,
  colors: ThemeColors | undefined,
) {
  const square = centredSquare(width, height);
  context.strokeStyle = colors?.line ?? '#888';
  context.globalAlpha = 0.5;
  context.strokeRect(square.x + 0.5, square.y + 0.5, square.side - 1, square.side - 1);
  context.globalAlpha = 1;
  // one canvas pixel per depth pixel, then scaled without smoothing: the pixel grid stays visible
  blit(context, depthPixels(map, near, far), square, false);
}

/** Each grey image's RGBA, made once: the six views are redrawn whenever the panel shows again or resizes. */
const rgbaOfGrey = new WeakMap<Uint8ClampedArray, ImageData>();

/** Grey Lambert images → RGBA; shades kept off pure white so the object stands out on a light page. */
export function greyPixels(grey: Uint8ClampedArray, size: number): ImageData {
  const known = rgbaOfGrey.get(grey);
  if (known?.width === size) return known;
  const image = new ImageData(size, size);
  for (let i = 0; i < grey.length; i++) {
    const v = grey[i]!;
    if (v === 0) continue;
    const shade = Math.round(30 + (v / 255) * 190);
    setPixel(image.data, i, shade, shade, shade);
  }
  rgbaOfGrey.set(grey, image);
  return image;
}

/** Six tiles in a 3 × 2 block (6 × 1 when the panel is wide), each labelled with its azimuth. */
export function drawMultiView(
  context: CanvasRenderingContext2D,
  width: number,
  height: number,
  images: readonly Uint8ClampedArray[],
  size: number,
  labels: readonly string[],
  colors: ThemeColors | undefined,
) {
  const gap = 6;
  const labelHeight = 16;
  const columns = width / height > 2.4 ? images.length : Math.ceil(images.length / 2);
  const rows = Math.ceil(images.length / columns);
  const side = Math.floor(Math.min((width - gap * (columns - 1)) / columns, (height - rows * labelHeight - gap * (rows - 1)) / rows));
  const left = (width - (side * columns + gap * (columns - 1))) / 2;
  const top = (height - (rows * (side + labelHeight) + gap * (rows - 1))) / 2;
  context.font = '12px system-ui, sans-serif';
  context.textAlign = 'center';
  context.textBaseline = 'top';
  images.forEach((grey, i) => {
    const x = left + (i % columns) * (side + gap);
    const y = top + Math.floor(i / columns) * (side + labelHeight + gap);
    context.strokeStyle = colors?.line ?? '#888';
    context.globalAlpha = 0.5;
    context.strokeRect(x + 0.5, y + 0.5, side - 1, side - 1);
    context.globalAlpha = 1;
    blit(context, greyPixels(grey, size), { x, y, side }, true);
    context.fillStyle = colors?.muted ?? '#666';
    context.fillText(labels[i] ?? '', x + side / 2, y + side + 2);
  });
}

/** f as viridis over [−range, range], iso-lines every `isoStep` (faint) and the zero contour (bold). */
export function drawSlice(
  context: CanvasRenderingContext2D,
  width: number,
  height: number,
  slice: SdfSlice,
  contours: { level: number; segments: Float32Array }[],
  range: number,
  colors: ThemeColors | undefined,
) {
  const square = centredSquare(width, height);
  const image = new ImageData(slice.size, slice.size);
  for (let i = 0; i < slice.values.length; i++) {
    const c = colorIndex(slice.values[i]!, -range, range) * 3;
    setPixel(image.data, i, VIRIDIS[c]!, VIRIDIS[c + 1]!, VIRIDIS[c + 2]!);
  }
  blit(context, image, square, true);
  // samples sit on the square's pixel centres: sample index s ↦ x + (s + 0.5)·side/size
  const scale = square.side / slice.size;
  context.lineCap = 'round';
  for (const { level, segments } of contours) {
    const zero = level === 0;
    context.strokeStyle = zero ? '#ffffff' : 'rgba(255, 255, 255, 0.35)';
    context.lineWidth = zero ? 2.5 : 1;
    context.beginPath();
    for (let i = 0; i < segments.length; i += 4) {
      context.moveTo(square.x + (segments[i]! + 0.5) * scale, square.y + (segments[i + 1]! + 0.5) * scale);
      context.lineTo(square.x + (segments[i + 2]! + 0.5) * scale, square.y + (segments[i + 3]! + 0.5) * scale);
    }
    context.stroke();
  }
  // in-plane axes: z to the right, y up
  context.fillStyle = colors?.text ?? '#000';
  context.font = '12px system-ui, sans-serif';
  context.textBaseline = 'alphabetic';
  // outside the square when the panel is wider than tall (labels on viridis would be hard to read)
  const outside = square.x >= 28;
  context.textAlign = outside ? 'left' : 'right';
  context.fillText('z →', outside ? square.x + square.side + 4 : square.x + square.side - 4, square.y + square.side - 4);
  context.textAlign = 'right';
  context.fillText('y ↑', outside ? square.x - 4 : square.x + 26, square.y + 12);
}

/** An opaque pixel. */
function setPixel(data: Uint8ClampedArray, pixel: number, r: number, g: number, b: number): void {
  data[pixel * 4] = r;
  data[pixel * 4 + 1] = g;
  data[pixel * 4 + 2] = b;
  data[pixel * 4 + 3] = 255;
}

/** An image scaled into `target`. */
function blit(context: CanvasRenderingContext2D, image: ImageData, target: Rect, smooth: boolean) {
  drawImageScaled(context, image, target.x, target.y, target.side, target.side, smooth);
}

/** The depth pixel under a point of the canvas (CSS pixels from its top left), or null outside the image. */
export function depthPixelAt(
  width: number,
  height: number,
  map: Pick<DepthMap, 'width' | 'height'>,
  x: number,
  y: number,
): { col: number; row: number } | null {
  const square = centredSquare(width, height);
  const col = Math.floor(((x - square.x) / square.side) * map.width);
  const row = Math.floor(((y - square.y) / square.side) * map.height);
  return col >= 0 && row >= 0 && col < map.width && row < map.height ? { col, row } : null;
}
