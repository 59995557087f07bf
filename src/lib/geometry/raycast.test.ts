import { describe, expect, it } from 'vitest';
import { backProject, intrinsics, orbitCamera, pixelRay } from './camera';
import { runToEnd } from '../steps';
import { NO_HIT, depthMap, depthMapSteps, shadedImage, shadedImageSteps, traceRay } from './raycast';
import { boxSdf, sphereSdf, torusSdf } from './sdf';

const R = 0.8;
const D = 3;

describe('camera', () => {
  it('orbits the origin with y up, and its axes are orthonormal', () => {
    const front = orbitCamera(0, 0, D, 40);
    expect(front.position).toEqual([0, 0, D]);
    expect(front.forward).toEqual([-0, -0, -1]);
    expect(front.right).toEqual([1, 0, -0]);
    expect(front.down.map((v) => v + 0)).toEqual([0, -1, 0]);
    const cam = orbitCamera(130, -35, 2.5, 40);
    const dot = (a: readonly number[], b: readonly number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;
    expect(Math.hypot(...cam.position)).toBeCloseTo(2.5, 12);
    for (const [a, b] of [
      [cam.right, cam.down],
      [cam.down, cam.forward],
      [cam.forward, cam.right],
    ] as const)
      expect(dot(a, b)).toBeCloseTo(0, 12);
    expect(cam.position[1]).toBeLessThan(0); // pitched below the horizon
  });
});

describe('depth map by sphere tracing', () => {
  const camera = orbitCamera(0, 0, D, 40);
  const map = depthMap(sphereSdf(R), R, camera, 65, 65);
  const at = (col: number, row: number) => map.depth[row * map.width + col]!;

  it('reads camera distance − radius at the centre of a sphere seen head-on, and "no hit" where the ray misses', () => {
    expect(at(32, 32)).toBeCloseTo(D - R, 5);
    expect(at(0, 0)).toBe(NO_HIT);
    expect(at(64, 32)).toBe(NO_HIT);
    expect(map.hits).toBeGreaterThan(0);
    expect(map.hits).toBeLessThan(65 * 65);
  });

  it('matches the analytic ray–sphere distance t along every pixel’s ray (as depth Z = t·cos θ)', () => {
    const k = intrinsics(camera, 65, 65);
    let compared = 0;
    for (let row = 0; row < 65; row++) {
      for (let col = 0; col < 65; col++) {
        const ray = pixelRay(camera, k, col + 0.5, row + 0.5);
        const length = Math.hypot(...ray);
        const d = ray.map((v) => v / length);
        const b = camera.position[0] * d[0]! + camera.position[1] * d[1]! + camera.position[2] * d[2]!;
        const disc = b * b - (D * D - R * R);
        const expected = disc < 0 ? NO_HIT : (-b - Math.sqrt(disc)) / length;
        expect(at(col, row)).toBeCloseTo(expected, 4);
        if (disc >= 0) compared++;
      }
    }
    expect(compared).toBe(map.hits);
  });

  it('back-projects every pixel onto the sphere, from any viewpoint (X = (u − cx)Z/fx, Y = (v − cy)Z/fy)', () => {
    for (const cam of [camera, orbitCamera(40, 25, D, 40), orbitCamera(-150, -60, 2.2, 55)]) {
      const m = depthMap(sphereSdf(R), R, cam, 48, 40);
      for (let row = 0; row < m.height; row++) {
        for (let col = 0; col < m.width; col++) {
          const z = m.depth[row * m.width + col]!;
          if (z === NO_HIT) continue;
          expect(Math.abs(Math.hypot(...backProject(cam, m.intrinsics, col + 0.5, row + 0.5, z)) - R)).toBeLessThan(1e-3);
        }
      }
    }
  });

  it('gives a face parallel to the image one constant depth Z (not the ray length)', () => {
    const m = depthMap(boxSdf({ center: [0, 0, 0], half: [0.5, 0.5, 0.5] }), Math.sqrt(0.75), camera, 33, 33);
    const centre = m.depth[16 * 33 + 16]!;
    expect(centre).toBeCloseTo(2.5, 5);
    expect(m.depth[12 * 33 + 20]).toBeCloseTo(2.5, 5);
  });

  it('sees through the torus’s hole from above, and the top of its tube at 3 − r', () => {
    const above = orbitCamera(0, 90, D, 40);
    const m = depthMap(torusSdf(0.55, 0.25), 0.8, above, 65, 65);
    expect(m.depth[32 * 65 + 32]).toBe(NO_HIT);
    const nearest = Math.min(...Array.from(m.depth).filter((z) => z !== NO_HIT));
    expect(nearest).toBeGreaterThanOrEqual(D - 0.25 - 1e-5);
    expect(nearest).toBeLessThan(D - 0.25 + 0.01);
  });

  it('traceRay reports the first hit along a ray, or NO_HIT when it passes outside the bounding sphere', () => {
    expect(traceRay(sphereSdf(R), R, 0, 0, 5, 0, 0, -1)).toBeCloseTo(5 - R, 6);
    expect(traceRay(sphereSdf(R), R, 0, 0, 5, 0, 0, 1)).toBe(NO_HIT); // pointing away
    expect(traceRay(sphereSdf(R), R, 0, 0.81, 5, 0, 0, -1)).toBe(NO_HIT);
  });
});

describe('shaded image', () => {
  it('is brightest where the surface faces the camera and 0 where rays miss', () => {
    const image = shadedImage(sphereSdf(R), R, orbitCamera(0, 0, D, 40), 33, 33);
    expect(image[16 * 33 + 16]).toBe(255);
    expect(image[0]).toBe(0);
    expect(image[16 * 33 + 16]! > image[16 * 33 + 10]!).toBe(true);
  });
});

describe('in steps', () => {
  it('gives the same depth map and image, a step per few rows, two computations interleaved', () => {
    const torus = torusSdf(0.55, 0.25);
    const camera = orbitCamera(30, 20, D, 40);
    const depthSteps = depthMapSteps(torus, 0.8, camera, 40, 40);
    const imageSteps = shadedImageSteps(torus, 0.8, orbitCamera(120, 25, D, 40), 40, 40);
    let count = 0;
    while (!depthSteps.next().done) {
      imageSteps.next();
      count++;
    }
    expect(count).toBe(5); // 40 rows, 8 a step
    expect(runToEnd(imageSteps)).toEqual(shadedImage(torus, 0.8, orbitCamera(120, 25, D, 40), 40, 40));
    expect(runToEnd(depthMapSteps(torus, 0.8, camera, 40, 40))).toEqual(depthMap(torus, 0.8, camera, 40, 40));
  });
});
