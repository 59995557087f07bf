import { describe, expect, it } from 'vitest';
import { depthMapBytes, implicitBytes, meshBytes, multiViewBytes, pointCloudBytes, voxelGridBytes } from './memory';

describe('storage in bytes', () => {
  it('follows the stated layouts', () => {
    expect(pointCloudBytes(2000)).toBe(24_000); // N × 3 × 4
    expect(meshBytes(642, 1280)).toBe(642 * 12 + 1280 * 12); // V × 12 + F × 12
    expect(meshBytes(8, 12)).toBe(240);
    expect(voxelGridBytes(32)).toBe(4096); // 32 768 cells, 1 bit each
    expect(voxelGridBytes(32, 8)).toBe(32_768);
    expect(voxelGridBytes(64)).toBe(32_768);
    expect(voxelGridBytes(128, 8)).toBe(2_097_152);
    expect(voxelGridBytes(3)).toBe(4); // 27 bits round up to 4 bytes
    expect(depthMapBytes(128, 128)).toBe(65_536); // W × H × 4
    expect(multiViewBytes(6, 96, 96)).toBe(55_296);
    expect(multiViewBytes(12, 224, 224, 3)).toBe(1_806_336);
    expect(implicitBytes(36)).toBe(144);
  });

  it('grows 8× per doubling of the voxel resolution and linearly with the point count', () => {
    expect(voxelGridBytes(64) / voxelGridBytes(32)).toBe(8);
    expect(pointCloudBytes(20_000) / pointCloudBytes(2000)).toBe(10);
  });
});
