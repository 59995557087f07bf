/**
 * Short-time Fourier transform (lecture-facts A5):
 *   X[m, k] = Σ_{n=0}^{N−1} x[n + mH] w[n] e^{−j2πkn/F},  k = 0..F/2,
 * window length N = frameSamples, hop H = hopSamples, FFT length F = fftSize ≥ N (frame zero-padded
 * at its end). Frames are not padded: frame m covers samples [mH, mH + N), and there are
 * 1 + ⌊(L − N)/H⌋ of them (0 if L < N). Bin k is at k·f_s/F Hz; frame m starts at mH/f_s s.
 * Reference: J. B. Allen & L. R. Rabiner, "A unified approach to short-time Fourier analysis and
 * synthesis", Proc. IEEE 65(11), 1977.
 */
import { int32View, powerRangeToDbInPlace } from './decibels';
import { getFft, getFftScratch, isFftSize } from './fft';
import { oneSidedBins } from './spectrum';
import type { ComplexStft, FrameMatrix, RealSignal } from './types';
import { resolveWindow, type WindowType } from './windows';

/** STFT parameters shared by every function of this module; lengths in samples. */
export interface StftOptions {
  /** Window length N in samples. */
  readonly frameSamples: number;
  /** Hop H in samples between frame starts (≥ 1). */
  readonly hopSamples: number;
  /** Window by name (periodic form, see windows.ts) or coefficients of length N; default 'hann'. */
  readonly window?: WindowType | Float64Array;
  /** FFT length F: a power of two ≥ N; default N (then N must be a power of two). */
  readonly fftSize?: number;
}

type Taps = readonly [number, number, number];

/**
 * DFT-domain taps of the periodic cosine windows: w[n] = a0 − 2a1 cos(2πn/N) + 2a2 cos(4πn/N)
 * gives X_w[k] = a0 X[k] − a1 (X[k−1] + X[k+1]) + a2 (X[k−2] + X[k+2]) when F = N (the convolution
 * form of the cosine windows, Harris 1978). The frame then goes to the FFT as a view of the signal,
 * with no copy and no multiply pass.
 */
const WINDOW_TAPS: Record<WindowType, Taps> = {
  rectangular: [1, 0, 0],
  hann: [0.5, 0.25, 0],
  hamming: [0.54, 0.23, 0],
  blackman: [0.42, 0.25, 0.04],
};

interface StftPlan {
  readonly frameSamples: number;
  readonly hopSamples: number;
  readonly fftSize: number;
  readonly bins: number;
  /** Set when the window is applied in the frequency domain (named window, F = N ≥ 8). */
  readonly taps: Taps | null;
  /** Σ w[n]. */
  readonly windowSum: number;
  /** The time-domain window; built on first use, since the frequency-domain path never needs it. */
  window(): Float64Array;
}

function planStft(options: StftOptions): StftPlan {
  const { frameSamples, hopSamples } = options;
  if (!Number.isInteger(frameSamples) || frameSamples < 1) {
    throw new RangeError(`frameSamples must be a positive integer, got ${frameSamples}`);
  }
  if (!Number.isInteger(hopSamples) || hopSamples < 1) {
    throw new RangeError(`hopSamples must be a positive integer, got ${hopSamples}`);
  }
  const fftSize = options.fftSize ?? frameSamples;
  if (!isFftSize(fftSize) || fftSize < frameSamples) {
    throw new RangeError(`fftSize must be a power of two ≥ frameSamples (${frameSamples}), got ${fftSize}`);
  }
  const spec = options.window ?? 'hann';
  const taps = typeof spec === 'string' && fftSize === frameSamples && fftSize >= 8 ? WINDOW_TAPS[spec] : null;
  let window: Float64Array | null = null;
  const getWindow = (): Float64Array => (window ??= resolveWindow(spec, frameSamples));
  let windowSum: number;
  if (taps) {
    // Σ_n cos(2πqn/N) = 0 over a whole period, so the periodic window sums to a0·N.
    windowSum = taps[0] * frameSamples;
  } else {
    const w = getWindow();
    windowSum = 0;
    for (let n = 0; n < w.length; n++) windowSum += w[n]!;
  }
  return { frameSamples, hopSamples, fftSize, bins: oneSidedBins(fftSize), taps, windowSum, window: getWindow };
}

/** Number of frames without padding: 1 + ⌊(L − N)/H⌋, or 0 when L < N. */
export function frameCount(signalLength: number, frameSamples: number, hopSamples: number): number {
  if (signalLength < frameSamples) return 0;
  return 1 + Math.floor((signalLength - frameSamples) / hopSamples);
}

/** Start time of frame m in seconds: mH / f_s. */
export function frameStartSec(frameIndex: number, hopSamples: number, sampleRateHz: number): number {
  return (frameIndex * hopSamples) / sampleRateHz;
}

/** Centre time of frame m in seconds: (mH + N/2) / f_s, the time a spectrogram column stands for. */
export function frameCenterSec(
  frameIndex: number,
  hopSamples: number,
  frameSamples: number,
  sampleRateHz: number,
): number {
  return (frameIndex * hopSamples + frameSamples / 2) / sampleRateHz;
}

/** Windowed frame m: out[n] = x[mH + n] · w[n], n = 0..N−1 (samples past the end of x read as 0). */
export function windowedFrame(
  signal: RealSignal,
  frameIndex: number,
  hopSamples: number,
  window: Float64Array,
  out: Float64Array = new Float64Array(window.length),
): Float64Array {
  const offset = frameIndex * hopSamples;
  const available = Math.max(0, Math.min(window.length, signal.length - offset));
  for (let n = 0; n < available; n++) out[n] = signal[offset + n]! * window[n]!;
  out.fill(0, available, window.length);
  return out;
}

/** All windowed frames as a frames × N matrix: row m holds x[mH + n] · w[n]. */
export function frameSignal(
  signal: RealSignal,
  options: Pick<StftOptions, 'frameSamples' | 'hopSamples' | 'window'>,
): FrameMatrix {
  const { frameSamples, hopSamples } = options;
  const window = resolveWindow(options.window ?? 'hann', frameSamples);
  const frames = frameCount(signal.length, frameSamples, hopSamples);
  const data = new Float32Array(frames * frameSamples);
  for (let m = 0; m < frames; m++) {
    const offset = m * hopSamples;
    const row = m * frameSamples;
    for (let n = 0; n < frameSamples; n++) data[row + n] = signal[offset + n]! * window[n]!;
  }
  return { frames, columns: frameSamples, data };
}

/**
 * Writes |X_w[k]|², k = 0..F/2, into data[row, row + F/2 + 1) from the unwindowed spectrum that
 * realTransform left in `spectrum`, applying the window taps. X[−k] = conj X[k] and
 * X[F/2 + j] = conj X[F/2 − j]; the mirrored bins go into the two slots past F/2 (unused scratch in
 * fft.js's output) so the inner loops have no edge cases.
 */
function windowedPowerRow(spectrum: Float64Array, half: number, taps: Taps, data: Float32Array, row: number): void {
  const [a0, a1, a2] = taps;
  spectrum[2 * half + 2] = spectrum[2 * half - 2]!;
  spectrum[2 * half + 3] = -spectrum[2 * half - 1]!;
  spectrum[2 * half + 4] = spectrum[2 * half - 4]!;
  spectrum[2 * half + 5] = -spectrum[2 * half - 3]!;
  if (a1 === 0) {
    const gain = a0 * a0;
    for (let k = 0; k <= half; k++) {
      const re = spectrum[2 * k]!;
      const im = spectrum[2 * k + 1]!;
      data[row + k] = gain * (re * re + im * im);
    }
  } else if (a2 === 0) {
    let previousRe = spectrum[2]!;
    let previousIm = -spectrum[3]!;
    let currentRe = spectrum[0]!;
    let currentIm = spectrum[1]!;
    for (let k = 0; k <= half; k++) {
      const nextRe = spectrum[2 * k + 2]!;
      const nextIm = spectrum[2 * k + 3]!;
      const re = a0 * currentRe - a1 * (previousRe + nextRe);
      const im = a0 * currentIm - a1 * (previousIm + nextIm);
      data[row + k] = re * re + im * im;
      previousRe = currentRe;
      previousIm = currentIm;
      currentRe = nextRe;
      currentIm = nextIm;
    }
  } else {
    let minus2Re = spectrum[4]!;
    let minus2Im = -spectrum[5]!;
    let minus1Re = spectrum[2]!;
    let minus1Im = -spectrum[3]!;
    let currentRe = spectrum[0]!;
    let currentIm = spectrum[1]!;
    let plus1Re = spectrum[2]!;
    let plus1Im = spectrum[3]!;
    for (let k = 0; k <= half; k++) {
      const plus2Re = spectrum[2 * k + 4]!;
      const plus2Im = spectrum[2 * k + 5]!;
      const re = a0 * currentRe - a1 * (minus1Re + plus1Re) + a2 * (minus2Re + plus2Re);
      const im = a0 * currentIm - a1 * (minus1Im + plus1Im) + a2 * (minus2Im + plus2Im);
      data[row + k] = re * re + im * im;
      minus2Re = minus1Re;
      minus2Im = minus1Im;
      minus1Re = currentRe;
      minus1Im = currentIm;
      currentRe = plus1Re;
      currentIm = plus1Im;
      plus1Re = plus2Re;
      plus1Im = plus2Im;
    }
  }
}

/** Conversion of each finished row to dB, done while the row is still in cache. */
interface RowDecibels {
  /** Int32Array view of the output, for the fast log. */
  readonly bits: Int32Array;
  /** 10 log10 P_ref. */
  readonly offsetDb: number;
  readonly floorDb: number;
}

/**
 * Fills data with the power rows |X[m, k]|² frame by frame, optionally converting each row to dB
 * right away. No buffer is allocated per frame (FFT plan and work buffers are shared per size); the
 * frequency-domain path creates one typed-array view per frame (no copy, no new buffer) to hand the
 * frame to fft.js. Returns the frame count and, with trackMax, the largest power (0 otherwise).
 */
function powerRows(
  signal: RealSignal,
  plan: StftPlan,
  data: Float32Array,
  decibels: RowDecibels | null,
  trackMax = false,
): { frames: number; maxPower: number } {
  const { frameSamples, hopSamples, fftSize, bins, taps } = plan;
  const frames = frameCount(signal.length, frameSamples, hopSamples);
  const fft = getFft(fftSize);
  const { frame: input, spectrum } = getFftScratch(fftSize);
  const half = bins - 1;
  const window = taps ? null : plan.window();
  if (window) input.fill(0, frameSamples);
  let maxPower = 0;
  for (let m = 0, offset = 0, row = 0; m < frames; m++, offset += hopSamples, row += bins) {
    if (taps) {
      fft.realTransform(spectrum, signal.subarray(offset, offset + frameSamples));
      windowedPowerRow(spectrum, half, taps, data, row);
    } else if (window) {
      for (let n = 0; n < frameSamples; n++) input[n] = signal[offset + n]! * window[n]!;
      fft.realTransform(spectrum, input);
      for (let k = 0; k <= half; k++) {
        const re = spectrum[2 * k]!;
        const im = spectrum[2 * k + 1]!;
        data[row + k] = re * re + im * im;
      }
    }
    if (trackMax) {
      for (let i = row, end = row + bins; i < end; i++) if (data[i]! > maxPower) maxPower = data[i]!;
    }
    if (decibels) powerRangeToDbInPlace(data, decibels.bits, row, row + bins, decibels.offsetDb, decibels.floorDb);
  }
  return { frames, maxPower };
}

function outputBuffer(out: Float32Array | undefined, length: number): Float32Array {
  if (!out) return new Float32Array(length);
  if (out.length < length) throw new RangeError(`output buffer has ${out.length} values, needs ${length}`);
  return out.length === length ? out : out.subarray(0, length);
}

/**
 * Power spectrogram P[m, k] = |X[m, k]|², frames × (F/2 + 1), row-major in one Float32Array
 * (see FrameMatrix). Pass `out` (length ≥ frames · bins) to reuse the output buffer.
 */
export function stftPower(signal: RealSignal, options: StftOptions, out?: Float32Array): FrameMatrix {
  const plan = planStft(options);
  const data = outputBuffer(out, frameCount(signal.length, plan.frameSamples, plan.hopSamples) * plan.bins);
  const { frames } = powerRows(signal, plan, data, null);
  return { frames, columns: plan.bins, data };
}

/** Options of `stftMagnitudeDb`. */
export interface StftDbOptions extends StftOptions {
  /**
   * The 0 dB reference, as a magnitude in |X| units:
   * - 'fullScale' (default): Σw / 2, the |X| of a unit-amplitude sinusoid on a bin centre, so a
   *   full-scale tone reads ≈ 0 dB whatever the window and N (dB re full scale);
   * - 'max': the largest |X| of the spectrogram (loudest cell 0 dB; costs one more pass);
   * - a number A_ref.
   */
  readonly reference?: number | 'fullScale' | 'max';
  /** Values below this (dB re the reference) are set to it; default −100 dB. */
  readonly floorDb?: number;
}

/**
 * Magnitude spectrogram in dB: S[m, k] = max(20 log10(|X[m, k]| / A_ref), floorDb), frames ×
 * (F/2 + 1), row-major in one Float32Array (frame m, bin k at data[m · (F/2 + 1) + k]).
 * Computed as 10 log10 |X|² with the fast log of decibels.ts (error < 0.003 dB), each row right
 * after its FFT. Pass `out` to reuse the output buffer.
 */
export function stftMagnitudeDb(signal: RealSignal, options: StftDbOptions, out?: Float32Array): FrameMatrix {
  const plan = planStft(options);
  const data = outputBuffer(out, frameCount(signal.length, plan.frameSamples, plan.hopSamples) * plan.bins);
  const bits = int32View(data);
  const floorDb = options.floorDb ?? -100;
  const reference = options.reference ?? 'fullScale';
  if (reference === 'max') {
    // The reference is known only at the end: one pass for power and maximum, one for the dB.
    const { frames, maxPower } = powerRows(signal, plan, data, null, true);
    if (maxPower > 0) powerRangeToDbInPlace(data, bits, 0, data.length, 10 * Math.log10(maxPower), floorDb);
    else data.fill(floorDb);
    return { frames, columns: plan.bins, data };
  }
  const referenceMagnitude = reference === 'fullScale' ? plan.windowSum / 2 : reference;
  if (!(referenceMagnitude > 0)) throw new RangeError(`reference must be positive, got ${referenceMagnitude}`);
  const offsetDb = 20 * Math.log10(referenceMagnitude);
  const { frames } = powerRows(signal, plan, data, { bits, offsetDb, floorDb });
  return { frames, columns: plan.bins, data };
}

/**
 * Complex STFT X[m, k] (see module comment), always windowed in the time domain (the reference
 * definition). Re and Im in Float64Array, frames × (F/2 + 1).
 */
export function stft(signal: RealSignal, options: StftOptions): ComplexStft {
  const plan = planStft(options);
  const { frameSamples, hopSamples, fftSize, bins } = plan;
  const window = plan.window();
  const frames = frameCount(signal.length, frameSamples, hopSamples);
  const re = new Float64Array(frames * bins);
  const im = new Float64Array(frames * bins);
  const fft = getFft(fftSize);
  const { frame: input, spectrum } = getFftScratch(fftSize);
  input.fill(0, frameSamples);
  for (let m = 0, offset = 0, row = 0; m < frames; m++, offset += hopSamples, row += bins) {
    for (let n = 0; n < frameSamples; n++) input[n] = signal[offset + n]! * window[n]!;
    fft.realTransform(spectrum, input);
    for (let k = 0; k < bins; k++) {
      re[row + k] = spectrum[2 * k]!;
      im[row + k] = spectrum[2 * k + 1]!;
    }
  }
  return { frames, bins, re, im, frameSamples, hopSamples, fftSize, window, signalLength: signal.length };
}

/** |X[m, k]| of a complex STFT as a frames × bins FrameMatrix. */
export function stftMagnitude(spectrogram: ComplexStft): FrameMatrix {
  const { frames, bins, re, im } = spectrogram;
  const data = new Float32Array(frames * bins);
  for (let i = 0; i < data.length; i++) data[i] = Math.hypot(re[i]!, im[i]!);
  return { frames, columns: bins, data };
}

/**
 * Samples whose window-energy sum Σ_m w²[n − mH] is below this fraction of its maximum are
 * attenuated rather than divided, so a modified STFT cannot blow up at the signal's ends; with Hann
 * this touches only the first and last ~N/16 samples.
 */
const MIN_RELATIVE_WINDOW_ENERGY = 1e-3;

/**
 * Inverse STFT by weighted overlap-add, the least-squares inverse of Griffin & Lim (IEEE Trans.
 * ASSP 32(2), 1984): each frame is inverse-transformed (Hermitian-completed; first N samples kept),
 * weighted by the synthesis window w (= the analysis window), overlap-added and normalised:
 *   y[n] = Σ_m w[n − mH] x_m[n − mH] / Σ_m w²[n − mH].
 * An unmodified STFT is inverted exactly (to rounding) wherever Σ w² ≥ 1e−3 · max, for any hop
 * H ≤ N (COLA is not needed because of the division). Samples after the last frame are 0.
 * Returns `lengthSamples` samples (default: the analysed signal's length).
 */
export function istft(spectrogram: ComplexStft, lengthSamples = spectrogram.signalLength): Float32Array {
  const { frames, bins, re, im, frameSamples, hopSamples, fftSize, window } = spectrogram;
  const covered = frames === 0 ? 0 : (frames - 1) * hopSamples + frameSamples;
  const sum = new Float64Array(covered);
  const weight = new Float64Array(covered);
  const fft = getFft(fftSize);
  const { complex: input, spectrum: output } = getFftScratch(fftSize);
  const half = fftSize / 2;
  for (let m = 0, offset = 0, row = 0; m < frames; m++, offset += hopSamples, row += bins) {
    // X[F − k] = conj X[k]; Im at DC and Nyquist is dropped so that the frame is real.
    input[0] = re[row]!;
    input[1] = 0;
    for (let k = 1; k < half; k++) {
      const r = re[row + k]!;
      const i = im[row + k]!;
      input[2 * k] = r;
      input[2 * k + 1] = i;
      input[2 * (fftSize - k)] = r;
      input[2 * (fftSize - k) + 1] = -i;
    }
    input[2 * half] = re[row + half]!;
    input[2 * half + 1] = 0;
    fft.inverseTransform(output, input);
    for (let n = 0; n < frameSamples; n++) {
      const w = window[n]!;
      sum[offset + n] = sum[offset + n]! + w * output[2 * n]!;
      weight[offset + n] = weight[offset + n]! + w * w;
    }
  }
  let maxWeight = 0;
  for (let n = 0; n < covered; n++) if (weight[n]! > maxWeight) maxWeight = weight[n]!;
  const minWeight = maxWeight * MIN_RELATIVE_WINDOW_ENERGY;
  const result = new Float32Array(lengthSamples);
  const end = Math.min(covered, lengthSamples);
  for (let n = 0; n < end; n++) {
    const w = weight[n]!;
    result[n] = sum[n]! / (w > minWeight ? w : minWeight);
  }
  return result;
}

/** Result of `checkCola`. */
export interface ColaCheck {
  /** Mean of the steady-state overlap-add sum s[n] = Σ_m w^p[n − mH]. */
  readonly meanSum: number;
  /** (max − min) / mean of s[n] over one hop; 0 for an exact COLA pair. */
  readonly relativeDeviation: number;
  /** relativeDeviation ≤ tolerance. */
  readonly satisfied: boolean;
}

/**
 * Constant overlap-add check: is s[n] = Σ_m w^p[n − mH] constant in n? p = 1 (default) is COLA
 * proper (overlap-added windowed frames rebuild the signal times a constant); p = 2 says the
 * normaliser of `istft` is constant. Periodic Hann is COLA at H = N/2 and N/4 (sum N/(2H)), Hann²
 * at N/4 but not N/2, periodic Blackman at N/3; a symmetric Hann is only approximately COLA.
 * Default tolerance 1e−10. Reference: J. O. Smith, Spectral Audio Signal Processing (online book,
 * CCRMA), chapter "Overlap-Add (OLA) STFT Processing".
 */
export function checkCola(
  window: Float64Array,
  hopSamples: number,
  options: { readonly exponent?: number; readonly tolerance?: number } = {},
): ColaCheck {
  const exponent = options.exponent ?? 1;
  const tolerance = options.tolerance ?? 1e-10;
  let min = Infinity;
  let max = -Infinity;
  let total = 0;
  for (let n = 0; n < hopSamples; n++) {
    let s = 0;
    for (let i = n; i < window.length; i += hopSamples) s += Math.pow(window[i]!, exponent);
    if (s < min) min = s;
    if (s > max) max = s;
    total += s;
  }
  const meanSum = total / hopSamples;
  const relativeDeviation = meanSum > 0 ? (max - min) / meanSum : Infinity;
  return { meanSum, relativeDeviation, satisfied: relativeDeviation <= tolerance };
}
