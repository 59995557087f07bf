/** Voxelisation by the cell-centre test: a cell is occupied when the SDF at its centre is ≤ 0. */
import { runToEnd, type Steps } from '../steps';
import type { Sdf } from './types';

export interface VoxelGrid {
  /** R: cells per axis */
  readonly resolution: number;
  /** the grid spans [−halfExtent, halfExtent] on every axis */
  readonly halfExtent: number;
  /** 1 where occupied; cell (i, j, k) along (x, y, z) at index (k·R + j)·R + i */
  readonly occupancy: Uint8Array;
  readonly occupiedCount: number;
  /** indices of occupied cells with an empty 6-neighbour or on the grid's border: all a viewer can see */
  readonly surface: Uint32Array;
}

export function voxelize(sdf: Sdf, resolution: number, halfExtent: number): VoxelGrid {
  return runToEnd(voxelizeSteps(sdf, resolution, halfExtent));
}

/** Cells tested per step of `voxelizeSteps` (whole layers of the grid). */
const CELLS_PER_STEP = 8192;

/** `voxelize` in steps of a few layers (see src/lib/steps.ts): the same grid. */
export function* voxelizeSteps(sdf: Sdf, resolution: number, halfExtent: number): Steps<VoxelGrid> {
  const r = resolution;
  const layersPerStep = Math.max(1, Math.floor(CELLS_PER_STEP / (r * r)));
  const size = (2 * halfExtent) / r;
  const occupancy = new Uint8Array(r * r * r);
  let occupiedCount = 0;
  for (let k = 0; k < r; k++) {
    const z = -halfExtent + (k + 0.5) * size;
    for (let j = 0; j < r; j++) {
      const y = -halfExtent + (j + 0.5) * size;
      for (let i = 0; i < r; i++) {
        if (sdf(-halfExtent + (i + 0.5) * size, y, z) <= 0) {
          occupancy[(k * r + j) * r + i] = 1;
          occupiedCount++;
        }
      }
    }
    if ((k + 1) % layersPerStep === 0) yield;
  }
  const surface: number[] = [];
  const empty = (i: number, j: number, k: number) => i < 0 || j < 0 || k < 0 || i >= r || j >= r || k >= r || occupancy[(k * r + j) * r + i] === 0;
  for (let k = 0; k < r; k++) {
    for (let j = 0; j < r; j++) {
      for (let i = 0; i < r; i++) {
        const index = (k * r + j) * r + i;
        if (
          occupancy[index] &&
          (empty(i - 1, j, k) || empty(i + 1, j, k) || empty(i, j - 1, k) || empty(i, j + 1, k) || empty(i, j, k - 1) || empty(i, j, k + 1))
        )
          surface.push(index);
      }
    }
  }
  return { resolution, halfExtent, occupancy, occupiedCount, surface: Uint32Array.from(surface) };
}

export function voxelSize(grid: VoxelGrid): number {
  return (2 * grid.halfExtent) / grid.resolution;
}

/** The centre of cell `index`. */
export function voxelCenter(grid: VoxelGrid, index: number): [number, number, number] {
  const r = grid.resolution;
  const size = voxelSize(grid);
  const i = index % r;
  const j = Math.floor(index / r) % r;
  const k = Math.floor(index / (r * r));
  return [-grid.halfExtent + (i + 0.5) * size, -grid.halfExtent + (j + 0.5) * size, -grid.halfExtent + (k + 0.5) * size];
}

/** The volume the occupied cells fill. */
export function voxelVolume(grid: VoxelGrid): number {
  return grid.occupiedCount * voxelSize(grid) ** 3;
}
