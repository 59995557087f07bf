/**
 * Spectrum of one frame via fft.js: X[k] = Σ_{n<N} x[n] w[n] e^{−j2πkn/F}, k = 0..F/2, where the
 * frame (length N) is zero-padded to F = fftSize ≥ N. Zero-padding samples the same spectrum
 * more densely (bin spacing f_s/F); it does not sharpen it (resolution stays ≈ f_s/N).
 * Only the one-sided bins 0..F/2 are computed: a real signal's spectrum is Hermitian.
 */
import { getFft, getFftScratch, isFftSize } from './fft';
import type { RealSignal } from './types';
import { resolveWindow, type WindowType } from './windows';

/** Options of the one-frame spectrum functions. */
export interface FrameSpectrumOptions {
  /** Window by name (periodic) or coefficients of the frame's length; default rectangular. */
  readonly window?: WindowType | Float64Array;
  /** FFT length F (power of two ≥ frame length); default the frame length. */
  readonly fftSize?: number;
}

/** One-sided bin count F/2 + 1 for an FFT of length F. */
export function oneSidedBins(fftSize: number): number {
  return Math.floor(fftSize / 2) + 1;
}

/** Centre frequency of bin k in Hz: f_k = k · f_s / F (bin spacing Δf = f_s / F). */
export function binFrequencyHz(bin: number, fftSize: number, sampleRateHz: number): number {
  return (bin * sampleRateHz) / fftSize;
}

/** Fractional bin index of a frequency: k = f · F / f_s. */
export function frequencyToBin(frequencyHz: number, fftSize: number, sampleRateHz: number): number {
  return (frequencyHz * fftSize) / sampleRateHz;
}

function checkedFftSize(frameLength: number, fftSize: number | undefined): number {
  const size = fftSize ?? frameLength;
  if (!isFftSize(size)) throw new RangeError(`fftSize must be a power of two ≥ 2, got ${size}`);
  if (size < frameLength) throw new RangeError(`fftSize ${size} is shorter than the frame (${frameLength})`);
  return size;
}

/** Windows and zero-pads `frame` into the shared scratch buffer and transforms it; returns the interleaved spectrum. */
function transformFrame(frame: RealSignal, options: FrameSpectrumOptions): { spectrum: Float64Array; fftSize: number } {
  const frameLength = frame.length;
  const fftSize = checkedFftSize(frameLength, options.fftSize);
  const window = options.window === undefined ? undefined : resolveWindow(options.window, frameLength);
  const scratch = getFftScratch(fftSize);
  const input = scratch.frame;
  if (window) {
    for (let n = 0; n < frameLength; n++) input[n] = frame[n]! * window[n]!;
  } else {
    for (let n = 0; n < frameLength; n++) input[n] = frame[n]!;
  }
  input.fill(0, frameLength);
  getFft(fftSize).realTransform(scratch.spectrum, input);
  return { spectrum: scratch.spectrum, fftSize };
}

/**
 * Power spectrum |X[k]|² of one frame, k = 0..F/2 (unnormalised: an on-bin sinusoid of amplitude A
 * gives (A · Σw / 2)²). Parseval: Σ_n |x w|² = (1/F) Σ_{k=0}^{F−1} |X[k]|², see `fullSpectrumEnergy`.
 * Writes into `out` (length F/2 + 1) when given.
 */
export function powerSpectrum(frame: RealSignal, options: FrameSpectrumOptions = {}, out?: Float64Array): Float64Array {
  const { spectrum, fftSize } = transformFrame(frame, options);
  const bins = oneSidedBins(fftSize);
  const result = out ?? new Float64Array(bins);
  for (let k = 0; k < bins; k++) {
    const re = spectrum[2 * k]!;
    const im = spectrum[2 * k + 1]!;
    result[k] = re * re + im * im;
  }
  return result;
}

/**
 * Σ_{k=0}^{F−1} |X[k]|² from the one-sided power spectrum of a real frame (F even):
 * |X[0]|² + |X[F/2]|² + 2 Σ_{k=1}^{F/2−1} |X[k]|², using X[F − k] = conj X[k].
 */
export function fullSpectrumEnergy(oneSidedPower: Float64Array): number {
  const last = oneSidedPower.length - 1;
  let energy = oneSidedPower[0]! + oneSidedPower[last]!;
  for (let k = 1; k < last; k++) energy += 2 * oneSidedPower[k]!;
  return energy;
}

/** Index of the largest value in [from, to) (first one on ties). */
export function argMax(values: ArrayLike<number>, from = 0, to = values.length): number {
  let best = from;
  for (let i = from + 1; i < to; i++) if (values[i]! > values[best]!) best = i;
  return best;
}
