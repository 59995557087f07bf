/**
 * Orthonormal DCT-II and its inverse (DCT-III), by direct sums over a cached cosine table; the
 * lengths used here (M ≤ 128 mel bands) make O(M²) cheaper than any setup.
 *
 *   c_k = s_k Σ_{m=0}^{M−1} x_m cos(π k (2m + 1) / (2M)),  s_0 = √(1/M), s_k = √(2/M) for k ≥ 1.
 *
 * With this scaling the transform matrix is orthogonal: it preserves energy (Σ c² = Σ x²) and its
 * inverse is its transpose. It is scipy.fft.dct(x, type=2, norm='ortho'), the DCT of the MFCC
 * (Davis & Mermelstein, IEEE Trans. ASSP 28(4), 1980, up to scaling). A constant vector x_m = a
 * gives c_0 = a√M and c_k = 0 for k ≥ 1.
 */
import type { RealSignal } from './types';

const tables = new Map<number, Float64Array>();

/** Row-major M × M table T[k · M + m] = s_k cos(π k (2m + 1) / (2M)), cached per M. */
function dctTable(length: number): Float64Array {
  let table = tables.get(length);
  if (!table) {
    table = new Float64Array(length * length);
    const first = Math.sqrt(1 / length);
    const rest = Math.sqrt(2 / length);
    for (let k = 0; k < length; k++) {
      const s = k === 0 ? first : rest;
      for (let m = 0; m < length; m++) table[k * length + m] = s * Math.cos((Math.PI * k * (2 * m + 1)) / (2 * length));
    }
    tables.set(length, table);
  }
  return table;
}

/**
 * Orthonormal DCT-II of `input` (length M), keeping the first nCoefficients ≤ M (default M).
 * Writes into `out` when given.
 */
export function dct2(input: RealSignal, nCoefficients = input.length, out: Float64Array = new Float64Array(nCoefficients)): Float64Array {
  const length = input.length;
  if (nCoefficients > length) throw new RangeError(`nCoefficients ${nCoefficients} exceeds input length ${length}`);
  const table = dctTable(length);
  for (let k = 0; k < nCoefficients; k++) {
    let sum = 0;
    const row = k * length;
    for (let m = 0; m < length; m++) sum += table[row + m]! * input[m]!;
    out[k] = sum;
  }
  return out;
}

/**
 * Inverse of the orthonormal DCT-II (the orthonormal DCT-III): x_m = Σ_k s_k c_k cos(π k (2m + 1)/(2M)),
 * for an output of `length` M. Missing coefficients (coefficients.length < M) count as 0, which gives
 * the smoothed envelope kept by the first K cepstra.
 */
export function inverseDct2(coefficients: RealSignal, length: number, out: Float64Array = new Float64Array(length)): Float64Array {
  if (coefficients.length > length) {
    throw new RangeError(`${coefficients.length} coefficients do not fit an output of length ${length}`);
  }
  const table = dctTable(length);
  out.fill(0);
  for (let k = 0; k < coefficients.length; k++) {
    const c = coefficients[k]!;
    const row = k * length;
    for (let m = 0; m < length; m++) out[m] = out[m]! + c * table[row + m]!;
  }
  return out;
}
