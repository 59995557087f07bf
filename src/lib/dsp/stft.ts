/**
 * Short-time Fourier transform (lecture-facts A5):
 *   X[m, k] = Σ_{n=0}^{N−1} x[n + mH] w[n] e^{−j2πkn/F},  k = 0..F/2,
 * window length N = frameSamples, hop H = hopSamples, FFT length F = fftSize ≥ N (frame zero-padded
 * at its end). Frames are not padded: frame m covers samples [mH, mH + N), and there are
 * 1 + ⌊(L − N)/H⌋ of them (0 if L < N). Bin k is at k·f_s/F Hz; frame m starts at mH/f_s s.
 * Reference: J. B. Allen & L. R. Rabiner, "A unified approach to short-time Fourier analysis and
 * synthesis", Proc. IEEE 65(11), 1977.
 */
import { int32View, powerBitsToDb, powerRangeToDbInPlace } from './decibels';
import { getFft, getFftScratch, getHalfTwiddles, isFftSize } from './fft';
import { oneSidedBins } from './spectrum';
import { runToEnd, type Steps } from '../steps';
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

/*
 * The spectrum of a real frame from one complex FFT of half its length (the "two-for-one" real
 * FFT; H. V. Sorensen et al., "Real-valued fast Fourier transform algorithms", IEEE Trans. ASSP
 * 35(6), 1987). The frame x[0..F) read as z[n] = x[2n] + j·x[2n + 1], n < M = F/2, is already the
 * interleaved complex array fft.js's `transform` takes, so the frame goes in as a view, uncopied.
 * With Z = FFT_M(z), Z[M] = Z[0] (stored past the end of fft.js's output) and w = e^{−j2πk/F},
 *   Y[k] = 2X[k] = (Z[k] + conj Z[M−k]) − j w (Z[k] − conj Z[M−k]),  k = 0..M.
 * Bins k and M − k come from the same two values: with A = Z[k], B = Z[M−k], E = Re A + Re B,
 * F = Im A − Im B, O = (Im A + Im B, Re B − Re A), P + jQ = w̄·O (w̄ = cos + j sin),
 *   Y[k] = (E + P, F + Q),  Y[M − k] = (E − P, Q − F),
 * so each row function walks k up from 0 and M − k down from M together: half the loads and
 * half the loop trips. The window taps need Y[−k] = conj Y[k] and Y[M + k] = conj Y[M − k].
 * fft.js's size-M complex transform takes about 3/4 of the time of its size-F realTransform, and
 * with the pairing the split costs less than the rest saved. The factor 2 of Y goes into `gain`.
 */

/** gain · |Y[k]|², k = 0..M: no window taps (rectangular, or a window applied in the time domain). */
function plainPowerRow(z: Float64Array, half: number, twiddles: Float64Array, gain: number, target: Float32Array, at: number): void {
  for (let k = 0, i = 0, j = 2 * half; i <= j; k++, i += 2, j -= 2) {
    const ar = z[i]!;
    const ai = z[i + 1]!;
    const br = z[j]!;
    const bi = z[j + 1]!;
    const or = ai + bi;
    const oi = br - ar;
    const c = twiddles[i]!;
    const s = twiddles[i + 1]!;
    const e = ar + br;
    const f = ai - bi;
    const p = c * or + s * oi;
    const q = c * oi - s * or;
    target[at + k] = gain * ((e + p) * (e + p) + (f + q) * (f + q));
    target[at + half - k] = gain * ((e - p) * (e - p) + (q - f) * (q - f));
  }
}

/**
 * gain · |r·Y[k] − (Y[k−1] + Y[k+1])|², k = 0..M, for Hann and Hamming (r = a0/a1,
 * gain = (a1/2)²). Slides a three-bin window up from bin 0 (l…) and one down from bin M (u…). M ≥ 2.
 */
function threeTapPowerRow(z: Float64Array, half: number, twiddles: Float64Array, r: number, gain: number, target: Float32Array, at: number): void {
  // Y[0] and Y[M] are real: 2(Re Z[0] ± Im Z[0])
  let lcRe = 2 * (z[0]! + z[1]!);
  let lcIm = 0;
  let ucRe = 2 * (z[0]! - z[1]!);
  let ucIm = 0;
  // Y[1] and Y[M − 1]
  let lnRe: number;
  let lnIm: number;
  let unRe: number;
  let unIm: number;
  {
    const j = 2 * half - 2;
    const ar = z[2]!;
    const ai = z[3]!;
    const br = z[j]!;
    const bi = z[j + 1]!;
    const or = ai + bi;
    const oi = br - ar;
    const e = ar + br;
    const f = ai - bi;
    const p = twiddles[2]! * or + twiddles[3]! * oi;
    const q = twiddles[2]! * oi - twiddles[3]! * or;
    lnRe = e + p;
    lnIm = f + q;
    unRe = e - p;
    unIm = q - f;
  }
  let lpRe = lnRe;
  let lpIm = -lnIm;
  let upRe = unRe;
  let upIm = -unIm;
  const quarter = half >> 1;
  for (let k = 0, i = 4, j = 2 * half - 4; k < quarter; k++, i += 2, j -= 2) {
    let re = r * lcRe - (lpRe + lnRe);
    let im = r * lcIm - (lpIm + lnIm);
    target[at + k] = gain * (re * re + im * im);
    re = r * ucRe - (upRe + unRe);
    im = r * ucIm - (upIm + unIm);
    target[at + half - k] = gain * (re * re + im * im);
    lpRe = lcRe;
    lpIm = lcIm;
    lcRe = lnRe;
    lcIm = lnIm;
    upRe = ucRe;
    upIm = ucIm;
    ucRe = unRe;
    ucIm = unIm;
    // Y[k + 2] and Y[M − k − 2]
    const ar = z[i]!;
    const ai = z[i + 1]!;
    const br = z[j]!;
    const bi = z[j + 1]!;
    const or = ai + bi;
    const oi = br - ar;
    const c = twiddles[i]!;
    const s = twiddles[i + 1]!;
    const e = ar + br;
    const f = ai - bi;
    const p = c * or + s * oi;
    const q = c * oi - s * or;
    lnRe = e + p;
    lnIm = f + q;
    unRe = e - p;
    unIm = q - f;
  }
  // the middle bin M/2
  const re = r * lcRe - (lpRe + lnRe);
  const im = r * lcIm - (lpIm + lnIm);
  target[at + quarter] = gain * (re * re + im * im);
}

/**
 * gain · |Y[k] − r1·(Y[k−1] + Y[k+1]) + r2·(Y[k−2] + Y[k+2])|², k = 0..M, for Blackman
 * (r1 = a1/a0, r2 = a2/a0, gain = (a0/2)²): as `threeTapPowerRow` with five-bin windows
 * (…m2, …m1, …c, …p1, …p2 = Y[k−2 … k+2] going up, Y[M−k+2 … M−k−2] going down). M ≥ 4.
 */
/** Y[1], Y[M−1], Y[2], Y[M−2] (re, im) while `fiveTapPowerRow` starts its windows. */
const EDGE_BINS = new Float64Array(8);

function fiveTapPowerRow(z: Float64Array, half: number, twiddles: Float64Array, r1: number, r2: number, gain: number, target: Float32Array, at: number): void {
  let lcRe = 2 * (z[0]! + z[1]!);
  let lcIm = 0;
  let ucRe = 2 * (z[0]! - z[1]!);
  let ucIm = 0;
  const first = EDGE_BINS;
  for (let n = 1; n <= 2; n++) {
    const i = 2 * n;
    const j = 2 * (half - n);
    const ar = z[i]!;
    const ai = z[i + 1]!;
    const br = z[j]!;
    const bi = z[j + 1]!;
    const or = ai + bi;
    const oi = br - ar;
    const e = ar + br;
    const f = ai - bi;
    const p = twiddles[i]! * or + twiddles[i + 1]! * oi;
    const q = twiddles[i]! * oi - twiddles[i + 1]! * or;
    const o = 4 * (n - 1);
    first[o] = e + p;
    first[o + 1] = f + q;
    first[o + 2] = e - p;
    first[o + 3] = q - f;
  }
  let lp1Re = first[0]!;
  let lp1Im = first[1]!;
  let up1Re = first[2]!;
  let up1Im = first[3]!;
  let lp2Re = first[4]!;
  let lp2Im = first[5]!;
  let up2Re = first[6]!;
  let up2Im = first[7]!;
  let lm1Re = lp1Re;
  let lm1Im = -lp1Im;
  let lm2Re = lp2Re;
  let lm2Im = -lp2Im;
  let um1Re = up1Re;
  let um1Im = -up1Im;
  let um2Re = up2Re;
  let um2Im = -up2Im;
  const quarter = half >> 1;
  for (let k = 0, i = 6, j = 2 * half - 6; k < quarter; k++, i += 2, j -= 2) {
    let re = lcRe - r1 * (lm1Re + lp1Re) + r2 * (lm2Re + lp2Re);
    let im = lcIm - r1 * (lm1Im + lp1Im) + r2 * (lm2Im + lp2Im);
    target[at + k] = gain * (re * re + im * im);
    re = ucRe - r1 * (um1Re + up1Re) + r2 * (um2Re + up2Re);
    im = ucIm - r1 * (um1Im + up1Im) + r2 * (um2Im + up2Im);
    target[at + half - k] = gain * (re * re + im * im);
    lm2Re = lm1Re;
    lm2Im = lm1Im;
    lm1Re = lcRe;
    lm1Im = lcIm;
    lcRe = lp1Re;
    lcIm = lp1Im;
    lp1Re = lp2Re;
    lp1Im = lp2Im;
    um2Re = um1Re;
    um2Im = um1Im;
    um1Re = ucRe;
    um1Im = ucIm;
    ucRe = up1Re;
    ucIm = up1Im;
    up1Re = up2Re;
    up1Im = up2Im;
    // Y[k + 3] and Y[M − k − 3]
    const ar = z[i]!;
    const ai = z[i + 1]!;
    const br = z[j]!;
    const bi = z[j + 1]!;
    const or = ai + bi;
    const oi = br - ar;
    const c = twiddles[i]!;
    const s = twiddles[i + 1]!;
    const e = ar + br;
    const f = ai - bi;
    const p = c * or + s * oi;
    const q = c * oi - s * or;
    lp2Re = e + p;
    lp2Im = f + q;
    up2Re = e - p;
    up2Im = q - f;
  }
  const re = lcRe - r1 * (lm1Re + lp1Re) + r2 * (lm2Re + lp2Re);
  const im = lcIm - r1 * (lm1Im + lp1Im) + r2 * (lm2Im + lp2Im);
  target[at + quarter] = gain * (re * re + im * im);
}

/** Conversion of each finished row to dB, done while the row is still in cache. */
interface RowDecibels {
  /** 10 log10 P_ref. */
  readonly offsetDb: number;
  readonly floorDb: number;
}

/** A float32 row of squared magnitudes reused across calls (only bins are squared here, then converted). */
let powerRow = new Float32Array(0);
let powerRowBits: Int32Array = new Int32Array(0);

function powerRowBuffer(bins: number): { values: Float32Array; bits: Int32Array } {
  if (powerRow.length < bins) {
    powerRow = new Float32Array(bins);
    powerRowBits = int32View(powerRow);
  }
  return { values: powerRow, bits: powerRowBits };
}

/**
 * Fills data with the rows |X[m, k]|² frame by frame, or with their dB values when `decibels` is
 * given (then each row is squared into a small buffer that stays in L1 and only dB reach `data`).
 * No buffer is allocated per frame: FFT plans, twiddles and work buffers are shared per size, and
 * the frequency-domain path hands each frame to fft.js as a typed-array view. Returns the frame
 * count and, with trackMax, the largest power (0 otherwise).
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
  const half = bins - 1;
  const fft = half >= 2 ? getFft(half) : null;
  const { frame: input, spectrum: z } = getFftScratch(fftSize);
  const twiddles = getHalfTwiddles(fftSize);
  const window = taps ? null : plan.window();
  if (window) input.fill(0, frameSamples);
  const buffer = decibels ? powerRowBuffer(bins) : null;
  const target = buffer ? buffer.values : data;
  const [a0, a1, a2] = taps ?? [1, 0, 0];
  let maxPower = 0;
  for (let m = 0, offset = 0, row = 0; m < frames; m++, offset += hopSamples, row += bins) {
    const at = buffer ? 0 : row;
    let source: RealSignal = input;
    if (window) {
      for (let n = 0; n < frameSamples; n++) input[n] = signal[offset + n]! * window[n]!;
    } else {
      source = signal.subarray(offset, offset + frameSamples);
    }
    if (fft) {
      fft.transform(z, source);
      z[2 * half] = z[0]!;
      z[2 * half + 1] = z[1]!;
      if (a1 === 0) plainPowerRow(z, half, twiddles, 0.25 * a0 * a0, target, at);
      else if (a2 === 0) threeTapPowerRow(z, half, twiddles, a0 / a1, 0.25 * a1 * a1, target, at);
      else fiveTapPowerRow(z, half, twiddles, a1 / a0, a2 / a0, 0.25 * a0 * a0, target, at);
    } else {
      // F = 2: X[0] = x0 + x1, X[1] = x0 − x1
      target[at] = (input[0]! + input[1]!) ** 2;
      target[at + 1] = (input[0]! - input[1]!) ** 2;
    }
    if (trackMax) {
      for (let i = at, end = at + bins; i < end; i++) if (target[i]! > maxPower) maxPower = target[i]!;
    }
    if (buffer && decibels) powerBitsToDb(buffer.bits, 0, data, row, bins, decibels.offsetDb, decibels.floorDb);
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
  const floorDb = options.floorDb ?? -100;
  const reference = options.reference ?? 'fullScale';
  if (reference === 'max') {
    // The reference is known only at the end: one pass for power and maximum, one for the dB.
    const { frames, maxPower } = powerRows(signal, plan, data, null, true);
    if (maxPower > 0) powerRangeToDbInPlace(data, int32View(data), 0, data.length, 10 * Math.log10(maxPower), floorDb);
    else data.fill(floorDb);
    return { frames, columns: plan.bins, data };
  }
  const referenceMagnitude = reference === 'fullScale' ? plan.windowSum / 2 : reference;
  if (!(referenceMagnitude > 0)) throw new RangeError(`reference must be positive, got ${referenceMagnitude}`);
  const offsetDb = 20 * Math.log10(referenceMagnitude);
  const { frames } = powerRows(signal, plan, data, { offsetDb, floorDb });
  return { frames, columns: plan.bins, data };
}

/**
 * Complex STFT X[m, k] (see module comment), always windowed in the time domain (the reference
 * definition). Re and Im in Float64Array, frames × (F/2 + 1).
 */
export function stft(signal: RealSignal, options: StftOptions): ComplexStft {
  return runToEnd(stftSteps(signal, options));
}

/** Frames per step of `stftSteps` and `istftSteps`. */
const FRAMES_PER_STEP = 32;

/** `stft` in steps of a few frames (see src/lib/steps.ts): the same result. */
export function* stftSteps(signal: RealSignal, options: StftOptions): Steps<ComplexStft> {
  const plan = planStft(options);
  const { frameSamples, hopSamples, fftSize, bins } = plan;
  const window = plan.window();
  const frames = frameCount(signal.length, frameSamples, hopSamples);
  const re = new Float64Array(frames * bins);
  const im = new Float64Array(frames * bins);
  const fft = getFft(fftSize);
  const { frame: input, spectrum } = getFftScratch(fftSize);
  for (let first = 0; first < frames; first += FRAMES_PER_STEP) {
    // the scratch is shared: its zero padding is laid again after every pause
    input.fill(0, frameSamples);
    const last = Math.min(frames, first + FRAMES_PER_STEP);
    for (let m = first, offset = first * hopSamples, row = first * bins; m < last; m++, offset += hopSamples, row += bins) {
      for (let n = 0; n < frameSamples; n++) input[n] = signal[offset + n]! * window[n]!;
      fft.realTransform(spectrum, input);
      for (let k = 0; k < bins; k++) {
        re[row + k] = spectrum[2 * k]!;
        im[row + k] = spectrum[2 * k + 1]!;
      }
    }
    if (last < frames) yield;
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
  return runToEnd(istftSteps(spectrogram, lengthSamples));
}

/** `istft` in steps of a few frames (see src/lib/steps.ts): the same result. */
export function* istftSteps(spectrogram: ComplexStft, lengthSamples = spectrogram.signalLength): Steps<Float32Array> {
  const { frames, bins, re, im, frameSamples, hopSamples, fftSize, window } = spectrogram;
  const covered = frames === 0 ? 0 : (frames - 1) * hopSamples + frameSamples;
  const sum = new Float64Array(covered);
  const weight = new Float64Array(covered);
  const fft = getFft(fftSize);
  const { complex: input, spectrum: output } = getFftScratch(fftSize);
  const half = fftSize / 2;
  for (let first = 0; first < frames; first += FRAMES_PER_STEP) {
    const last = Math.min(frames, first + FRAMES_PER_STEP);
    for (let m = first, offset = first * hopSamples, row = first * bins; m < last; m++, offset += hopSamples, row += bins) {
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
    yield;
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
export function checkCola(window: Float64Array, hopSamples: number, options: { readonly exponent?: number; readonly tolerance?: number } = {}): ColaCheck {
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
