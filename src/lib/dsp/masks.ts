/**
 * Time–frequency masks for speech separation (lecture-facts A8 / demo 7). A mixture Y = S1 + S2 is
 * separated by multiplying its STFT cell by cell with a mask and inverting: Ŝ1 = istft(M ⊙ Y).
 * Masks are frames × bins FrameMatrix values in [0, 1] (same layout as the STFT).
 * Reference: D. Wang & J. Chen, "Supervised speech separation based on deep learning: an overview",
 * IEEE/ACM Trans. ASLP 26(10), 2018.
 */
import type { ComplexStft, FrameMatrix, Rng } from './types';

function checkSameShape(a: { frames: number; bins: number }, b: { frames: number; bins: number }): void {
  if (a.frames !== b.frames || a.bins !== b.bins) {
    throw new RangeError(`STFT shapes differ: ${a.frames}×${a.bins} vs ${b.frames}×${b.bins}`);
  }
}

/** Options of `idealRatioMask`. */
export interface RatioMaskOptions {
  /**
   * 'magnitude' (default): M = |S1| / (|S1| + |S2|). 'power': M = |S1|² / (|S1|² + |S2|²).
   * Both forms for S1 and for S2 sum to 1 in every cell; the power form is closer to binary
   * (the Wiener gain when the sources are uncorrelated). Cells where both sources are 0 get 0.5.
   */
  readonly form?: 'magnitude' | 'power';
}

/**
 * Ideal ratio mask for the target from the clean sources' STFTs. With the mixture's phase kept, it
 * recovers the target exactly only where the interference is absent; where both are present the
 * output magnitude is a blend.
 */
export function idealRatioMask(target: ComplexStft, interference: ComplexStft, options: RatioMaskOptions = {}): FrameMatrix {
  checkSameShape(target, interference);
  const power = options.form === 'power';
  const data = new Float32Array(target.frames * target.bins);
  for (let i = 0; i < data.length; i++) {
    const targetPower = target.re[i]! * target.re[i]! + target.im[i]! * target.im[i]!;
    const otherPower = interference.re[i]! * interference.re[i]! + interference.im[i]! * interference.im[i]!;
    const a = power ? targetPower : Math.sqrt(targetPower);
    const b = power ? otherPower : Math.sqrt(otherPower);
    data[i] = a + b > 0 ? a / (a + b) : 0.5;
  }
  return { frames: target.frames, columns: target.bins, data };
}

/**
 * Ideal binary mask: 1 where the target dominates, 20 log10(|S1| / |S2|) > localCriterionDb
 * (default 0 dB, i.e. |S1| > |S2|), else 0. Cells where both are 0 get 0.
 */
export function idealBinaryMask(target: ComplexStft, interference: ComplexStft, localCriterionDb = 0): FrameMatrix {
  checkSameShape(target, interference);
  const threshold = Math.pow(10, localCriterionDb / 10); // on the power ratio
  const data = new Float32Array(target.frames * target.bins);
  for (let i = 0; i < data.length; i++) {
    const targetPower = target.re[i]! * target.re[i]! + target.im[i]! * target.im[i]!;
    const otherPower = interference.re[i]! * interference.re[i]! + interference.im[i]! * interference.im[i]!;
    data[i] = targetPower > threshold * otherPower ? 1 : 0;
  }
  return { frames: target.frames, columns: target.bins, data };
}

/** Real mask applied to a complex STFT: M ⊙ Y (magnitude scaled, phase kept); a new STFT, same metadata. */
export function applyMask(mixture: ComplexStft, mask: FrameMatrix): ComplexStft {
  if (mask.frames !== mixture.frames || mask.columns !== mixture.bins) {
    throw new RangeError(`mask is ${mask.frames}×${mask.columns}, STFT is ${mixture.frames}×${mixture.bins}`);
  }
  const re = new Float64Array(mixture.re.length);
  const im = new Float64Array(mixture.im.length);
  for (let i = 0; i < re.length; i++) {
    const m = mask.data[i]!;
    re[i] = m * mixture.re[i]!;
    im[i] = m * mixture.im[i]!;
  }
  return { ...mixture, re, im };
}

/** A complex mask, same layout as a ComplexStft's re / im. */
export interface ComplexMask {
  readonly frames: number;
  readonly bins: number;
  readonly re: Float64Array;
  readonly im: Float64Array;
}

/**
 * L2 loss between two real spectrograms (e.g. magnitudes), as the mean over cells:
 * (1/K) Σ (a − b)². Same shape required.
 */
export function l2Loss(estimate: FrameMatrix, target: FrameMatrix): number {
  if (estimate.data.length !== target.data.length) {
    throw new RangeError(`sizes differ: ${estimate.data.length} vs ${target.data.length}`);
  }
  let sum = 0;
  for (let i = 0; i < estimate.data.length; i++) {
    const d = estimate.data[i]! - target.data[i]!;
    sum += d * d;
  }
  return estimate.data.length > 0 ? sum / estimate.data.length : 0;
}

/**
 * L2 loss between power-law-compressed complex spectrograms, mean over cells:
 * (1/K) Σ |C(Ŝ) − C(S)|², C(X) = |X|^p e^{j∠X}. p = 0.3 is the Looking-to-Listen choice (Ephrat et
 * al., SIGGRAPH 2018), keeping quiet cells in the loss; p = 1 is the plain mean of |Ŝ − S|².
 */
export function compressedComplexL2Loss(estimate: ComplexStft, target: ComplexStft, exponent = 0.3): number {
  checkSameShape(estimate, target);
  const count = estimate.re.length;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const [er, ei] = compress(estimate.re[i]!, estimate.im[i]!, exponent);
    const [tr, ti] = compress(target.re[i]!, target.im[i]!, exponent);
    sum += (er - tr) ** 2 + (ei - ti) ** 2;
  }
  return count > 0 ? sum / count : 0;
}

function compress(re: number, im: number, exponent: number): [number, number] {
  if (exponent === 1) return [re, im];
  const magnitude = Math.hypot(re, im);
  if (magnitude === 0) return [0, 0];
  const scale = Math.pow(magnitude, exponent) / magnitude;
  return [re * scale, im * scale];
}

/**
 * An imperfect mask, mimicking a network's estimate: M' = (1 − a) M + a U with U uniform in [0, 1)
 * per cell (uninformative: independent of the sources, mean 0.5), amount a ∈ [0, 1]. a = 0 returns
 * M, a = 1 pure noise. The cells of U are drawn in order from `rng`, so a freshly seeded rng per
 * call gives the same U and the error |M' − M| = a |U − M| grows linearly with a.
 */
export function degradeMask(mask: FrameMatrix, amount: number, rng: Rng): FrameMatrix {
  if (!(amount >= 0 && amount <= 1)) throw new RangeError(`amount must be in [0, 1], got ${amount}`);
  const data = new Float32Array(mask.data.length);
  for (let i = 0; i < data.length; i++) data[i] = (1 - amount) * mask.data[i]! + amount * rng();
  return { frames: mask.frames, columns: mask.columns, data };
}
