import { describe, expect, it } from 'vitest';
import { boxesMesh, edgeCount, eulerCharacteristic, faceCount, icosphere, signedVolume, torusMesh, vertexCount } from './mesh';

describe('meshes', () => {
  it('icosphere level k has V = 10·4^k + 2, E = 30·4^k, F = 20·4^k, and V − E + F = 2', () => {
    for (const k of [0, 1, 2, 3]) {
      const mesh = icosphere(1, k);
      expect([vertexCount(mesh), edgeCount(mesh), faceCount(mesh)]).toEqual([10 * 4 ** k + 2, 30 * 4 ** k, 20 * 4 ** k]);
      expect(eulerCharacteristic(mesh)).toBe(2);
    }
    expect([vertexCount(icosphere(1, 2)), edgeCount(icosphere(1, 2)), faceCount(icosphere(1, 2))]).toEqual([162, 480, 320]);
  });

  it('icosphere vertices lie on the sphere and its faces turn outward', () => {
    const mesh = icosphere(0.8, 3);
    for (let i = 0; i < mesh.positions.length; i += 3)
      expect(Math.hypot(mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!)).toBeCloseTo(0.8, 6);
    const exact = (4 / 3) * Math.PI * 0.8 ** 3;
    const volume = signedVolume(mesh);
    expect(volume).toBeLessThan(exact); // inscribed
    expect(volume / exact).toBeGreaterThan(0.98);
  });

  it('a torus mesh has V − E + F = 0 (one hole) and encloses about 2π²Rr²', () => {
    const mesh = torusMesh(0.55, 0.25, 48, 24);
    expect([vertexCount(mesh), faceCount(mesh)]).toEqual([48 * 24, 2 * 48 * 24]);
    expect(eulerCharacteristic(mesh)).toBe(0);
    expect(signedVolume(mesh) / (2 * Math.PI ** 2 * 0.55 * 0.25 ** 2)).toBeCloseTo(1, 1);
  });

  it('a triangulated cube is 8 − 18 + 12 = 2; separate boxes add 2 each; faces turn outward', () => {
    const cube = boxesMesh([{ center: [0, 0, 0], half: [1, 1, 1] }]);
    expect([vertexCount(cube), edgeCount(cube), faceCount(cube)]).toEqual([8, 18, 12]);
    expect(signedVolume(cube)).toBeCloseTo(8, 6);
    const three = boxesMesh([
      { center: [0, 0, 0], half: [1, 1, 1] },
      { center: [3, 0, 0], half: [0.5, 1, 2] },
      { center: [0, 3, 0], half: [1, 0.5, 0.5] },
    ]);
    expect(eulerCharacteristic(three)).toBe(6);
    expect(signedVolume(three)).toBeCloseTo(8 + 8 + 2, 5);
  });
});
