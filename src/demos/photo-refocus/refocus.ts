/**
 * Synthetic refocusing of an all-sharp image with an exact depth map.
 *
 * Blur from the thin-lens model (the page's formula), diameter of the circle of confusion on the
 * sensor for aperture diameter A, focal length f, focus distance S1 and object distance S2:
 *   c = A · f · S1 / (S1 − f) · |1/S1 − 1/S2|,  in pixels c_px = c · (image width px / sensor width).
 *
 * Rendering (`refocusLayered`): pixels are grouped into layers of equal signed blur radius
 * (0.5 px steps of r = c_px / 2, signed by whether they lie behind or in front of the focus), and
 * composited far to near as on the page:
 *   C̃_k = (M_k ⊙ I) * h_k,  α_k = M_k * h_k,  O ← C̃_k + (1 − α_k) O,  A ← α_k + (1 − α_k) A,
 * with h_k a uniform disc of radius r_k; the result is O / A (A < 1 only where every layer is
 * partly transparent, e.g. behind a blurred edge or at the image border). Because colour and mask
 * are blurred together, a sharp object's colour never leaks into the blurred background (no halo).
 *
 * `refocusLecture` is the lecture's pipeline for comparison: a focus mask M = 1[c_px < 1 px],
 * one disc blur of the whole image, I_out = M ⊙ I + (1 − M) ⊙ blur(I). Both also come in steps
 * (`…Steps`, see src/lib/steps.ts) with the same result, for a page to run a row at a time. Pure; no DOM.
 */
import { runToEnd, type Steps } from '../../lib/steps';
import { FOCAL_LENGTH_MM, SENSOR_WIDTH_MM, type Scene } from './scene';

export interface Lens {
  /** focus distance S1 in metres */
  focus: number;
  /** aperture diameter A in millimetres (f-number N = f / A) */
  aperture: number;
}

/** Circle-of-confusion diameter on the sensor, in mm, for an object at `distance` metres. */
export function cocDiameterMm(lens: Lens, distance: number, focalLengthMm = FOCAL_LENGTH_MM): number {
  const s1 = lens.focus * 1000;
  const s2 = distance * 1000;
  return ((lens.aperture * focalLengthMm * s1) / (s1 - focalLengthMm)) * Math.abs(1 / s1 - 1 / s2);
}

/** The same diameter in pixels of an image `widthPx` wide (sensor 36 mm wide). */
export function cocDiameterPx(lens: Lens, distance: number, widthPx: number): number {
  return (cocDiameterMm(lens, distance) * widthPx) / SENSOR_WIDTH_MM;
}

/** Blur radius in pixels, positive behind the focal plane and negative in front of it. */
export function signedBlurRadius(lens: Lens, distance: number, widthPx: number): number {
  const radius = cocDiameterPx(lens, distance, widthPx) / 2;
  return distance >= lens.focus ? radius : -radius;
}

/** Radii are rounded to this step; a radius below a quarter pixel rounds to 0 (left sharp). */
export const RADIUS_STEP = 0.5;

/**
 * A uniform disc of radius r as row spans: for each dy in −R..R the half-width w(dy); the taps
 * are the pixels with dx² + dy² ≤ (r + 0.5)², so r = 0 is the single centre tap.
 */
export function discSpans(radius: number): { reach: number; halfWidths: Int32Array; taps: number } {
  const limit = (radius + 0.5) ** 2;
  const reach = Math.floor(radius + 0.5);
  const halfWidths = new Int32Array(2 * reach + 1);
  let taps = 0;
  for (let dy = -reach; dy <= reach; dy++) {
    const w = Math.floor(Math.sqrt(Math.max(0, limit - dy * dy)) + 1e-9);
    halfWidths[dy + reach] = w;
    taps += 2 * w + 1;
  }
  return { reach, halfWidths, taps };
}

interface Layer {
  radius: number;
  /** the layer's pixel indices, in increasing order */
  pixels: Int32Array;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Pixels grouped by quantised signed radius, ordered far (largest) to near. */
function layersOf(scene: Scene, lens: Lens): Layer[] {
  const { width, height, depth } = scene;
  const count = width * height;
  // signedBlurRadius(d) = k · (1/S1 − 1/d), written out to keep the per-pixel loop cheap
  const k = signedBlurRadius(lens, 2 * lens.focus, width) / (1 / lens.focus - 1 / (2 * lens.focus));
  const inverseFocus = 1 / lens.focus;
  const keys = new Int32Array(count);
  let lowest = 0;
  let highest = 0;
  for (let p = 0; p < count; p++) {
    const key = Math.round((k * (inverseFocus - 1 / depth[p]!)) / RADIUS_STEP);
    keys[p] = key;
    if (p === 0 || key < lowest) lowest = key;
    if (p === 0 || key > highest) highest = key;
  }
  // a counting sort by key: each layer's pixels end up contiguous, in increasing order
  const span = highest - lowest + 1;
  const starts = new Int32Array(span + 1);
  for (let p = 0; p < count; p++) starts[keys[p]! - lowest + 1]!++;
  for (let i = 1; i <= span; i++) starts[i]! += starts[i - 1]!;
  const next = starts.slice(0, span);
  const sorted = new Int32Array(count);
  const box = new Int32Array(4 * span);
  for (let i = 0; i < span; i++) box.set([width, -1, height, -1], 4 * i);
  for (let p = 0; p < count; p++) {
    const i = keys[p]! - lowest;
    sorted[next[i]!++] = p;
    const x = p % width;
    const y = (p - x) / width;
    if (x < box[4 * i]!) box[4 * i] = x;
    if (x > box[4 * i + 1]!) box[4 * i + 1] = x;
    if (y < box[4 * i + 2]!) box[4 * i + 2] = y;
    if (y > box[4 * i + 3]!) box[4 * i + 3] = y;
  }
  const layers: Layer[] = [];
  for (let i = span - 1; i >= 0; i--) {
    if (starts[i + 1] === starts[i]) continue;
    const key = i + lowest;
    layers.push({
      radius: Math.abs(key) * RADIUS_STEP,
      pixels: sorted.subarray(starts[i]!, starts[i + 1]!),
      x0: box[4 * i]!,
      x1: box[4 * i + 1]!,
      y0: box[4 * i + 2]!,
      y1: box[4 * i + 3]!,
    });
  }
  return layers;
}

/** Memory for one layer's prefix sums, reused from layer to layer (zeroed as a fresh array would be). */
class PrefixBuffer {
  private data = new Float64Array(0);

  take(size: number): Float64Array {
    if (this.data.length < size) this.data = new Float64Array(size);
    else this.data.fill(0, 0, size);
    return this.data;
  }
}

/**
 * Blurs one layer (its premultiplied colour and its mask) with a disc, over the layer's bounding
 * box grown by the disc's reach, and composites it over `colour`/`cover`; in steps of one row.
 */
function* compositeLayerSteps(scene: Scene, layer: Layer, colour: Float64Array, cover: Float64Array, buffer: PrefixBuffer): Steps<void> {
  const { width, height, rgb } = scene;
  if (layer.radius === 0) {
    for (const p of layer.pixels) {
      // α = 1 here: the layer replaces what lies behind, exactly
      colour[p * 3] = rgb[p * 3]!;
      colour[p * 3 + 1] = rgb[p * 3 + 1]!;
      colour[p * 3 + 2] = rgb[p * 3 + 2]!;
      cover[p] = 1;
    }
    return;
  }
  const { reach, halfWidths, taps } = discSpans(layer.radius);
  const x0 = Math.max(0, layer.x0 - reach);
  const x1 = Math.min(width - 1, layer.x1 + reach);
  const y0 = Math.max(0, layer.y0 - reach);
  const y1 = Math.min(height - 1, layer.y1 + reach);
  const boxWidth = x1 - x0 + 1;
  const boxHeight = y1 - y0 + 1;
  // masked colour and mask of the layer inside the box, then prefix sums along each row
  const stride = boxWidth + 1;
  const prefix = buffer.take(4 * stride * boxHeight);
  for (const p of layer.pixels) {
    const x = p % width;
    const y = (p - x) / width;
    const base = 4 * ((y - y0) * stride + (x - x0) + 1);
    prefix[base] = rgb[p * 3]!;
    prefix[base + 1] = rgb[p * 3 + 1]!;
    prefix[base + 2] = rgb[p * 3 + 2]!;
    prefix[base + 3] = 1;
  }
  for (let row = 0; row < boxHeight; row++) {
    let base = 4 * row * stride;
    for (let i = 1; i < stride; i++) {
      const next = base + 4;
      prefix[next]! += prefix[base]!;
      prefix[next + 1]! += prefix[base + 1]!;
      prefix[next + 2]! += prefix[base + 2]!;
      prefix[next + 3]! += prefix[base + 3]!;
      base = next;
    }
  }
  yield;
  for (let y = y0; y <= y1; y++) {
    const dyFrom = Math.max(-reach, y0 - y);
    const dyTo = Math.min(reach, y1 - y);
    for (let x = x0; x <= x1; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let dy = dyFrom; dy <= dyTo; dy++) {
        const w = halfWidths[dy + reach]!;
        const from = Math.max(x - w, x0) - x0;
        const to = Math.min(x + w, x1) - x0 + 1;
        const rowBase = 4 * (y + dy - y0) * stride;
        const hi = rowBase + 4 * to;
        const lo = rowBase + 4 * from;
        a += prefix[hi + 3]! - prefix[lo + 3]!;
        r += prefix[hi]! - prefix[lo]!;
        g += prefix[hi + 1]! - prefix[lo + 1]!;
        b += prefix[hi + 2]! - prefix[lo + 2]!;
      }
      if (a === 0) continue;
      const alpha = a / taps;
      const keep = 1 - alpha;
      const p = y * width + x;
      colour[p * 3] = r / taps + keep * colour[p * 3]!;
      colour[p * 3 + 1] = g / taps + keep * colour[p * 3 + 1]!;
      colour[p * 3 + 2] = b / taps + keep * colour[p * 3 + 2]!;
      cover[p] = alpha + keep * cover[p]!;
    }
    yield;
  }
}

export interface Refocused {
  /** sRGB 0–1, 3 per pixel */
  rgb: Float32Array;
  /** the disc radii used, far to near, and how many layers */
  layers: number;
}

/** The layered render in steps (the grouping, then each layer's prefix sums and rows). */
export function* refocusLayeredSteps(scene: Scene, lens: Lens): Steps<Refocused> {
  const { width, height } = scene;
  const colour = new Float64Array(width * height * 3);
  const cover = new Float64Array(width * height);
  const layers = layersOf(scene, lens);
  yield;
  const buffer = new PrefixBuffer();
  for (const layer of layers) yield* compositeLayerSteps(scene, layer, colour, cover, buffer);
  const rgb = new Float32Array(width * height * 3);
  for (let p = 0; p < width * height; p++) {
    const a = cover[p]!;
    rgb[p * 3] = colour[p * 3]! / a;
    rgb[p * 3 + 1] = colour[p * 3 + 1]! / a;
    rgb[p * 3 + 2] = colour[p * 3 + 2]! / a;
  }
  return { rgb, layers: layers.length };
}

export function refocusLayered(scene: Scene, lens: Lens): Refocused {
  return runToEnd(refocusLayeredSteps(scene, lens));
}

/** The one blur radius of the lecture's pipeline: the largest in the picture, in 0.5 px steps. */
export function lectureBlurRadius(scene: Scene, lens: Lens): number {
  // c grows with |1/S1 − 1/S2| as S2 moves away from S1 on either side, in floating point too
  // (every operation in cocDiameterMm is monotone), so the largest blur is at the nearest or the
  // farthest pixel: the same number as the largest over every pixel
  const [near, far] = depthExtremes(scene);
  const largest = Math.max(0, cocDiameterPx(lens, near, scene.width) / 2, cocDiameterPx(lens, far, scene.width) / 2);
  return Math.round(largest / RADIUS_STEP) * RADIUS_STEP;
}

const extremes = new WeakMap<Scene, readonly [number, number]>();

/** The nearest and farthest depth of a scene, found once per scene. */
function depthExtremes(scene: Scene): readonly [number, number] {
  let found = extremes.get(scene);
  if (!found) {
    let near = Infinity;
    let far = -Infinity;
    for (const d of scene.depth) {
      if (d < near) near = d;
      if (d > far) far = d;
    }
    extremes.set(scene, (found = [near, far]));
  }
  return found;
}

export type LectureRefocused = Refocused & { mask: Uint8Array; radius: number };

/** The lecture's pipeline in steps (the mask, the radius, then the blur's rows). */
export function* refocusLectureSteps(scene: Scene, lens: Lens): Steps<LectureRefocused> {
  const { width, height, rgb, depth } = scene;
  const mask = new Uint8Array(width * height);
  for (let p = 0; p < width * height; p++) mask[p] = cocDiameterPx(lens, depth[p]!, width) < 1 ? 1 : 0;
  yield;
  const radius = lectureBlurRadius(scene, lens);
  const pixels = new Int32Array(width * height);
  for (let p = 0; p < pixels.length; p++) pixels[p] = p;
  const whole: Layer = { radius, pixels, x0: 0, x1: width - 1, y0: 0, y1: height - 1 };
  yield;
  const colour = new Float64Array(width * height * 3);
  const cover = new Float64Array(width * height);
  yield* compositeLayerSteps(scene, whole, colour, cover, new PrefixBuffer());
  const out = new Float32Array(width * height * 3);
  for (let p = 0; p < width * height; p++) {
    for (let c = 0; c < 3; c++) out[p * 3 + c] = mask[p] ? rgb[p * 3 + c]! : colour[p * 3 + c]! / cover[p]!;
  }
  return { rgb: out, layers: 1, mask, radius };
}

/** The lecture's pipeline: sharp where the blur circle is under a pixel, one blur elsewhere. */
export function refocusLecture(scene: Scene, lens: Lens): LectureRefocused {
  return runToEnd(refocusLectureSteps(scene, lens));
}

/** The depth range whose blur circle stays under `limitPx` pixels: [near, far] in metres. */
export function sharpRange(lens: Lens, widthPx: number, limitPx = 1): { near: number; far: number } {
  const s1 = lens.focus * 1000;
  const scale = (lens.aperture * FOCAL_LENGTH_MM * s1) / (s1 - FOCAL_LENGTH_MM);
  if (scale === 0) return { near: 0, far: Infinity };
  // |1/S1 − 1/S2| < δ, in m⁻¹
  const delta = (1000 * limitPx * SENSOR_WIDTH_MM) / widthPx / scale;
  const inverse = 1 / lens.focus;
  return { near: 1 / (inverse + delta), far: inverse > delta ? 1 / (inverse - delta) : Infinity };
}
