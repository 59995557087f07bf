/**
 * A procedurally rendered photo with its exact depth map: a pinhole camera (50 mm lens, 36 mm-wide
 * sensor) 0.3 m above a checkerboard floor, three textured cards standing at 1, 2 and 4 m and a
 * lit city wall at 10 m. Every pixel is the average of 2 × 2 rays (antialiasing); its depth is
 * the distance along the optical axis of the centre ray. Pure; no DOM.
 */
import { mulberry32 } from '../../lib/dsp/rng';

export const FOCAL_LENGTH_MM = 50;
export const SENSOR_WIDTH_MM = 36;
export const CAMERA_HEIGHT_M = 0.3;
export const WALL_DEPTH_M = 10;

export interface Card {
  name: 'near' | 'middle' | 'far';
  depth: number;
  x0: number;
  x1: number;
  top: number;
}

/** Cards stand on the floor (y = −camera height) facing the camera. */
export const CARDS: readonly Card[] = [
  { name: 'near', depth: 1, x0: -0.33, x1: -0.13, top: 0.02 },
  { name: 'middle', depth: 2, x0: -0.12, x1: 0.22, top: 0.18 },
  { name: 'far', depth: 4, x0: 0.2, x1: 0.9, top: 0.45 },
];

export interface Scene {
  width: number;
  height: number;
  /** sRGB in 0–1, 3 values per pixel, row-major */
  rgb: Float32Array;
  /** metres along the optical axis */
  depth: Float32Array;
}

/** Colour of the current ray, written by the texture functions (no allocation per ray). */
const out = new Float64Array(3);
function put(r: number, g: number, b: number): void {
  out[0] = r;
  out[1] = g;
  out[2] = b;
}

/** Building tops and lit windows of the wall, fixed by a seed. */
const CITY = (() => {
  const random = mulberry32(2024);
  const heights = Array.from({ length: 40 }, () => 0.3 + random() * 2.2);
  const lit = Array.from({ length: 40 * 30 * 12 }, () => random() < 0.35);
  return { heights, lit };
})();

function wall(x: number, y: number): void {
  const block = Math.floor((x + 12) / 0.6);
  const roof = CITY.heights[((block % 40) + 40) % 40]! - CAMERA_HEIGHT_M;
  if (y > roof) {
    // a few stars: small bright points that turn into discs when out of focus
    const sx = Math.floor(x / 0.37);
    const sy = Math.floor(y / 0.29);
    const hash = Math.abs(Math.sin(sx * 12.9898 + sy * 78.233) * 43758.5453) % 1;
    const fx = x / 0.37 - sx - 0.5;
    const fy = y / 0.29 - sy - 0.5;
    if (hash > 0.8 && fx * fx + fy * fy < 0.012) return put(1, 0.97, 0.85);
    return put(0.16 + 0.05 * y, 0.2 + 0.04 * y, 0.38 + 0.06 * y);
  }
  const column = Math.floor((x + 12) / 0.12);
  const row = Math.floor((y + CAMERA_HEIGHT_M) / 0.16);
  const fx = (x + 12) / 0.12 - column;
  const fy = (y + CAMERA_HEIGHT_M) / 0.16 - row;
  const inWindow = fx > 0.3 && fx < 0.75 && fy > 0.3 && fy < 0.75;
  if (inWindow && CITY.lit[(((column * 31 + row) % CITY.lit.length) + CITY.lit.length) % CITY.lit.length]) return put(1, 0.82, 0.4);
  const shade = 0.09 + 0.03 * (((block % 3) + 3) % 3);
  put(shade, shade * 1.1, shade * 1.5);
}

function floor(x: number, z: number): void {
  if ((Math.floor(x / 0.25) + Math.floor(z / 0.25)) & 1) put(0.86, 0.82, 0.72);
  else put(0.36, 0.3, 0.27);
}

/** The card's texture at (u, v) metres from its bottom-left corner; a dark frame round the edge. */
function card(c: Card, u: number, v: number): void {
  const width = c.x1 - c.x0;
  const height = c.top + CAMERA_HEIGHT_M;
  if (u < 0.008 || v < 0.008 || width - u < 0.008 || height - v < 0.008) return put(0.08, 0.08, 0.1);
  if (c.name === 'near') return Math.floor((u + v) / 0.014) & 1 ? put(0.98, 0.55, 0.1) : put(0.12, 0.08, 0.06);
  if (c.name === 'middle') {
    const fx = u / 0.045 - Math.floor(u / 0.045) - 0.5;
    const fy = v / 0.045 - Math.floor(v / 0.045) - 0.5;
    return fx * fx + fy * fy < 0.09 ? put(0.97, 0.97, 1) : put(0.13, 0.36, 0.85);
  }
  if ((Math.floor(u / 0.07) + Math.floor(v / 0.07)) & 1) put(0.2, 0.62, 0.3);
  else put(0.93, 0.95, 0.88);
}

/**
 * Depth along the ray through image-plane point (px, py) (pixels from the centre); with `shade`,
 * its colour is left in `out`.
 */
function trace(px: number, py: number, focalPx: number, shade: boolean): number {
  const dx = px / focalPx;
  const dy = -py / focalPx;
  let depth = WALL_DEPTH_M;
  let hit: Card | 'floor' | undefined;
  if (dy < 0 && CAMERA_HEIGHT_M / -dy < depth) {
    depth = CAMERA_HEIGHT_M / -dy;
    hit = 'floor';
  }
  for (const c of CARDS) {
    if (c.depth >= depth) continue;
    const x = dx * c.depth;
    const y = dy * c.depth;
    if (x >= c.x0 && x <= c.x1 && y >= -CAMERA_HEIGHT_M && y <= c.top) {
      depth = c.depth;
      hit = c;
    }
  }
  if (shade) {
    if (hit === 'floor') floor(dx * depth, depth);
    else if (hit) card(hit, dx * depth - hit.x0, dy * depth + CAMERA_HEIGHT_M);
    else wall(dx * depth, dy * depth);
  }
  return depth;
}

/** Rays per pixel side: 2 × 2 rays smooth the card edges and the floor's checks. */
const SUB = 2;

export function renderScene(width: number, height: number): Scene {
  const focalPx = (FOCAL_LENGTH_MM / SENSOR_WIDTH_MM) * width;
  const rgb = new Float32Array(width * height * 3);
  const depth = new Float32Array(width * height);
  for (let v = 0; v < height; v++) {
    for (let u = 0; u < width; u++) {
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = 0; sy < SUB; sy++) {
        for (let sx = 0; sx < SUB; sx++) {
          trace(u + (sx + 0.5) / SUB - width / 2, v + (sy + 0.5) / SUB - height / 2, focalPx, true);
          r += out[0]!;
          g += out[1]!;
          b += out[2]!;
        }
      }
      const p = v * width + u;
      rgb[p * 3] = r / (SUB * SUB);
      rgb[p * 3 + 1] = g / (SUB * SUB);
      rgb[p * 3 + 2] = b / (SUB * SUB);
      depth[p] = trace(u + 0.5 - width / 2, v + 0.5 - height / 2, focalPx, false);
    }
  }
  return { width, height, rgb, depth };
}
