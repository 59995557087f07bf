/**
 * Where the 2-D embedding space appears in the SVG. The view is fitted once per starting point
 * (seed and distance): to the scattered start and the layouts training reaches at margins 0.5 and 1,
 * so a run stays in place on screen instead of rescaling while points move (larger margins spread the
 * trained points further; those beyond the edge are drawn on it). Pure.
 */
import { ITEMS, embed, initialModel, trainedModel, type DistanceKind, type Vec2 } from './embedding';

export const VIEW = 320;
/** room in pixels for the thumbnails (up-left of a picture's point) and the tag labels (right of a tag's point) */
const PAD = { left: 34, top: 34, right: 76, bottom: 24 };

export interface View {
  scale: number;
  /** the pixel position of the embedding origin */
  origin: Vec2;
}

export function fitView(seed: number, kind: DistanceKind, margins: readonly number[] = [0.5, 1], steps = 150): View {
  const models = [initialModel(seed), ...margins.map((margin) => trainedModel(seed, steps, margin, kind))];
  const points = models.flatMap((model) => ITEMS.map((item) => embed(model, item)));
  points.push([0, 0]);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = VIEW - PAD.left - PAD.right;
  const height = VIEW - PAD.top - PAD.bottom;
  const scale = Math.min(width / Math.max(maxX - minX, 1e-6), height / Math.max(maxY - minY, 1e-6), 140);
  // centre the box in the padded area (y grows upward in the space, downward on screen)
  const originX = PAD.left + width / 2 - ((minX + maxX) / 2) * scale;
  const originY = PAD.top + height / 2 + ((minY + maxY) / 2) * scale;
  return { scale, origin: [originX, originY] };
}

export function toPixels(view: View, [x, y]: Vec2): Vec2 {
  return [view.origin[0] + x * view.scale, view.origin[1] - y * view.scale];
}

export function toSpace(view: View, [px, py]: Vec2): Vec2 {
  return [(px - view.origin[0]) / view.scale, (view.origin[1] - py) / view.scale];
}
