/**
 * MFCC from a log-mel spectrogram (lecture-facts A5; Davis & Mermelstein, IEEE Trans. ASSP 28(4),
 * 1980): c[t, n] = orthonormal DCT-II over the mel bands of log E[t, m], keeping n < nCoefficients.
 * The DCT compacts the smooth spectral envelope (formants) into the low-order coefficients and pushes
 * the pitch harmonics' ripple to higher ones. Full chain, each step a pure function:
 *   preEmphasis → stftPower → applyMelFilterbank → logMel → mfcc → lifter.
 */
import { dct2, inverseDct2 } from './dct';
import type { FrameMatrix } from './types';

/** MFCC matrix frames × nCoefficients from a log-mel matrix frames × nMels (nCoefficients ≤ nMels, default 13). */
export function mfcc(logMelSpectrogram: FrameMatrix, nCoefficients = 13): FrameMatrix {
  const { frames, columns: nMels, data } = logMelSpectrogram;
  if (nCoefficients > nMels) throw new RangeError(`nCoefficients ${nCoefficients} exceeds nMels ${nMels}`);
  const out = new Float32Array(frames * nCoefficients);
  const coefficients = new Float64Array(nCoefficients);
  for (let t = 0; t < frames; t++) {
    dct2(data.subarray(t * nMels, (t + 1) * nMels), nCoefficients, coefficients);
    out.set(coefficients, t * nCoefficients);
  }
  return { frames, columns: nCoefficients, data: out };
}

/**
 * Sinusoidal liftering c'_n = (1 + (L/2) sin(π n / L)) c_n (HTK's CEPLIFTER, default L = 22): boosts
 * the mid-order coefficients so that distances do not depend mostly on c_0…c_2.
 */
export function lifter(cepstra: FrameMatrix, liftering = 22): FrameMatrix {
  const { frames, columns, data } = cepstra;
  const out = new Float32Array(data.length);
  for (let n = 0; n < columns; n++) {
    const gain = 1 + (liftering / 2) * Math.sin((Math.PI * n) / liftering);
    for (let t = 0; t < frames; t++) out[t * columns + n] = gain * data[t * columns + n]!;
  }
  return { frames, columns, data: out };
}

/**
 * Spectral envelope from the first K cepstra of one frame: the inverse DCT of (c_0 … c_{K−1}, 0, …)
 * over nMels bands, i.e. the log-mel frame with the fast ripple (pitch harmonics) removed.
 */
export function cepstralEnvelope(coefficients: Float32Array | Float64Array, keep: number, nMels: number): Float64Array {
  return inverseDct2(coefficients.subarray(0, Math.min(keep, coefficients.length)), nMels);
}
