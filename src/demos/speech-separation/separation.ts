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
import { gainForPowersRatioDb, meanPower, snrDb } from '../../lib/dsp/signals';
import { istft, istftSteps, stft, stftSteps } from '../../lib/dsp/stft';
import type { ComplexStft, FrameMatrix, RealSignal } from '../../lib/dsp/types';
import { inChunks, runToEnd, type Steps } from '../../lib/steps';
import type { MaskKind } from './settings';

export const FRAME_SAMPLES = 512;
/** N/4: periodic Hann windows then overlap-add to a constant (COLA), and so does Hann². */
export const HOP_SAMPLES = 128;
const STFT_OPTIONS = { frameSamples: FRAME_SAMPLES, hopSamples: HOP_SAMPLES, window: 'hann' } as const;
/** |X| of a full-scale sine on a bin centre: Σw/2 = N/4 for the periodic Hann window. */
export const REFERENCE_MAGNITUDE = FRAME_SAMPLES / 4;
/** The degraded mask's noise is always the same draw, so the loss follows the quality smoothly. */
export const MASK_NOISE_SEED = 2018;

/** The two clean sources, their STFTs and their mean powers (which set the mixing gain). */
export interface Sources {
  s1: Float32Array;
  s2: Float32Array;
  S1: ComplexStft;
  S2: ComplexStft;
  powers: readonly [number, number];
}

export function analyseSources(s1: Float32Array, s2: Float32Array): Sources {
  return { s1, s2, S1: stft(s1, STFT_OPTIONS), S2: stft(s2, STFT_OPTIONS), powers: [meanPower(s1), meanPower(s2)] };
}

/** The same analysis in steps, the sources made by the steps `make1` and `make2` give (e.g. synthesised) on the way. */
export function* analyseSourcesSteps(make1: () => Steps<Float32Array>, make2: () => Steps<Float32Array>): Steps<Sources> {
  const s1 = yield* make1();
  yield;
  const s2 = yield* make2();
  yield;
  const S1 = yield* stftSteps(s1, STFT_OPTIONS);
  const S2 = yield* stftSteps(s2, STFT_OPTIONS);
  return { s1, s2, S1, S2, powers: [meanPower(s1), meanPower(s2)] };
}

/** The first `columns` bins of every frame, as an STFT of its own (the band the images show). */
export function cropBins(spectrogram: ComplexStft, columns: number): ComplexStft {
  const { frames, bins } = spectrogram;
  const kept = Math.min(columns, bins);
  const re = new Float64Array(frames * kept);
  const im = new Float64Array(frames * kept);
  for (let m = 0; m < frames; m++) {
    re.set(spectrogram.re.subarray(m * bins, m * bins + kept), m * kept);
    im.set(spectrogram.im.subarray(m * bins, m * bins + kept), m * kept);
  }
  return { ...spectrogram, bins: kept, re, im };
}

/**
 * The sources restricted to the first `columns` bins, with the degraded mask's noise for those
 * cells: mixing, masking and degrading these give the images' cells exactly as the whole
 * spectrograms would, for the price of the band that is shown.
 */
export interface Band extends Sources {
  /** degrade()'s uniform draws for the band's cells (the draws of the whole matrix, cropped) */
  noise: Float64Array;
}

export function band(sources: Sources, columns: number, seed = MASK_NOISE_SEED): Band {
  const { frames, bins } = sources.S1;
  const kept = Math.min(columns, bins);
  const rng = mulberry32(seed);
  const noise = new Float64Array(frames * kept);
  for (let m = 0, i = 0; m < frames; m++) {
    for (let k = 0; k < bins; k++) {
      const u = rng();
      if (k < kept) noise[i++] = u;
    }
  }
  return { ...sources, S1: cropBins(sources.S1, kept), S2: cropBins(sources.S2, kept), noise };
}

/** The gain g on s2 that sets P(s1) / P(g·s2) to the ratio in dB. */
export function mixGain(sources: Sources, ratioDb: number): number {
  return gainForPowersRatioDb(sources.powers[0], sources.powers[1], ratioDb);
}

/** The mixture's STFT Y = S1 + g·S2, with g setting P(s1) / P(g·s2) to the ratio in dB. */
export interface Mixture {
  gain: number;
  /** STFT of g·s2 */
  S2: ComplexStft;
  Y: ComplexStft;
}

export function mixAt(sources: Sources, ratioDb: number): Mixture {
  return runToEnd(mixAtSteps(sources, ratioDb));
}

/** Cells per step of the passes over whole spectrograms below (a few of them per millisecond). */
const CELLS_PER_STEP = 8192;

export function* mixAtSteps(sources: Sources, ratioDb: number): Steps<Mixture> {
  const gain = mixGain(sources, ratioDb);
  const { S1 } = sources;
  const S2 = { ...sources.S2, re: new Float64Array(S1.re.length), im: new Float64Array(S1.im.length) };
  const Y = { ...S1, re: new Float64Array(S1.re.length), im: new Float64Array(S1.im.length) };
  yield* inChunks(Y.re.length, CELLS_PER_STEP, (from, to) => {
    for (let i = from; i < to; i++) {
      S2.re[i] = gain * sources.S2.re[i]!;
      S2.im[i] = gain * sources.S2.im[i]!;
      Y.re[i] = S1.re[i]! + S2.re[i]!;
      Y.im[i] = S1.im[i]! + S2.im[i]!;
    }
  });
  return { gain, S2, Y };
}

/**
 * magnitudeDb of the mixture's STFT, |S1 + g·S2| in dB, straight from the sources: the picture of
 * the mixture at a new ratio without forming Y and g·S2 (four arrays of doubles the size of the
 * spectrogram, a garbage collection every few slider steps), which only the mask needs.
 */
export function mixtureMagnitudeDb(sources: Sources, ratioDb: number, floorDb: number): FrameMatrix {
  const gain = mixGain(sources, ratioDb);
  const { S1, S2 } = sources;
  const data = new Float32Array(S1.frames * S1.bins);
  for (let i = 0; i < data.length; i++) {
    const re = S1.re[i]! + gain * S2.re[i]!;
    const im = S1.im[i]! + gain * S2.im[i]!;
    data[i] = re * re + im * im;
  }
  powerRangeToDbInPlace(data, int32View(data), 0, data.length, 20 * Math.log10(REFERENCE_MAGNITUDE), floorDb);
  return { frames: S1.frames, columns: S1.bins, data };
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
  return runToEnd(idealMaskSteps(kind, S1, S2, Y));
}

export function* idealMaskSteps(kind: MaskKind, S1: ComplexStft, S2: ComplexStft, Y: ComplexStft): Steps<Mask> {
  if (kind === 'irm') return { kind: 'real', mask: idealRatioMask(S1, S2) };
  if (kind === 'ibm') return { kind: 'real', mask: idealBinaryMask(S1, S2) };
  // S1 / Y with Y = S1 + S2 taken from the sources: cells where Y = 0 get 0
  const re = new Float64Array(Y.re.length);
  const im = new Float64Array(Y.im.length);
  yield* inChunks(re.length, CELLS_PER_STEP, (from, to) => {
    for (let i = from; i < to; i++) {
      const yr = Y.re[i]!;
      const yi = Y.im[i]!;
      const power = yr * yr + yi * yi;
      if (power === 0) continue;
      re[i] = (S1.re[i]! * yr + S1.im[i]! * yi) / power;
      im[i] = (S1.im[i]! * yr - S1.re[i]! * yi) / power;
    }
  });
  return { kind: 'complex', mask: { frames: Y.frames, bins: Y.bins, re, im } };
}

/**
 * An imperfect mask: M' = (1 − a) M + a U, U uniform in [0, 1) per cell, a = 1 − quality/100
 * (degradeMask of src/lib/dsp; for a complex mask U is added to the real part, as a real noise mask
 * would be). A fresh generator with a fixed seed gives the same U for every quality; or U is
 * given, one draw per cell (a Band's noise).
 */
export function degrade(mask: Mask, qualityPercent: number, seed: number | Float64Array = MASK_NOISE_SEED): Mask {
  const amount = 1 - qualityPercent / 100;
  if (amount <= 0) return mask;
  const rng = typeof seed === 'number' ? mulberry32(seed) : drawsFrom(seed);
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

/** A generator that hands out the given draws in order. */
function drawsFrom(draws: Float64Array): () => number {
  let next = 0;
  return () => draws[next++]!;
}

/** Ŝ1 = M ⊙ Y and Ŝ2 = Y − Ŝ1 = (1 − M) ⊙ Y: what source 1's mask leaves is the estimate of source 2. */
export function separate(Y: ComplexStft, mask: Mask): [ComplexStft, ComplexStft] {
  return runToEnd(separateSteps(Y, mask));
}

export function* separateSteps(Y: ComplexStft, mask: Mask): Steps<[ComplexStft, ComplexStft]> {
  const re1 = new Float64Array(Y.re.length);
  const im1 = new Float64Array(Y.im.length);
  const re2 = new Float64Array(Y.re.length);
  const im2 = new Float64Array(Y.im.length);
  yield* inChunks(re1.length, CELLS_PER_STEP, (from, to) => {
    for (let i = from; i < to; i++) {
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
  });
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
  return runToEnd(compressSteps(spectrogram, exponent));
}

export function* compressSteps(spectrogram: ComplexStft, exponent: number): Steps<Compressed> {
  const { re, im } = spectrogram;
  const outRe = new Float64Array(re.length);
  const outIm = new Float64Array(im.length);
  const halfExponentMinusOne = exponent / 2 - 0.5;
  const referencePower = REFERENCE_MAGNITUDE * REFERENCE_MAGNITUDE;
  yield* inChunks(re.length, CELLS_PER_STEP, (from, to) => {
    for (let i = from; i < to; i++) {
      const power = (re[i]! * re[i]! + im[i]! * im[i]!) / referencePower;
      if (power === 0) continue;
      // |x|^p / |x| = (|x|²)^((p − 1)/2), applied to the normalised re and im; exp(k ln x) because
      // V8's Math.pow with a fractional exponent is about three times slower
      const scale = Math.exp(halfExponentMinusOne * Math.log(power)) / REFERENCE_MAGNITUDE;
      outRe[i] = re[i]! * scale;
      outIm[i] = im[i]! * scale;
    }
  });
  return { re: outRe, im: outIm };
}

/**
 * The Looking-to-Listen loss for one source, mean over cells: (1/K) Σ |C(S) − C(Ŝ)|², spectrograms
 * normalised to a full-scale sine (so the value does not depend on N). Equals src/lib/dsp's
 * compressedComplexL2Loss(Ŝ, S, p) / A_ref^{2p}; the clean side is compressed once and passed in,
 * times targetScale (C(g·S) = g^p C(S): a new mixing ratio needs no new compression).
 */
export function compressedLoss(estimate: ComplexStft, target: Compressed, exponent: number, targetScale = 1): number {
  return runToEnd(compressedLossSteps(estimate, target, exponent, targetScale));
}

export function* compressedLossSteps(estimate: ComplexStft, target: Compressed, exponent: number, targetScale = 1): Steps<number> {
  const { re, im } = estimate;
  const targetRe = target.re;
  const targetIm = target.im;
  const halfExponentMinusOne = exponent / 2 - 0.5;
  const referencePower = REFERENCE_MAGNITUDE * REFERENCE_MAGNITUDE;
  let sum = 0;
  // compress() fused into the sum: no 1 MB of intermediate arrays per redraw
  yield* inChunks(re.length, CELLS_PER_STEP, (from, to) => {
    for (let i = from; i < to; i++) {
      const power = (re[i]! * re[i]! + im[i]! * im[i]!) / referencePower;
      const scale = power === 0 ? 0 : Math.exp(halfExponentMinusOne * Math.log(power)) / REFERENCE_MAGNITUDE;
      sum += (re[i]! * scale - targetScale * targetRe[i]!) ** 2 + (im[i]! * scale - targetScale * targetIm[i]!) ** 2;
    }
  });
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
  return runToEnd(reconstructEstimatesSteps(estimate1, mixtureReconstruction));
}

export function* reconstructEstimatesSteps(estimate1: ComplexStft, mixtureReconstruction: Float32Array): Steps<[Float32Array, Float32Array]> {
  const y1 = yield* istftSteps(estimate1);
  const y2 = new Float32Array(y1.length);
  for (let n = 0; n < y2.length; n++) y2[n] = mixtureReconstruction[n]! - y1[n]!;
  return [y1, y2];
}

// What depends on the sources alone (and the exponent) is kept with them: a new ratio, mask or
// quality then costs neither the compression of the clean spectrograms nor their inverse STFTs.
const compressedBySources = new WeakMap<Sources, Map<number, readonly [Compressed, Compressed]>>();
const wavesBySources = new WeakMap<Sources, readonly [Float32Array, Float32Array]>();

/** C(S1) and C(S2) for exponent p (compress), kept per sources and exponent. */
export function* compressedSourcesSteps(sources: Sources, exponent: number): Steps<readonly [Compressed, Compressed]> {
  let byExponent = compressedBySources.get(sources);
  if (!byExponent) compressedBySources.set(sources, (byExponent = new Map()));
  let targets = byExponent.get(exponent);
  if (!targets) {
    targets = [yield* compressSteps(sources.S1, exponent), yield* compressSteps(sources.S2, exponent)];
    byExponent.set(exponent, targets);
  }
  return targets;
}

/** istft(S1) and istft(S2) (reconstruct), kept per sources. */
export function* sourceWavesSteps(sources: Sources): Steps<readonly [Float32Array, Float32Array]> {
  let waves = wavesBySources.get(sources);
  if (!waves) {
    waves = [yield* istftSteps(sources.S1), yield* istftSteps(sources.S2)];
    wavesBySources.set(sources, waves);
  }
  return waves;
}

/** What the demo reports once the settings rest: the loss, the SNRs and every waveform to play. */
export interface Scores {
  losses: readonly [number, number];
  /** SNR of estimate 1 and 2, and of the mixture itself against source 1 and g·source 2 */
  snr: { estimate1: number; estimate2: number; mixture1: number; mixture2: number };
  /** the mixture y, g·s2, and the two estimates' waveforms */
  waves: { y: Float32Array; s2: Float32Array; y1: Float32Array; y2: Float32Array };
}

export interface Setting {
  ratioDb: number;
  mask: MaskKind;
  quality: number;
  /** the loss's compression exponent p */
  compression: number;
}

/**
 * The scores of a setting over the whole spectrograms, in steps of one pass each (mixing, mask,
 * separation, compression, losses, inverse STFTs, SNRs).
 */
export function* scoreSteps(sources: Sources, setting: Setting): Steps<Scores> {
  const p = setting.compression;
  const mixture = yield* mixAtSteps(sources, setting.ratioDb);
  const ideal = yield* idealMaskSteps(setting.mask, sources.S1, mixture.S2, mixture.Y);
  yield;
  const mask = degrade(ideal, setting.quality);
  yield;
  const [estimate1, estimate2] = yield* separateSteps(mixture.Y, mask);
  const [target1, target2] = yield* compressedSourcesSteps(sources, p);
  const loss1 = yield* compressedLossSteps(estimate1, target1, p);
  // source 2 enters as g·S2, and C(g·S2) = g^p C(S2)
  const loss2 = yield* compressedLossSteps(estimate2, target2, p, mixture.gain ** p);
  // istft(Y) = istft(S1) + g·istft(S2): a new ratio costs no inverse STFT of the mixture
  const [wave1, wave2] = yield* sourceWavesSteps(sources);
  const { s2, y } = mixtureSignals(sources, mixture.gain);
  const reconstruction = mixReconstructions(wave1, wave2, mixture.gain);
  yield;
  // the estimate "do nothing": the mixture itself against each source
  const end = sources.s1.length - SNR_MARGIN_SAMPLES;
  const mixture1 = snrDb(sources.s1, y, SNR_MARGIN_SAMPLES, end);
  const mixture2 = snrDb(s2, y, SNR_MARGIN_SAMPLES, end);
  yield;
  const [y1, y2] = yield* reconstructEstimatesSteps(estimate1, reconstruction);
  return {
    losses: [loss1, loss2],
    snr: { estimate1: estimateSnrDb(sources.s1, y1), estimate2: estimateSnrDb(s2, y2), mixture1, mixture2 },
    waves: { y, s2, y1, y2 },
  };
}
