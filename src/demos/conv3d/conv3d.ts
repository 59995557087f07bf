/**
 * 3D convolution on a small occupancy grid, written as deep-learning frameworks do it (a
 * cross-correlation, one input and one output channel):
 *   Y[x, y, z] = Σ_{i,j,k=0}^{K−1} W[i, j, k] · X[Sx + i − P, Sy + j − P, Sz + k − P]
 * with X = 0 outside the grid (zero padding P) and stride S. Output size per axis:
 *   O = ⌊(D + 2P − K) / S⌋ + 1.
 * Volumes are cubes stored x-fastest: data[x + n·(y + n·z)], y pointing up. Pure; no DOM.
 */

export interface Volume {
  size: number;
  data: Float64Array;
}

export interface Kernel {
  size: number;
  /** weights W[i, j, k] at i + K·(j + K·k) */
  weights: Float64Array;
}

export function volumeIndex(size: number, x: number, y: number, z: number): number {
  return x + size * (y + size * z);
}

export function outputSize(inputSize: number, kernelSize: number, padding: number, stride: number): number {
  return Math.floor((inputSize + 2 * padding - kernelSize) / stride) + 1;
}

export function conv3d(input: Volume, kernel: Kernel, padding: number, stride: number): Volume {
  const n = input.size;
  const k = kernel.size;
  const o = outputSize(n, k, padding, stride);
  if (o < 1) return { size: 0, data: new Float64Array(0) };
  const out = new Float64Array(o * o * o);
  for (let z = 0; z < o; z++) {
    for (let y = 0; y < o; y++) {
      for (let x = 0; x < o; x++) {
        let sum = 0;
        for (let kz = 0; kz < k; kz++) {
          const iz = stride * z + kz - padding;
          if (iz < 0 || iz >= n) continue;
          for (let ky = 0; ky < k; ky++) {
            const iy = stride * y + ky - padding;
            if (iy < 0 || iy >= n) continue;
            for (let kx = 0; kx < k; kx++) {
              const ix = stride * x + kx - padding;
              if (ix < 0 || ix >= n) continue;
              sum += kernel.weights[kx + k * (ky + k * kz)]! * input.data[ix + n * (iy + n * iz)]!;
            }
          }
        }
        out[x + o * (y + o * z)] = sum;
      }
    }
  }
  return { size: o, data: out };
}

/** Multiply-adds of one layer with C_in input channels and one output channel. */
export function multiplyAdds(inputSize: number, kernelSize: number, padding: number, stride: number, inputChannels = 1) {
  const o = outputSize(inputSize, kernelSize, padding, stride);
  const perOutput3d = kernelSize ** 3 * inputChannels;
  const perOutput2d = kernelSize ** 2 * inputChannels;
  return { outputSize: o, perOutput3d, perOutput2d, total3d: o ** 3 * perOutput3d, total2d: o ** 2 * perOutput2d };
}

/**
 * The scan order of output positions: x fastest, then z, then y (bottom layer first), so the part
 * already computed grows upwards in the picture.
 */
export function positionToOutput(position: number, o: number): { x: number; y: number; z: number } {
  return { x: position % o, z: Math.floor(position / o) % o, y: Math.floor(position / (o * o)) };
}

export function outputToPosition(x: number, y: number, z: number, o: number): number {
  return x + o * (z + o * y);
}

/** The input corner (may lie in the padding, i.e. be negative) that output (x, y, z) reads from. */
export function receptiveField(x: number, y: number, z: number, padding: number, stride: number) {
  return { x: stride * x - padding, y: stride * y - padding, z: stride * z - padding };
}

/** The K³ input values the kernel sees at an output position (0 in the padding), in kernel order. */
export function patchAt(input: Volume, kernelSize: number, corner: { x: number; y: number; z: number }): { values: Float64Array; padded: Uint8Array } {
  const values = new Float64Array(kernelSize ** 3);
  const padded = new Uint8Array(kernelSize ** 3);
  const n = input.size;
  for (let kz = 0; kz < kernelSize; kz++) {
    for (let ky = 0; ky < kernelSize; ky++) {
      for (let kx = 0; kx < kernelSize; kx++) {
        const ix = corner.x + kx;
        const iy = corner.y + ky;
        const iz = corner.z + kz;
        const index = kx + kernelSize * (ky + kernelSize * kz);
        if (ix < 0 || iy < 0 || iz < 0 || ix >= n || iy >= n || iz >= n) padded[index] = 1;
        else values[index] = input.data[ix + n * (iy + n * iz)]!;
      }
    }
  }
  return { values, padded };
}

export const SHAPES = ['chair', 'sphere', 'cube', 'dot'] as const;
export type ShapeId = (typeof SHAPES)[number];

/** A procedural shape on an n³ occupancy grid (1 inside, 0 outside). */
export function voxelShape(shape: ShapeId, n: number): Volume {
  const data = new Float64Array(n ** 3);
  const set = (x: number, y: number, z: number) => (data[volumeIndex(n, x, y, z)] = 1);
  const lo = Math.round(n * 0.2);
  const hi = n - 1 - lo;
  if (shape === 'dot') set(n >> 1, n >> 1, n >> 1);
  for (let z = 0; z < n; z++) {
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) {
        if (shape === 'cube' && x >= lo && x <= hi && y >= lo && y <= hi && z >= lo && z <= hi) set(x, y, z);
        if (shape === 'sphere') {
          const r = (n - 2) / 2;
          const c = n / 2;
          if ((x + 0.5 - c) ** 2 + (y + 0.5 - c) ** 2 + (z + 0.5 - c) ** 2 <= r * r) set(x, y, z);
        }
        if (shape === 'chair') {
          const seat = Math.round(n * 0.4);
          const inside = x >= lo && x <= hi && z >= lo && z <= hi;
          const leg = (x === lo || x === hi) && (z === lo || z === hi) && y < seat;
          const seatBoard = inside && y === seat;
          const back = inside && z === hi && y > seat && y <= n - 1;
          if (leg || seatBoard || back) set(x, y, z);
        }
      }
    }
  }
  return { size: n, data };
}

export const KERNELS = ['average', 'grad-x', 'grad-y', 'grad-z', 'laplacian'] as const;
export type KernelId = (typeof KERNELS)[number];

/** A 3 × 3 × 3 kernel as integer weights times a common scale (shown that way to the reader). */
export function kernelWeights(kernel: KernelId): { integers: Int8Array; scale: number; scaleText: string } {
  const integers = new Int8Array(27);
  for (let k = 0; k < 3; k++) {
    for (let j = 0; j < 3; j++) {
      for (let i = 0; i < 3; i++) {
        const index = i + 3 * (j + 3 * k);
        if (kernel === 'average') integers[index] = 1;
        // central difference along one axis, averaged over the 3 × 3 cross-section
        if (kernel === 'grad-x') integers[index] = i - 1;
        if (kernel === 'grad-y') integers[index] = j - 1;
        if (kernel === 'grad-z') integers[index] = k - 1;
        if (kernel === 'laplacian') {
          const offsets = Math.abs(i - 1) + Math.abs(j - 1) + Math.abs(k - 1);
          integers[index] = offsets === 0 ? -6 : offsets === 1 ? 1 : 0;
        }
      }
    }
  }
  if (kernel === 'average') return { integers, scale: 1 / 27, scaleText: '1/27' };
  if (kernel === 'laplacian') return { integers, scale: 1, scaleText: '1' };
  return { integers, scale: 1 / 18, scaleText: '1/18' };
}

export function makeKernel(kernel: KernelId): Kernel {
  const { integers, scale } = kernelWeights(kernel);
  return { size: 3, weights: Float64Array.from(integers, (w) => w * scale) };
}

/** Isometric projection (viewer towards +x, +y, +z): screen x right, screen y down, one unit per voxel. */
export function isometric(x: number, y: number, z: number): [number, number] {
  return [(x - z) * Math.cos(Math.PI / 6), (x + z) * Math.sin(Math.PI / 6) - y];
}
