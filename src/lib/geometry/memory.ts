/**
 * Storage of each representation, in bytes, for the layouts the demos state: float32 coordinates
 * and depths, uint32 triangle indices, 1 bit per voxel (packed), 8-bit grey images.
 */
export const FLOAT32_BYTES = 4;
export const UINT32_BYTES = 4;

/** N points × (x, y, z) × 4 bytes. */
export function pointCloudBytes(points: number): number {
  return points * 3 * FLOAT32_BYTES;
}

/** V vertices × 3 float32 + F triangles × 3 uint32 indices = 12·V + 12·F. */
export function meshBytes(vertices: number, faces: number): number {
  return vertices * 3 * FLOAT32_BYTES + faces * 3 * UINT32_BYTES;
}

/** R³ cells at `bitsPerCell` each (1: packed occupancy bits; 8: one byte per cell), rounded up to whole bytes. */
export function voxelGridBytes(resolution: number, bitsPerCell = 1): number {
  return Math.ceil((resolution ** 3 * bitsPerCell) / 8);
}

/** W × H pixels × one float32 depth. */
export function depthMapBytes(width: number, height: number): number {
  return width * height * FLOAT32_BYTES;
}

/** V views × W × H pixels × channels bytes (8 bits per channel). */
export function multiViewBytes(views: number, width: number, height: number, channels = 1): number {
  return views * width * height * channels;
}

/** An analytic implicit function: its parameters as float32. */
export function implicitBytes(parameters: number): number {
  return parameters * FLOAT32_BYTES;
}
