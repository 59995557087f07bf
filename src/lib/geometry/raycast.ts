/**
 * Rendering an SDF by sphere tracing (Hart 1996): along a ray, step forward by f(p), the distance
 * to the nearest surface, which can never overshoot it. Gives depth maps and shaded images.
 */
import { runToEnd, type Steps } from '../steps';
import { intrinsics, pixelRay, type Intrinsics, type PinholeCamera } from './camera';
import { sdfGradient } from './sdf';
import type { Sdf } from './types';

/** Stored for a pixel whose ray hits nothing (as depth sensors report "no return"). */
export const NO_HIT = 0;

const HIT_EPSILON = 1e-6;
const MAX_STEPS = 200;

/**
 * Distance t along the unit direction (dx, dy, dz) from (ox, oy, oz) to the first zero of `sdf`,
 * or NO_HIT. Only the part of the ray inside the sphere of `boundingRadius` is searched.
 */
export function traceRay(sdf: Sdf, boundingRadius: number, ox: number, oy: number, oz: number, dx: number, dy: number, dz: number): number {
  // enter and leave the bounding sphere: |o + t d|² = B²
  const b = ox * dx + oy * dy + oz * dz;
  const c = ox * ox + oy * oy + oz * oz - boundingRadius * boundingRadius;
  const disc = b * b - c;
  if (disc < 0) return NO_HIT;
  const root = Math.sqrt(disc);
  const exit = -b + root;
  if (exit < 0) return NO_HIT;
  let t = Math.max(0, -b - root);
  for (let step = 0; step < MAX_STEPS && t <= exit; step++) {
    const d = sdf(ox + t * dx, oy + t * dy, oz + t * dz);
    if (d < HIT_EPSILON) return t;
    t += d;
  }
  return NO_HIT;
}

export interface DepthMap {
  readonly width: number;
  readonly height: number;
  readonly intrinsics: Intrinsics;
  /** depth Z along the optical axis (camera z) of pixel (col, row) at row·width + col; NO_HIT where the ray misses */
  readonly depth: Float32Array;
  readonly hits: number;
}

/** One depth value per pixel: the visible surface only (2.5D). */
export function depthMap(sdf: Sdf, boundingRadius: number, camera: PinholeCamera, width: number, height: number): DepthMap {
  return runToEnd(depthMapSteps(sdf, boundingRadius, camera, width, height));
}

/** Rows per step of `depthMapSteps` and `shadedImageSteps`. */
const ROWS_PER_STEP = 8;

/** `depthMap` in steps of a few rows (see src/lib/steps.ts): the same map. */
export function* depthMapSteps(sdf: Sdf, boundingRadius: number, camera: PinholeCamera, width: number, height: number): Steps<DepthMap> {
  const k = intrinsics(camera, width, height);
  const depth = new Float32Array(width * height);
  const [ox, oy, oz] = camera.position;
  let hits = 0;
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const [rx, ry, rz] = pixelRay(camera, k, col + 0.5, row + 0.5);
      const length = Math.sqrt(rx * rx + ry * ry + rz * rz);
      const t = traceRay(sdf, boundingRadius, ox, oy, oz, rx / length, ry / length, rz / length);
      if (t !== NO_HIT) {
        // the ray direction has camera-z component 1/length per unit of t
        depth[row * width + col] = t / length;
        hits++;
      }
    }
    if ((row + 1) % ROWS_PER_STEP === 0) yield;
  }
  return { width, height, intrinsics: k, depth, hits };
}

/**
 * A grey image of the shape lit from the camera (Lambert): 0 where the ray misses, else
 * 1…255 = ambient + diffuse·cos θ between the surface normal and the view ray.
 */
export function shadedImage(sdf: Sdf, boundingRadius: number, camera: PinholeCamera, width: number, height: number, ambient = 0.25): Uint8ClampedArray {
  return runToEnd(shadedImageSteps(sdf, boundingRadius, camera, width, height, ambient));
}

/** `shadedImage` in steps of a few rows (see src/lib/steps.ts): the same image. */
export function* shadedImageSteps(
  sdf: Sdf,
  boundingRadius: number,
  camera: PinholeCamera,
  width: number,
  height: number,
  ambient = 0.25,
): Steps<Uint8ClampedArray> {
  const k = intrinsics(camera, width, height);
  const image = new Uint8ClampedArray(width * height);
  const [ox, oy, oz] = camera.position;
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const [rx, ry, rz] = pixelRay(camera, k, col + 0.5, row + 0.5);
      const length = Math.sqrt(rx * rx + ry * ry + rz * rz);
      const dx = rx / length;
      const dy = ry / length;
      const dz = rz / length;
      const t = traceRay(sdf, boundingRadius, ox, oy, oz, dx, dy, dz);
      if (t === NO_HIT) continue;
      const [nx, ny, nz] = sdfGradient(sdf, ox + t * dx, oy + t * dy, oz + t * dz, 1e-3);
      const n = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1;
      const cos = Math.max(0, -(nx * dx + ny * dy + nz * dz) / n);
      image[row * width + col] = Math.max(1, Math.round(255 * (ambient + (1 - ambient) * cos)));
    }
    if ((row + 1) % ROWS_PER_STEP === 0) yield;
  }
  return image;
}
