import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../dsp/rng';
import { eulerCharacteristic, signedVolume } from './mesh';
import { boxUnionShape, rotateShapeX, sphereShape, torusShape } from './shapes';
import type { Shape } from './shapes';

const chair = boxUnionShape([
  { center: [0, 0, 0], half: [0.5, 0.06, 0.5] },
  { center: [0, 0.42, -0.44], half: [0.5, 0.42, 0.06] },
  { center: [0.43, -0.42, 0.43], half: [0.06, 0.42, 0.06] },
  { center: [-0.43, -0.42, 0.43], half: [0.06, 0.42, 0.06] },
]);
const shapes: Record<string, Shape> = {
  sphere: sphereShape(0.8, 2),
  torus: torusShape(0.55, 0.25, 32, 16),
  chair,
  tiltedTorus: rotateShapeX(torusShape(0.55, 0.25, 32, 16), 55),
};

describe('surface sampling', () => {
  it.each(Object.entries(shapes))('puts every %s point on the surface: |f(p)| ≈ 0, inside the bounding sphere', (_, shape) => {
    const points = shape.sampleSurface(5000, mulberry32(1));
    let worst = 0;
    for (let i = 0; i < points.length; i += 3) {
      worst = Math.max(worst, Math.abs(shape.sdf(points[i]!, points[i + 1]!, points[i + 2]!)));
      expect(Math.hypot(points[i]!, points[i + 1]!, points[i + 2]!)).toBeLessThanOrEqual(shape.boundingRadius + 1e-6);
    }
    expect(worst).toBeLessThan(1e-6); // float32 rounding of coordinates near 1
  });

  it('is reproducible from the seed, and more points only add to the first ones', () => {
    const a = shapes.torus!.sampleSurface(100, mulberry32(7));
    expect(shapes.torus!.sampleSurface(100, mulberry32(7))).toEqual(a);
    expect(shapes.torus!.sampleSurface(300, mulberry32(7)).subarray(0, 300)).toEqual(a);
    expect(shapes.torus!.sampleSurface(100, mulberry32(8))).not.toEqual(a);
  });

  it('is uniform by area: half the sphere’s points above the equator; the torus’s outer half holds (π + 2)/2π of its area', () => {
    const n = 20_000;
    const sphere = shapes.sphere!.sampleSurface(n, mulberry32(3));
    let above = 0;
    for (let i = 1; i < sphere.length; i += 3) if (sphere[i]! > 0) above++;
    expect(Math.abs(above / n - 0.5)).toBeLessThan(3 * Math.sqrt(0.25 / n));
    // outer half of the tube (|x,z| > R): ∫(R + r cos v) dv over |v| < π/2 ÷ 2πR = (πR + 2r)/(2πR)
    const torus = shapes.torus!.sampleSurface(n, mulberry32(4));
    let outer = 0;
    for (let i = 0; i < torus.length; i += 3) if (Math.hypot(torus[i]!, torus[i + 2]!) > 0.55) outer++;
    const expected = (Math.PI * 0.55 + 2 * 0.25) / (2 * Math.PI * 0.55);
    expect(Math.abs(outer / n - expected)).toBeLessThan(3 * Math.sqrt((expected * (1 - expected)) / n));
  });

  it('keeps no point of a part’s face that lies inside another part', () => {
    const points = chair.sampleSurface(5000, mulberry32(2));
    for (let i = 0; i < points.length; i += 3) {
      const [x, y, z] = [points[i]!, points[i + 1]!, points[i + 2]!];
      // the legs' tops (y = 0) and the seat's top under the back are inside the solid
      expect(Math.abs(y) < 1e-9 && Math.abs(x) < 0.5 && Math.abs(z) < 0.5).toBe(false);
      expect(Math.abs(y - 0.06) < 1e-6 && z < -0.38).toBe(false);
    }
  });
});

describe('a rotated shape', () => {
  it('turns SDF, mesh and samples together: a torus tipped 90° about x stands in the xy plane', () => {
    const torus = torusShape(0.55, 0.25, 32, 16);
    const standing = rotateShapeX(torus, 90);
    expect(standing.sdf(0, 0.55, 0)).toBeCloseTo(-0.25, 12); // the tube's core, now above the origin
    expect(standing.sdf(0, 0, 0.55)).toBeCloseTo(Math.hypot(0.55, 0.55) - 0.25, 12);
    expect(standing.parameterCount).toBe(torus.parameterCount + 1);
    expect(eulerCharacteristic(standing.mesh)).toBe(0);
    expect(signedVolume(standing.mesh)).toBeCloseTo(signedVolume(torus.mesh), 4);
    for (let i = 0; i < standing.mesh.positions.length; i += 3) {
      const [x, y, z] = [standing.mesh.positions[i]!, standing.mesh.positions[i + 1]!, standing.mesh.positions[i + 2]!];
      expect(Math.abs(standing.sdf(x, y, z))).toBeLessThan(0.02); // mesh vertices lie on the surface
    }
    expect(torus.mesh.positions[4]).toBeCloseTo(0.25 * Math.sin(Math.PI / 8), 6); // the original is left as it was
  });
});
