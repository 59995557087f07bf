/**
 * A pinhole camera in the computer-vision convention: camera x to the right, y down, z forward
 * (the viewing direction), so that a pixel (u, v) and its depth Z back-project to
 * X = (u − cx)·Z / fx, Y = (v − cy)·Z / fy. Pixel (col, row) covers [col, col + 1) × [row, row + 1):
 * its centre is at u = col + 0.5, v = row + 0.5.
 */
import type { Vec3 } from './types';

export interface PinholeCamera {
  readonly position: Vec3;
  /** unit vectors of the camera axes in world coordinates */
  readonly right: Vec3;
  readonly down: Vec3;
  readonly forward: Vec3;
  /** vertical field of view, radians */
  readonly fovY: number;
}

export interface Intrinsics {
  readonly fx: number;
  readonly fy: number;
  readonly cx: number;
  readonly cy: number;
}

const DEG = Math.PI / 180;

/**
 * A camera `distance` from the origin looking at it, turned `yawDeg` about the vertical axis
 * (0 = on +z) and raised `pitchDeg` above the horizontal plane; world y stays up on screen.
 */
export function orbitCamera(yawDeg: number, pitchDeg: number, distance: number, fovYDeg: number): PinholeCamera {
  const yaw = yawDeg * DEG;
  const pitch = pitchDeg * DEG;
  const position: Vec3 = [distance * Math.cos(pitch) * Math.sin(yaw), distance * Math.sin(pitch), distance * Math.cos(pitch) * Math.cos(yaw)];
  const forward: Vec3 = [-position[0] / distance, -position[1] / distance, -position[2] / distance];
  const right: Vec3 = [Math.cos(yaw), 0, -Math.sin(yaw)]; // forward × world-up, normalised
  const down = cross(forward, right);
  return { position, right, down, forward, fovY: fovYDeg * DEG };
}

/** Square pixels, principal point at the image centre, the vertical field of view filling the height. */
export function intrinsics(camera: PinholeCamera, width: number, height: number): Intrinsics {
  const f = height / 2 / Math.tan(camera.fovY / 2);
  return { fx: f, fy: f, cx: width / 2, cy: height / 2 };
}

/** The ray through image point (u, v), as a direction with unit forward component (camera z = 1). */
export function pixelRay(camera: PinholeCamera, k: Intrinsics, u: number, v: number): [number, number, number] {
  const a = (u - k.cx) / k.fx;
  const b = (v - k.cy) / k.fy;
  const { right: r, down: d, forward: f } = camera;
  return [f[0] + a * r[0] + b * d[0], f[1] + a * r[1] + b * d[1], f[2] + a * r[2] + b * d[2]];
}

/** Image point (u, v) with depth Z to the 3D point in world coordinates (via camera coordinates X, Y, Z). */
export function backProject(camera: PinholeCamera, k: Intrinsics, u: number, v: number, depth: number): [number, number, number] {
  const x = ((u - k.cx) * depth) / k.fx;
  const y = ((v - k.cy) * depth) / k.fy;
  const { position: o, right: r, down: d, forward: f } = camera;
  return [o[0] + x * r[0] + y * d[0] + depth * f[0], o[1] + x * r[1] + y * d[1] + depth * f[1], o[2] + x * r[2] + y * d[2] + depth * f[2]];
}

function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}
