import FFT from 'fft.js';

/**
 * The part of fft.js used here, typed for typed arrays. Complex arrays are interleaved:
 * element 2k is Re X[k], element 2k + 1 is Im X[k]; transforms are unnormalised
 * (X[k] = Σ_n x[n] e^{−j2πkn/N}), `inverseTransform` divides by N.
 */
export interface FftPlan {
  readonly size: number;
  /**
   * Real-input transform. Only bins 0..size/2 of `out` (length 2·size) are written correctly;
   * the upper half is left unspecified (fft.js `completeSpectrum` would fill it; we never need it).
   */
  realTransform(out: Float64Array, data: Float32Array | Float64Array): void;
  /** Complex transform; a real Float32Array x[0..2·size) reads as z[n] = x[2n] + j x[2n + 1]. */
  transform(out: Float64Array, data: Float32Array | Float64Array): void;
  inverseTransform(out: Float64Array, data: Float64Array): void;
}

const plans = new Map<number, FftPlan>();

/** True when n is a power of two ≥ 2 (the sizes fft.js supports). */
export function isFftSize(n: number): boolean {
  return Number.isInteger(n) && n >= 2 && (n & (n - 1)) === 0;
}

/** Smallest power of two ≥ max(n, 2). */
export function nextPowerOfTwo(n: number): number {
  let size = 2;
  while (size < n) size *= 2;
  return size;
}

/**
 * The cached fft.js instance for `size` (a power of two ≥ 2). Construction builds twiddle and
 * bit-reversal tables, so instances are shared rather than rebuilt per frame or per call.
 */
export function getFft(size: number): FftPlan {
  let plan = plans.get(size);
  if (!plan) {
    if (!isFftSize(size)) throw new RangeError(`FFT size must be a power of two ≥ 2, got ${size}`);
    plan = new FFT(size) as FftPlan;
    plans.set(size, plan);
  }
  return plan;
}

/** Reusable per-size work buffers; safe to share because no function here yields mid-use. */
export interface FftScratch {
  /** Real input, length size. Callers must clear any tail they rely on being zero. */
  readonly frame: Float64Array;
  /** Interleaved complex, length 2·size. */
  readonly spectrum: Float64Array;
  /** Interleaved complex, length 2·size (input of complex transforms). */
  readonly complex: Float64Array;
}

const scratches = new Map<number, FftScratch>();

/** Shared work buffers for one FFT size, allocated once per size. */
export function getFftScratch(size: number): FftScratch {
  let scratch = scratches.get(size);
  if (!scratch) {
    scratch = {
      frame: new Float64Array(size),
      spectrum: new Float64Array(2 * size),
      complex: new Float64Array(2 * size),
    };
    scratches.set(size, scratch);
  }
  return scratch;
}

const twiddleTables = new Map<number, Float64Array>();

/**
 * cos(2πk/size) and sin(2πk/size) at [2k] and [2k + 1], k = 0..size/2, for turning the half-size
 * complex FFT of a real frame into its spectrum (`realSpectrumFromHalf` in stft.ts). The
 * quarter- and half-turn entries are set exactly (0, ±1), so X[size/2] comes out real.
 */
export function getHalfTwiddles(size: number): Float64Array {
  let table = twiddleTables.get(size);
  if (!table) {
    if (!isFftSize(size)) throw new RangeError(`FFT size must be a power of two ≥ 2, got ${size}`);
    const half = size / 2;
    table = new Float64Array(2 * half + 2);
    for (let k = 0; k <= half; k++) {
      const angle = (2 * Math.PI * k) / size;
      table[2 * k] = 2 * k === half ? 0 : k === half ? -1 : Math.cos(angle);
      table[2 * k + 1] = k === half ? 0 : 2 * k === half ? 1 : Math.sin(angle);
    }
    twiddleTables.set(size, table);
  }
  return table;
}
