import { describe, expect, it } from 'vitest';
import {
  conv3d,
  isometric,
  kernelWeights,
  KERNELS,
  makeKernel,
  multiplyAdds,
  outputSize,
  outputToPosition,
  patchAt,
  positionToOutput,
  receptiveField,
  SHAPES,
  volumeIndex,
  voxelShape,
  type Volume,
} from './conv3d';

const filled = (n: number, value: number): Volume => ({ size: n, data: new Float64Array(n ** 3).fill(value) });

describe('output size ⌊(D + 2P − K)/S⌋ + 1', () => {
  it('matches known cases', () => {
    expect(outputSize(10, 3, 0, 1)).toBe(8);
    expect(outputSize(10, 3, 1, 1)).toBe(10); // "same" padding
    expect(outputSize(10, 3, 2, 1)).toBe(12);
    expect(outputSize(10, 3, 1, 2)).toBe(5);
    expect(outputSize(10, 3, 0, 3)).toBe(3);
    expect(outputSize(64, 3, 1, 2)).toBe(32); // the page's self-check
    expect(outputSize(32, 5, 0, 2)).toBe(14); // VoxNet conv1
    expect(outputSize(14, 3, 0, 1)).toBe(12); // VoxNet conv2
  });

  it('is the size conv3d actually produces', () => {
    const input = voxelShape('chair', 10);
    for (const padding of [0, 1, 2]) {
      for (const stride of [1, 2, 3]) {
        const out = conv3d(input, makeKernel('average'), padding, stride);
        expect(out.size).toBe(outputSize(10, 3, padding, stride));
        expect(out.data.length).toBe(out.size ** 3);
      }
    }
  });
});

describe('3D convolution', () => {
  it('turns one set voxel into a 3 × 3 × 3 block of ones with an all-ones kernel', () => {
    const input = voxelShape('dot', 10);
    expect(input.data.reduce((a, b) => a + b, 0)).toBe(1);
    const ones = { size: 3, weights: new Float64Array(27).fill(1) };
    const out = conv3d(input, ones, 1, 1);
    expect(out.size).toBe(10);
    for (let z = 0; z < 10; z++) {
      for (let y = 0; y < 10; y++) {
        for (let x = 0; x < 10; x++) {
          const inBlock = Math.abs(x - 5) <= 1 && Math.abs(y - 5) <= 1 && Math.abs(z - 5) <= 1;
          expect(out.data[volumeIndex(10, x, y, z)]).toBe(inBlock ? 1 : 0);
        }
      }
    }
  });

  it('returns the impulse response: a single voxel reproduces the (flipped) kernel', () => {
    const input = voxelShape('dot', 10);
    const kernel = makeKernel('grad-x');
    const out = conv3d(input, kernel, 1, 1);
    // cross-correlation: output at 5 − (i − 1) sees the voxel through weight i
    for (let i = 0; i < 3; i++) expect(out.data[volumeIndex(10, 6 - i, 5, 5)]).toBeCloseTo(kernel.weights[i + 3 * (1 + 3 * 1)]!, 15);
  });

  it('keeps a constant grid constant inside with the average kernel, and lowers it at padded borders', () => {
    const out = conv3d(filled(8, 2.5), makeKernel('average'), 1, 1);
    for (let z = 1; z < 7; z++) for (let y = 1; y < 7; y++) for (let x = 1; x < 7; x++) expect(out.data[volumeIndex(8, x, y, z)]).toBeCloseTo(2.5, 12);
    expect(out.data[volumeIndex(8, 0, 0, 0)]).toBeCloseTo((2.5 * 8) / 27, 12); // a corner sees 2 × 2 × 2 real voxels
    expect(out.data[volumeIndex(8, 0, 4, 4)]).toBeCloseTo((2.5 * 18) / 27, 12); // a face sees 2 × 3 × 3
  });

  it('gives zero for gradient and Laplacian kernels on a constant grid (away from the padding)', () => {
    for (const id of ['grad-x', 'grad-y', 'grad-z', 'laplacian'] as const) {
      const out = conv3d(filled(6, 1), makeKernel(id), 0, 1);
      for (const value of out.data) expect(value).toBeCloseTo(0, 14);
    }
  });

  it('measures the slope of a ramp with the gradient kernel', () => {
    const ramp: Volume = { size: 6, data: new Float64Array(216) };
    for (let z = 0; z < 6; z++) for (let y = 0; y < 6; y++) for (let x = 0; x < 6; x++) ramp.data[volumeIndex(6, x, y, z)] = 3 * y;
    const out = conv3d(ramp, makeKernel('grad-y'), 0, 1);
    // Σ_j (j − 1) · 3(y + j) over 9 cross-section cells = 9 · 6 = 54, times 1/18 = 3 per voxel
    for (const value of out.data) expect(value).toBeCloseTo(3, 12);
  });

  it('samples every S-th position with stride S', () => {
    const input = voxelShape('sphere', 10);
    const full = conv3d(input, makeKernel('laplacian'), 0, 1);
    const strided = conv3d(input, makeKernel('laplacian'), 0, 2);
    for (let z = 0; z < strided.size; z++)
      for (let y = 0; y < strided.size; y++)
        for (let x = 0; x < strided.size; x++)
          expect(strided.data[volumeIndex(strided.size, x, y, z)]).toBe(full.data[volumeIndex(full.size, 2 * x, 2 * y, 2 * z)]);
  });

  it('equals Σ W · patch at every position', () => {
    const input = voxelShape('chair', 10);
    const kernel = makeKernel('grad-z');
    const out = conv3d(input, kernel, 2, 3);
    for (let position = 0; position < out.size ** 3; position++) {
      const { x, y, z } = positionToOutput(position, out.size);
      const { values } = patchAt(input, 3, receptiveField(x, y, z, 2, 3));
      const sum = values.reduce((acc, v, i) => acc + v * kernel.weights[i]!, 0);
      expect(out.data[volumeIndex(out.size, x, y, z)]).toBeCloseTo(sum, 14);
    }
  });
});

describe('multiply-adds', () => {
  it('counts K³·C_in per output for 3D and K²·C_in for 2D', () => {
    expect(multiplyAdds(10, 3, 1, 1)).toEqual({ outputSize: 10, perOutput3d: 27, perOutput2d: 9, total3d: 27_000, total2d: 900 });
    const voxnet = multiplyAdds(14, 3, 0, 1, 32);
    expect(voxnet.perOutput3d).toBe(864);
    expect(voxnet.total3d * 32).toBe(47_775_744); // the page's ≈ 47.8 million for 32 output channels
    const m = multiplyAdds(10, 3, 0, 1);
    expect(m.total3d / m.total2d).toBe(m.outputSize * 3); // O · K
  });
});

describe('shapes, kernels and scan order', () => {
  it('draws each shape inside the grid', () => {
    const counts = Object.fromEntries(SHAPES.map((shape) => [shape, voxelShape(shape, 10).data.reduce((a, b) => a + b, 0)]));
    expect(counts.dot).toBe(1);
    expect(counts.cube).toBe(6 ** 3);
    expect(counts.sphere).toBeGreaterThan(200);
    expect(counts.sphere).toBeLessThan((4 / 3) * Math.PI * 4 ** 3 * 1.15);
    expect(counts.chair).toBe(4 * 4 + 36 + 6 * 5);
  });

  it('has kernels that sum to 1 (average) or 0 (derivatives)', () => {
    for (const id of KERNELS) {
      const sum = makeKernel(id).weights.reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(id === 'average' ? 1 : 0, 14);
      const { integers, scale } = kernelWeights(id);
      expect(integers.length).toBe(27);
      expect(scale).toBeGreaterThan(0);
    }
  });

  it('round-trips positions and reads padding as zeros', () => {
    for (let p = 0; p < 1000; p += 37) {
      const { x, y, z } = positionToOutput(p, 10);
      expect(outputToPosition(x, y, z, 10)).toBe(p);
    }
    const { values, padded } = patchAt(voxelShape('cube', 10), 3, receptiveField(0, 0, 0, 1, 1));
    expect(padded.reduce((a, b) => a + b, 0)).toBe(27 - 8);
    expect(values.every((v, i) => !padded[i] || v === 0)).toBe(true);
  });

  it('projects isometrically with y up', () => {
    const [x0, y0] = isometric(0, 0, 0);
    const [x1, y1] = isometric(0, 1, 0);
    expect(x1).toBe(x0);
    expect(y1).toBe(y0 - 1);
    expect(isometric(1, 0, 1)[0]).toBeCloseTo(0, 15);
  });
});
