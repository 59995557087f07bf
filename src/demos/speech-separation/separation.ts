/**
 * The demo's maths (lecture-facts A8, demo 7), pure: STFT of two clean sources, their mixture at a
 * power ratio, an ideal mask for source 1 (ratio, binary or complex), that mask degraded towards an
 * uninformative one, the two estimates Ŝ1 = M ⊙ Y and Ŝ2 = Y − Ŝ1 = (1 − M) ⊙ Y, their waveforms by
 * inverse STFT (weighted overlap-add, Hann, hop N/4: COLA), the power-law-compressed L2 loss of
 * Looking to Listen and each estimate's SNR. Masks, istft and the losses' definitions come from
 * src/lib/dsp; this module chains them, and reuses the STFT's linearity: mixing at a new ratio needs
 * no new FFT, Y = S1 + g·S2.
 */
import { int32View, powerRangeToDbInPlace } from '../../lib/dsp/decibels';
import { degradeMask, idealBinaryMask, idealRatioMask, type ComplexMask } from '../../lib/dsp/masks';
import { mulberry32 } from '../../lib/dsp/rng';
import { gainForRatioDb, snrDb } from '../../lib/dsp/signals';
import { istft, stft } from '../../lib/dsp/stft';
import type { ComplexStft, FrameMatrix, RealSignal } from '../../lib/dsp/types';
import type { MaskKind } from './settings';

export const FRAME_SAMPLES = 512;
/** N/4: periodic Hann windows then overlap-add to a constant (COLA), and so does Hann². */
export const HOP_SAMPLES = 128;
const STFT_OPTIONS = { frameSamples: FRAME_SAMPLES, hopSamples: HOP_SAMPLES, window: 'hann' } as const;
/** |X| of a full-scale sine on a bin centre: Σw/2 = N/4 for the periodic Hann window. */
export const REFERENCE_MAGNITUDE = FRAME_SAMPLES / 4;
/** The degraded mask's noise is always the same draw, so the loss follows the quality smoothly. */
export const MASK_NOISE_SEED = 2018;

/** The two clean sources and their STFTs. */
export interface Sources {
  s1: Float32Array;
  s2: Float32Array;
  S1: ComplexStft;
  S2: ComplexStft;
}

export function analyseSources(s1: Float32Array, s2: Float32Array): Sources {
  return { s1, s2, S1: stft(s1, STFT_OPTIONS), S2: stft(s2, STFT_OPTIONS) };
}

/** The mixture's STFT Y = S1 + g·S2, with g setting P(s1) / P(g·s2) to the ratio in dB. */
export interface Mixture {
  gain: number;
  /** STFT of g·s2 */
  S2: ComplexStft;
  Y: ComplexStft;
}

export function mixAt(sources: Sources, ratioDb: number): Mixture {
  const gain = gainForRatioDb(sources.s1, sources.s2, ratioDb);
  const { S1 } = sources;
  const S2 = { ...sources.S2, re: new Float64Array(S1.re.length), im: new Float64Array(S1.im.length) };
  const Y = { ...S1, re: new Float64Array(S1.re.length), im: new Float64Array(S1.im.length) };
  for (let i = 0; i < Y.re.length; i++) {
    S2.re[i] = gain * sources.S2.re[i]!;
    S2.im[i] = gain * sources.S2.im[i]!;
    Y.re[i] = S1.re[i]! + S2.re[i]!;
    Y.im[i] = S1.im[i]! + S2.im[i]!;
  }
  return { gain, S2, Y };
}

/** The waveforms of the mixture: g·s2 (the reference for estimate 2) and y = s1 + g·s2. */
export function mixtureSignals(sources: Sources, gain: number): { s2: Float32Array; y: Float32Array } {
  const s2 = new Float32Array(sources.s2.length);
  const y = new Float32Array(sources.s1.length);
  for (let n = 0; n < y.length; n++) {
    s2[n] = gain * sources.s2[n]!;
    y[n] = sources.s1[n]! + s2[n]!;
  }
  return { s2, y };
}

/** A mask for source 1: real (ratio or binary) or complex. */
export type Mask = { readonly kind: 'real'; readonly mask: FrameMatrix } | { readonly kind: 'complex'; readonly mask: ComplexMask };

/** IRM |S1| / (|S1| + |S2|), IBM 1[|S1| > |S2|] or cRM S1 / Y, from the clean sources (which only a built mixture has). */
export function idealMask(kind: MaskKind, S1: ComplexStft, S2: ComplexStft, Y: ComplexStft): Mask {
  if (kind === 'irm') return { kind: 'real', mask: idealRatioMask(S1, S2) };
  if (kind === 'ibm') return { kind: 'real', mask: idealBinaryMask(S1, S2) };
  // S1 / Y with Y = S1 + S2 taken from the sources: cells where Y = 0 get 0
  const re = new Float64Array(Y.re.length);
  const im = new Float64Array(Y.im.length);
  for (let i = 0; i < re.length; i++) {
    const yr = Y.re[i]!;
    const yi = Y.im[i]!;
    const power = yr * yr + yi * yi;
    if (power === 0) continue;
    re[i] = (S1.re[i]! * yr + S1.im[i]! * yi) / power;
    im[i] = (S1.im[i]! * yr - S1.re[i]! * yi) / power;
  }
  return { kind: 'complex', mask: { frames: Y.frames, bins: Y.bins, re, im } };
}

/**
 * An imperfect mask: M' = (1 − a) M + a U, U uniform in [0, 1) per cell, a = 1 − quality/100
 * (degradeMask of src/lib/dsp; for a complex mask U is added to the real part, as a real noise mask
 * would be). A fresh generator with a fixed seed gives the same U for every quality.
 */
export function degrade(mask: Mask, qualityPercent: number, seed = MASK_NOISE_SEED): Mask {
  const amount = 1 - qualityPercent / 100;
  if (amount <= 0) return mask;
  const rng = mulberry32(seed);
  if (mask.kind === 'real') return { kind: 'real', mask: degradeMask(mask.mask, amount, rng) };
  const { re, im } = mask.mask;
  const outRe = new Float64Array(re.length);
  const outIm = new Float64Array(im.length);
  for (let i = 0; i < re.length; i++) {
    outRe[i] = (1 - amount) * re[i]! + amount * rng();
    outIm[i] = (1 - amount) * im[i]!;
  }
  return { kind: 'complex', mask: { ...mask.mask, re: outRe, im: outIm } };
}

/** Ŝ1 = M ⊙ Y and Ŝ2 = Y − Ŝ1 = (1 − M) ⊙ Y: what source 1's mask leaves is the estimate of source 2. */
export function separate(Y: ComplexStft, mask: Mask): [ComplexStft, ComplexStft] {
  const re1 = new Float64Array(Y.re.length);
  const im1 = new Float64Array(Y.im.length);
  const re2 = new Float64Array(Y.re.length);
  const im2 = new Float64Array(Y.im.length);
  for (let i = 0; i < re1.length; i++) {
    const yr = Y.re[i]!;
    const yi = Y.im[i]!;
    if (mask.kind === 'real') {
      const m = mask.mask.data[i]!;
      re1[i] = m * yr;
      im1[i] = m * yi;
    } else {
      const mr = mask.mask.re[i]!;
      const mi = mask.mask.im[i]!;
      re1[i] = mr * yr - mi * yi;
      im1[i] = mr * yi + mi * yr;
    }
    re2[i] = yr - re1[i]!;
    im2[i] = yi - im1[i]!;
  }
  return [
    { ...Y, re: re1, im: im1 },
    { ...Y, re: re2, im: im2 },
  ];
}

/** C(X / A_ref) = (|X| / A_ref)^p e^{j∠X} of every cell (A_ref = full-scale sine), for the loss. */
export interface Compressed {
  re: Float64Array;
  im: Float64Array;
}

export function compress(spectrogram: ComplexStft, exponent: number): Compressed {
  const { re, im } = spectrogram;
  const outRe = new Float64Array(re.length);
  const outIm = new Float64Array(im.length);
  const halfExponentMinusOne = exponent / 2 - 0.5;
  const referencePower = REFERENCE_MAGNITUDE * REFERENCE_MAGNITUDE;
  for (let i = 0; i < re.length; i++) {
    const power = (re[i]! * re[i]! + im[i]! * im[i]!) / referencePower;
    if (power === 0) continue;
    // |x|^p / |x| = (|x|²)^((p − 1)/2), applied to the normalised re and im; exp(k ln x) because
    // V8's Math.pow with a fractional exponent is about three times slower
    const scale = Math.exp(halfExponentMinusOne * Math.log(power)) / REFERENCE_MAGNITUDE;
    outRe[i] = re[i]! * scale;
    outIm[i] = im[i]! * scale;
  }
  return { re: outRe, im: outIm };
}

/**
 * The Looking-to-Listen loss for one source, mean over cells: (1/K) Σ |C(S) − C(Ŝ)|², spectrograms
 * normalised to a full-scale sine (so the value does not depend on N). Equals src/lib/dsp's
 * compressedComplexL2Loss(Ŝ, S, p) / A_ref^{2p}; the clean side is compressed once and passed in,
 * times targetScale (C(g·S) = g^p C(S): a new mixing ratio needs no new compression).
 */
export function compressedLoss(estimate: ComplexStft, target: Compressed, exponent: number, targetScale = 1): number {
  const { re, im } = estimate;
  const targetRe = target.re;
  const targetIm = target.im;
  const halfExponentMinusOne = exponent / 2 - 0.5;
  const referencePower = REFERENCE_MAGNITUDE * REFERENCE_MAGNITUDE;
  let sum = 0;
  // compress() fused into the sum: no 1 MB of intermediate arrays per redraw
  for (let i = 0; i < re.length; i++) {
    const power = (re[i]! * re[i]! + im[i]! * im[i]!) / referencePower;
    const scale = power === 0 ? 0 : Math.exp(halfExponentMinusOne * Math.log(power)) / REFERENCE_MAGNITUDE;
    sum += (re[i]! * scale - targetScale * targetRe[i]!) ** 2 + (im[i]! * scale - targetScale * targetIm[i]!) ** 2;
  }
  return re.length > 0 ? sum / re.length : 0;
}

/**
 * 20 log10(|X| / A_ref), floored, as a frames × columns matrix for an image (fast log, < 0.003 dB
 * error); only the first `columns` bins (default all), since the images show the low band.
 */
export function magnitudeDb(spectrogram: ComplexStft, floorDb: number, columns = spectrogram.bins): FrameMatrix {
  const { re, im, frames, bins } = spectrogram;
  const kept = Math.min(columns, bins);
  const data = new Float32Array(frames * kept);
  for (let m = 0; m < frames; m++) {
    for (let k = 0, i = m * bins, o = m * kept; k < kept; k++, i++, o++) data[o] = re[i]! * re[i]! + im[i]! * im[i]!;
  }
  powerRangeToDbInPlace(data, int32View(data), 0, data.length, 20 * Math.log10(REFERENCE_MAGNITUDE), floorDb);
  return { frames, columns: kept, data };
}

/**
 * An estimate's magnitude in dB straight from the mixture's: |Ŝ1| = |M| |Y| and |Ŝ2| = |1 − M| |Y|,
 * so 20 log10 |Ŝ| = 20 log10 |Y| + 20 log10 |gain| — the pictures of both estimates without forming
 * Ŝ (which only the loss and the inverse STFT need). `mixtureDb` is magnitudeDb(Y, …, columns).
 */
export function estimateDb(mixtureDb: FrameMatrix, mask: Mask, source: 1 | 2, floorDb: number): FrameMatrix {
  const { frames, columns } = mixtureDb;
  const bins = mask.kind === 'real' ? mask.mask.columns : mask.mask.bins;
  const gain = new Float32Array(frames * columns);
  // the branches sit outside the loops: this runs on every slider step
  if (mask.kind === 'real') {
    const data = mask.mask.data;
    const offset = source === 1 ? 0 : 1;
    const sign = source === 1 ? 1 : -1;
    for (let m = 0; m < frames; m++) {
      for (let k = 0, i = m * bins, o = m * columns; k < columns; k++, i++, o++) {
        const g = offset + sign * data[i]!;
        gain[o] = g * g;
      }
    }
  } else {
    const { re, im } = mask.mask;
    const offset = source === 1 ? 0 : 1;
    const sign = source === 1 ? 1 : -1;
    for (let m = 0; m < frames; m++) {
      for (let k = 0, i = m * bins, o = m * columns; k < columns; k++, i++, o++) {
        const r = offset + sign * re[i]!;
        const j = sign * im[i]!;
        gain[o] = r * r + j * j;
      }
    }
  }
  // |gain|² → dB with the fast log, then added to the mixture's dB
  powerRangeToDbInPlace(gain, int32View(gain), 0, gain.length, 0, -400);
  for (let i = 0; i < gain.length; i++) gain[i] = Math.max(floorDb, gain[i]! + mixtureDb.data[i]!);
  return { frames, columns, data: gain };
}

/** The mask as an image in [0, 1]: the real mask, or |cRM| clipped at 1 (it can exceed 1). */
export function maskImage(mask: Mask): FrameMatrix {
  if (mask.kind === 'real') return mask.mask;
  const { re, im, frames, bins } = mask.mask;
  const data = new Float32Array(re.length);
  for (let i = 0; i < data.length; i++) data[i] = Math.min(1, Math.hypot(re[i]!, im[i]!));
  return { frames, columns: bins, data };
}

/** Samples left out of the SNR at each end, where fewer than four frames overlap. */
export const SNR_MARGIN_SAMPLES = FRAME_SAMPLES;

/** SNR of an estimate against its clean reference, in dB, away from the ends. */
export function estimateSnrDb(reference: RealSignal, estimate: RealSignal): number {
  return snrDb(reference, estimate, SNR_MARGIN_SAMPLES, reference.length - SNR_MARGIN_SAMPLES);
}

/** istft(Y) = istft(S1) + g·istft(S2) (linearity): the mixture's reconstruction at any ratio from two cached ones. */
export function mixReconstructions(first: Float32Array, second: Float32Array, gain: number): Float32Array {
  const out = new Float32Array(first.length);
  for (let n = 0; n < out.length; n++) out[n] = first[n]! + gain * second[n]!;
  return out;
}

/** The waveform of a spectrogram: inverse STFT by weighted overlap-add. */
export function reconstruct(spectrogram: ComplexStft): Float32Array {
  return istft(spectrogram);
}

/**
 * Both estimates' waveforms for the price of one inverse STFT: the istft is linear and Ŝ2 = Y − Ŝ1,
 * so ŷ2 = istft(Y) − ŷ1, with istft(Y) (= y away from the ends) computed once per mixture.
 */
export function reconstructEstimates(estimate1: ComplexStft, mixtureReconstruction: Float32Array): [Float32Array, Float32Array] {
  const y1 = istft(estimate1);
  const y2 = new Float32Array(y1.length);
  for (let n = 0; n < y2.length; n++) y2[n] = mixtureReconstruction[n]! - y1[n]!;
  return [y1, y2];
}
