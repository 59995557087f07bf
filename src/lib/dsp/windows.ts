/**
 * Window functions w[n], 0 ≤ n ≤ N − 1, for the STFT.
 *
 * Two variants differ only in the cosine period D:
 * - periodic (DFT-even), D = N: one period of a length-N+1 symmetric window without its last
 *   sample. Its shifts by N/2 (Hann, Hamming) or N/3 (Blackman) add up to a constant exactly
 *   (COLA), and its DFT has its few non-zero coefficients on bin centres. The STFT uses this
 *   variant, as do librosa, scipy.signal.get_window and torch.hann_window by default.
 * - symmetric, D = N − 1: w[n] = w[N − 1 − n]; the form for FIR filter design, and the one
 *   textbooks print. It is not exactly COLA at hop N/2.
 *
 * Reference: F. J. Harris, "On the use of windows for harmonic analysis with the discrete Fourier
 * transform", Proc. IEEE 66(1), 1978.
 */

/** The windows of the demos. */
export type WindowType = 'rectangular' | 'hann' | 'hamming' | 'blackman';

/** Periodic (cosine period N, for the STFT) or symmetric (period N − 1, for filter design). */
export type WindowSymmetry = 'periodic' | 'symmetric';

/** All window types, in order of falling side-lobe level. */
export const WINDOW_TYPES: readonly WindowType[] = ['rectangular', 'hann', 'hamming', 'blackman'];

function cosinePeriod(lengthSamples: number, symmetry: WindowSymmetry): number {
  if (!Number.isInteger(lengthSamples) || lengthSamples < 1) {
    throw new RangeError(`window length must be a positive integer, got ${lengthSamples}`);
  }
  return symmetry === 'periodic' ? lengthSamples : lengthSamples - 1;
}

/**
 * Generalised cosine window w[n] = a0 − a1 cos(2πn/D) + a2 cos(4πn/D), D = N (periodic) or
 * N − 1 (symmetric). Values below 0 (−1.4e−17 at Blackman's ends, from rounding) are clamped to 0.
 */
function cosineWindow(lengthSamples: number, symmetry: WindowSymmetry, a0: number, a1: number, a2: number): Float64Array {
  const period = cosinePeriod(lengthSamples, symmetry);
  const w = new Float64Array(lengthSamples);
  if (period === 0) {
    w[0] = 1;
    return w;
  }
  const step = (2 * Math.PI) / period;
  for (let n = 0; n < lengthSamples; n++) {
    const value = a0 - a1 * Math.cos(step * n) + a2 * Math.cos(2 * step * n);
    w[n] = value > 0 ? value : 0;
  }
  return w;
}

/** Rectangular window w[n] = 1 (the implicit window of plain truncation). */
export function rectangularWindow(lengthSamples: number): Float64Array {
  cosinePeriod(lengthSamples, 'periodic');
  return new Float64Array(lengthSamples).fill(1);
}

/**
 * Hann window w[n] = 0.5 − 0.5 cos(2πn/D); w[0] = 0. D = N periodic (default), N − 1 symmetric.
 * Peak side-lobe −31.5 dB, first null ±2 bins, side-lobes fall 18 dB/octave (Harris 1978).
 */
export function hannWindow(lengthSamples: number, symmetry: WindowSymmetry = 'periodic'): Float64Array {
  return cosineWindow(lengthSamples, symmetry, 0.5, 0.5, 0);
}

/**
 * Hamming window w[n] = 0.54 − 0.46 cos(2πn/D); w[0] = 0.08 (it does not reach zero).
 * D = N periodic (default), N − 1 symmetric. 0.54/0.46 rounds the α = 25/46 that nulls the first
 * side-lobe; peak side-lobe −42.7 dB, first null ±2 bins, far side-lobes fall only 6 dB/octave.
 */
export function hammingWindow(lengthSamples: number, symmetry: WindowSymmetry = 'periodic'): Float64Array {
  return cosineWindow(lengthSamples, symmetry, 0.54, 0.46, 0);
}

/**
 * Blackman window w[n] = 0.42 − 0.5 cos(2πn/D) + 0.08 cos(4πn/D); w[0] = 0.
 * D = N periodic (default), N − 1 symmetric. Peak side-lobe −58.1 dB, first null ±3 bins.
 */
export function blackmanWindow(lengthSamples: number, symmetry: WindowSymmetry = 'periodic'): Float64Array {
  return cosineWindow(lengthSamples, symmetry, 0.42, 0.5, 0.08);
}

/** The window of the given type and length N (periodic unless asked otherwise). */
export function makeWindow(type: WindowType, lengthSamples: number, symmetry: WindowSymmetry = 'periodic'): Float64Array {
  switch (type) {
    case 'rectangular':
      return rectangularWindow(lengthSamples);
    case 'hann':
      return hannWindow(lengthSamples, symmetry);
    case 'hamming':
      return hammingWindow(lengthSamples, symmetry);
    case 'blackman':
      return blackmanWindow(lengthSamples, symmetry);
  }
}

/**
 * A window given by name (made periodic, length N) or as coefficients (checked to have length N).
 * Coefficients are used as given, not copied.
 */
export function resolveWindow(window: WindowType | Float64Array | undefined, lengthSamples: number): Float64Array {
  if (window === undefined) return hannWindow(lengthSamples);
  if (typeof window === 'string') return makeWindow(window, lengthSamples);
  if (window.length !== lengthSamples) {
    throw new RangeError(`window has ${window.length} samples, expected ${lengthSamples}`);
  }
  return window;
}
