import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../dsp/rng';
import { boxSdf, boxUnionSdf, sdfGradient, sphereSdf, torusSdf, unionSdf, type Box } from './sdf';

describe('signed distance functions', () => {
  it('give known distances', () => {
    const sphere = sphereSdf(0.8);
    expect(sphere(0, 0, 0)).toBeCloseTo(-0.8, 12);
    expect(sphere(0, 2, 0)).toBeCloseTo(1.2, 12);
    const torus = torusSdf(0.55, 0.25);
    expect(torus(0, 0, 0)).toBeCloseTo(0.3, 12); // the hole: 0.55 − 0.25 from the tube
    expect(torus(0.55, 0, 0)).toBeCloseTo(-0.25, 12); // the tube's core
    expect(torus(0, 0.25, 0.55)).toBeCloseTo(0, 12);
    const box = boxSdf({ center: [1, 0, 0], half: [0.5, 0.25, 0.25] });
    expect(box(1, 0, 0)).toBeCloseTo(-0.25, 12); // nearest faces are the thin ones
    expect(box(2, 0, 0)).toBeCloseTo(0.5, 12);
    expect(box(1.5 + 0.3, 0.25 + 0.4, 0)).toBeCloseTo(0.5, 12); // beyond an edge: the 3-4-5 triangle
    expect(unionSdf([sphereSdf(1), box])(2, 0, 0)).toBeCloseTo(0.5, 12);
  });

  it('have a unit gradient away from the medial axis (exact distances)', () => {
    const rng = mulberry32(5);
    const shapes = [sphereSdf(0.8), torusSdf(0.55, 0.25), boxSdf({ center: [0, 0, 0], half: [0.3, 0.4, 0.5] })];
    for (const sdf of shapes) {
      for (let n = 0; n < 200; n++) {
        const [x, y, z] = [rng() * 4 - 2, rng() * 4 - 2, rng() * 4 - 2];
        if (Math.abs(sdf(x, y, z)) < 0.05 || sdf(x, y, z) < 0) continue; // outside, off the surface: smooth
        const g = sdfGradient(sdf, x, y, z);
        expect(Math.hypot(...g)).toBeCloseTo(1, 3);
      }
    }
  });

  it('boxUnionSdf equals the min over the boxes’ own SDFs', () => {
    const boxes: Box[] = [
      { center: [0, 0, 0], half: [0.5, 0.08, 0.5] },
      { center: [0, 0.42, -0.42], half: [0.5, 0.42, 0.08] },
      { center: [0.43, -0.42, 0.43], half: [0.06, 0.42, 0.06] },
    ];
    const fast = boxUnionSdf(boxes);
    const plain = unionSdf(boxes.map(boxSdf));
    const rng = mulberry32(11);
    for (let n = 0; n < 2000; n++) {
      const [x, y, z] = [rng() * 3 - 1.5, rng() * 3 - 1.5, rng() * 3 - 1.5];
      expect(fast(x, y, z)).toBeCloseTo(plain(x, y, z), 12);
    }
  });
});
