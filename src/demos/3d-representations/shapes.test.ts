import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../lib/dsp/rng';
import { eulerCharacteristic, voxelize } from '../../lib/geometry';
import { CAMERA_DISTANCE, FOV_Y_DEG, GRID_HALF_EXTENT, demoShapes, depthRange } from './shapes';

describe('the demo’s objects', () => {
  it('fit the voxel grid and the camera’s view', () => {
    const halfHeight = CAMERA_DISTANCE * Math.tan(((FOV_Y_DEG / 2) * Math.PI) / 180);
    for (const shape of Object.values(demoShapes)) {
      expect(shape.boundingRadius).toBeLessThan(halfHeight);
      const points = shape.sampleSurface(2000, mulberry32(1));
      for (const v of points) expect(Math.abs(v)).toBeLessThanOrEqual(GRID_HALF_EXTENT);
      expect(depthRange(shape).near).toBeGreaterThan(0);
    }
  });

  it('have surface samples on their SDF’s zero set', () => {
    for (const shape of Object.values(demoShapes)) {
      const points = shape.sampleSurface(3000, mulberry32(9));
      for (let i = 0; i < points.length; i += 3) expect(Math.abs(shape.sdf(points[i]!, points[i + 1]!, points[i + 2]!))).toBeLessThan(1e-6);
    }
  });

  it('have the topology their memory line states: V − E + F = 2 (sphere), 0 (torus), 6 × 2 (chair of six boxes)', () => {
    expect(eulerCharacteristic(demoShapes.sphere.mesh)).toBe(2);
    expect(eulerCharacteristic(demoShapes.torus.mesh)).toBe(0);
    expect(eulerCharacteristic(demoShapes.chair.mesh)).toBe(12);
  });

  it('lose the chair’s thin seat between cell centres at R = 8 and 12, not from 16 on', () => {
    const seatCells = (r: number) => {
      const grid = voxelize(demoShapes.chair.sdf, r, GRID_HALF_EXTENT);
      const size = (2 * GRID_HALF_EXTENT) / r;
      let count = 0;
      // cells at the seat's height, between the legs
      for (let k = 0; k < r; k++)
        for (let j = 0; j < r; j++)
          for (let i = 0; i < r; i++) {
            const [x, y, z] = [i, j, k].map((c) => -GRID_HALF_EXTENT + (c + 0.5) * size) as [number, number, number];
            if (grid.occupancy[(k * r + j) * r + i] && Math.abs(y) < 0.1 && Math.abs(x) < 0.3 && Math.abs(z) < 0.3) count++;
          }
      return count;
    };
    expect(seatCells(8)).toBe(0);
    expect(seatCells(12)).toBe(0);
    expect(seatCells(16)).toBeGreaterThan(0);
  });
});
