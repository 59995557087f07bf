import { describe, expect, it } from 'vitest';
import { sphereSdf } from './sdf';
import { runToEnd } from '../steps';
import { voxelCenter, voxelize, voxelizeSteps, voxelSize, voxelVolume } from './voxels';

describe('voxelisation by cell centres', () => {
  it('a sphere of radius R/2 at R = 32 fills 17,256 cells, 2,568 of them on the surface', () => {
    const grid = voxelize(sphereSdf(1), 32, 1);
    expect(grid.occupancy.length).toBe(32_768);
    expect(grid.occupiedCount).toBe(17_256);
    expect(grid.surface.length).toBe(2_568);
    expect(Math.abs(grid.occupiedCount - (4 / 3) * Math.PI * 16 ** 3) / grid.occupiedCount).toBeLessThan(0.01);
  });

  it('approaches the sphere’s volume 4/3·π·r³ as R grows: the error shrinks at every doubling, under 1 % at 64', () => {
    const exact = (4 / 3) * Math.PI;
    const errors = [8, 16, 32, 64].map((r) => Math.abs(voxelVolume(voxelize(sphereSdf(1), r, 1)) - exact) / exact);
    for (let i = 1; i < errors.length; i++) expect(errors[i]!).toBeLessThan(errors[i - 1]!);
    expect(errors[0]!).toBeGreaterThan(0.03); // R = 8 is visibly off
    expect(errors[3]!).toBeLessThan(0.01);
    // and for a sphere that does not touch the grid's faces
    const small = (4 / 3) * Math.PI * 0.8 ** 3;
    expect(Math.abs(voxelVolume(voxelize(sphereSdf(0.8), 64, 1)) - small) / small).toBeLessThan(0.01);
  });

  it('numbers cells x fastest and places them at cell centres', () => {
    const grid = voxelize(sphereSdf(0.5), 4, 1);
    expect(voxelSize(grid)).toBe(0.5);
    expect(voxelCenter(grid, 0)).toEqual([-0.75, -0.75, -0.75]);
    expect(voxelCenter(grid, 1)).toEqual([-0.25, -0.75, -0.75]);
    expect(voxelCenter(grid, 4)).toEqual([-0.75, -0.25, -0.75]);
    expect(voxelCenter(grid, 16)).toEqual([-0.75, -0.75, -0.25]);
    // the 8 cells around the centre are at distance √3·0.25 ≈ 0.43 < 0.5: occupied, and all on the surface
    expect(grid.occupiedCount).toBe(8);
    expect(grid.surface.length).toBe(8);
  });
});

describe('voxelisation in steps', () => {
  it('gives the same grid, a few layers a step', () => {
    const steps = voxelizeSteps(sphereSdf(0.7), 48, 1);
    let count = 0;
    while (!steps.next().done) count++;
    expect(count).toBe(16); // 8,192 cells a step: 3 layers of 48²
    expect(runToEnd(voxelizeSteps(sphereSdf(0.7), 48, 1))).toEqual(voxelize(sphereSdf(0.7), 48, 1));
  });
});
