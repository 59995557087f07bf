/**
 * A toy conditional generator G(t, z): the phrase t ("two red circles") fixes the content (how
 * many, which colour, which shape); the Gaussian code z ∈ R⁴ fixes everything the phrase leaves
 * open (where, how big, how turned, on what background, with what outline). One phrase and many
 * z give many different, equally valid images; the same (t, z) always gives the same image.
 * Images are shape lists (drawn as SVG) and can be rasterised here for pixel statistics. Pure.
 */
import { gaussianSampler, mulberry32 } from '../../lib/dsp/rng';
import { runToEnd, type Steps } from '../../lib/steps';

export const COUNTS = ['one', 'two', 'three'] as const;
export const COLOURS = ['red', 'blue', 'green', 'yellow'] as const;
export const SHAPES = ['circle', 'square', 'triangle'] as const;
export type Count = (typeof COUNTS)[number];
export type Colour = (typeof COLOURS)[number];
export type ShapeKind = (typeof SHAPES)[number];

export interface Phrase {
  count: Count;
  colour: Colour;
  shape: ShapeKind;
}

export const Z_DIM = 4;
export type Z = readonly number[];
export type Rgb = readonly [number, number, number];

export const FILL: Record<Colour, Rgb> = {
  red: [215, 38, 61],
  blue: [31, 111, 209],
  green: [42, 157, 74],
  yellow: [242, 193, 46],
};
const OUTLINE: Rgb = [34, 34, 34];
const SAND: Rgb = [244, 233, 216];
const SKY: Rgb = [214, 234, 248];

/** What z decides, whatever the phrase says. */
export interface Style {
  /** shift of the whole group, in image units (z₁) */
  shift: readonly [number, number];
  /** each object's own nudge, in image units (z₁) */
  jitter: readonly (readonly [number, number])[];
  /** size factor (z₂) */
  scale: number;
  /** rotation in degrees (z₃) */
  rotation: number;
  /** background colour and outline width in image units (z₄) */
  background: Rgb;
  strokeWidth: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((c) => Math.round(a[c]! + (b[c]! - a[c]!) * t)) as unknown as Rgb;

export function styleOf(z: Z): Style {
  const [z1 = 0, z2 = 0, z3 = 0, z4 = 0] = z;
  return {
    shift: [0.15 * Math.tanh(z1 / 1.5), 0.1 * Math.tanh(-z1 / 2)],
    jitter: [0, 1, 2].map((k) => [0.06 * Math.sin(2.1 * z1 + 1.3 * k), 0.06 * Math.cos(1.7 * z1 + 2.1 * k)] as const),
    scale: Math.exp(0.35 * Math.tanh(z2 / 1.5)),
    rotation: 30 * z3,
    background: mix(SAND, SKY, sigmoid(1.2 * z4)),
    strokeWidth: 0.006 + 0.02 * sigmoid(-1.2 * z4),
  };
}

export interface ShapeSpec {
  kind: ShapeKind;
  cx: number;
  cy: number;
  /** half-size: the radius of a circle, half the side of a square, the circumradius of a triangle */
  size: number;
  rotation: number;
  fill: Rgb;
  stroke: Rgb;
  strokeWidth: number;
}

export interface GeneratedImage {
  background: Rgb;
  shapes: ShapeSpec[];
}

const LAYOUT: Record<Count, readonly (readonly [number, number])[]> = {
  one: [[0.5, 0.5]],
  two: [
    [0.3, 0.5],
    [0.7, 0.5],
  ],
  three: [
    [0.25, 0.64],
    [0.5, 0.33],
    [0.75, 0.64],
  ],
};
const BASE_SIZE: Record<Count, number> = { one: 0.2, two: 0.14, three: 0.11 };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** G(t, z): the phrase decides the shapes and their colour, z decides the style. */
export function generate(phrase: Phrase, z: Z): GeneratedImage {
  const style = styleOf(z);
  const size = BASE_SIZE[phrase.count] * style.scale;
  const reach = phrase.shape === 'square' ? size * Math.SQRT2 : size;
  const shapes = LAYOUT[phrase.count].map(([x, y], k): ShapeSpec => {
    const [jx, jy] = style.jitter[k]!;
    return {
      kind: phrase.shape,
      cx: clamp(x + style.shift[0] + jx, reach + 0.02, 1 - reach - 0.02),
      cy: clamp(y + style.shift[1] + jy, reach + 0.02, 1 - reach - 0.02),
      size,
      rotation: style.rotation,
      fill: FILL[phrase.colour],
      stroke: OUTLINE,
      strokeWidth: style.strokeWidth,
    };
  });
  return { background: style.background, shapes };
}

/** z ~ N(0, I), the `index`-th code drawn from `seed` (the same pair always gives the same code). */
export function sampleZ(seed: number, index: number): number[] {
  const normal = gaussianSampler(mulberry32((seed * 7919 + index * 104729) >>> 0));
  return Array.from({ length: Z_DIM }, () => normal());
}

/** A triangle's corners (pointing up before rotation). */
export function trianglePoints(shape: ShapeSpec): [number, number][] {
  const turn = (shape.rotation * Math.PI) / 180;
  return [-90, 30, 150].map((deg) => {
    const a = (deg * Math.PI) / 180 + turn;
    return [shape.cx + shape.size * Math.cos(a), shape.cy + shape.size * Math.sin(a)];
  });
}

/**
 * A shape's signed distance to its outline, negative inside and positive outside (exact for circles,
 * the max over edge lines for triangles, the rotated box norm for squares), with its geometry worked
 * out once so a raster pass does no trigonometry per pixel.
 */
export function distanceField(shape: ShapeSpec): (x: number, y: number) => number {
  const { cx, cy, size } = shape;
  if (shape.kind === 'circle') return (x, y) => Math.hypot(x - cx, y - cy) - size;
  if (shape.kind === 'square') {
    const turn = (-shape.rotation * Math.PI) / 180;
    const c = Math.cos(turn);
    const s = Math.sin(turn);
    return (x, y) => {
      const dx = x - cx;
      const dy = y - cy;
      return Math.max(Math.abs(dx * c - dy * s), Math.abs(dx * s + dy * c)) - size;
    };
  }
  // outward unit normals (ny, −nx) of the edges of a clockwise-on-screen corner list (y down)
  const corners = trianglePoints(shape);
  const e = new Float64Array(12); // per edge: a point, then the unit normal's parts
  corners.forEach(([ax, ay], i) => {
    const [bx, by] = corners[(i + 1) % 3]!;
    const length = Math.hypot(bx - ax, by - ay);
    e.set([ax, ay, (by - ay) / length, (bx - ax) / length], 4 * i);
  });
  return (x, y) => Math.max((x - e[0]!) * e[2]! - (y - e[1]!) * e[3]!, (x - e[4]!) * e[6]! - (y - e[5]!) * e[7]!, (x - e[8]!) * e[10]! - (y - e[9]!) * e[11]!);
}

export function signedDistance(shape: ShapeSpec, x: number, y: number): number {
  return distanceField(shape)(x, y);
}

type Painter = (x: number, y: number) => Rgb;

/** The colour at each point: later shapes over earlier ones, outlines centred on the edge (as SVG strokes are). */
function painter(image: GeneratedImage): Painter {
  const layers = image.shapes.map((shape) => ({ field: distanceField(shape), half: shape.strokeWidth / 2, fill: shape.fill, stroke: shape.stroke }));
  return (x, y) => {
    let colour = image.background;
    for (const layer of layers) {
      const d = layer.field(x, y);
      if (Math.abs(d) <= layer.half) colour = layer.stroke;
      else if (d < 0) colour = layer.fill;
    }
    return colour;
  };
}

export function colourAt(image: GeneratedImage, x: number, y: number): Rgb {
  return painter(image)(x, y);
}

/** RGB pixels (row-major, 3 per pixel), sampled at n × n points per pixel. */
export function rasterize(image: GeneratedImage, size: number, n = 2): Float32Array {
  return runToEnd(rasterizeSteps(image, size, n));
}

/** Pixel rows per step of `rasterizeSteps`. */
const ROWS_PER_STEP = 8;

/** `rasterize` in steps of a few rows (see src/lib/steps.ts): the same pixels. */
export function* rasterizeSteps(image: GeneratedImage, size: number, n = 2): Steps<Float32Array> {
  const paint = painter(image);
  const pixels = new Float32Array(size * size * 3);
  const weight = 1 / (n * n);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const p = (row * size + col) * 3;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = paint((col + (sx + 0.5) / n) / size, (row + (sy + 0.5) / n) / size);
          pixels[p]! += c[0] * weight;
          pixels[p + 1]! += c[1] * weight;
          pixels[p + 2]! += c[2] * weight;
        }
      }
    }
    if ((row + 1) % ROWS_PER_STEP === 0) yield;
  }
  return pixels;
}

/**
 * The pixel-wise mean of several images: what a regressor trained with the L2 loss predicts.
 * One sample per pixel is enough here: averaging many images already smooths the edges.
 */
export function meanImage(images: readonly GeneratedImage[], size: number, n = 1): Float32Array {
  return runToEnd(meanImageSteps(images, size, n));
}

/** The same mean in steps, a few rows of one image each (see src/lib/steps.ts). */
export function* meanImageSteps(images: readonly GeneratedImage[], size: number, n = 1): Steps<Float32Array> {
  const mean = new Float32Array(size * size * 3);
  for (const image of images) {
    const pixels = yield* rasterizeSteps(image, size, n);
    for (let i = 0; i < mean.length; i++) mean[i]! += pixels[i]! / images.length;
    yield;
  }
  return mean;
}
