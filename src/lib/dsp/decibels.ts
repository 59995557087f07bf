/**
 * Decibel conversions. Power P: 10 log10(P / P_ref); amplitude A: 20 log10(A / A_ref).
 *
 * Spectrograms use a fast log: Math.log10 on every bin costs about as much as the FFT itself.
 * The fast path reads the float32 bit pattern of x = 2^e · (1 + t), t ∈ [0, 1): read as an integer
 * and scaled by 2^−23 it is e + 127 + t, which is log2 x + 127 up to the small bump
 * log2(1 + t) − t; that bump is approximated by t(1 − t)(c0 + c1 t) (least squares on Chebyshev
 * nodes), which is exact at t = 0 and 1 so the result stays continuous between octaves.
 * Absolute error in log2: < 1e−3, i.e. < 0.003 dB in 10 log10 — below what a colour map or a
 * two-decimal read-out shows.
 */

/** 10 · log10(2): dB per octave of power. */
const DB_PER_LOG2 = 10 * Math.LOG10E * Math.LN2;
const MANTISSA_SCALE = 1 / 8388608; // 2^−23
const C0 = 0.42157658847783247;
const C1 = -0.15684816658831263;

/**
 * In place over data[from, to): power → max(10 log10(power) − offsetDb, floorDb) with the fast log
 * (error < 0.003 dB); offsetDb = 10 log10 P_ref. `bits` must be an Int32Array view of the same
 * memory as `data`, created once by the caller so that converting row by row allocates nothing.
 * Zero power reads as ≈ −382 dB − offsetDb before flooring.
 */
export function powerRangeToDbInPlace(data: Float32Array, bits: Int32Array, from: number, to: number, offsetDb: number, floorDb: number): void {
  powerBitsToDb(bits, from, data, from, to - from, offsetDb, floorDb);
}

/**
 * target[at + i] = max(10 log10(P_i) − offsetDb, floorDb) for i < count, where P_i is the float32
 * whose bit pattern is source[from + i] (an Int32Array view of a Float32Array of powers). Same fast
 * log and error as `powerRangeToDbInPlace`; source and target may be the same memory at the same
 * index (in place) or apart, so an STFT can square into a small row buffer that stays in L1 and
 * write only dB to the large output.
 */
export function powerBitsToDb(source: Int32Array, from: number, target: Float32Array, at: number, count: number, offsetDb: number, floorDb: number): void {
  // Locals rather than module constants: V8 reloads module bindings inside hot loops.
  const mantissaScale = MANTISSA_SCALE;
  const scale = DB_PER_LOG2 * mantissaScale;
  const offset = 127 * DB_PER_LOG2 + offsetDb;
  const c0 = DB_PER_LOG2 * C0;
  const c1 = DB_PER_LOG2 * C1;
  if (!(floorDb > -Infinity)) {
    for (let i = 0; i < count; i++) {
      const b = source[from + i]!;
      const t = (b & 0x7fffff) * mantissaScale;
      target[at + i] = scale * b - offset + t * (1 - t) * (c0 + c1 * t);
    }
    return;
  }
  for (let i = 0; i < count; i++) {
    const b = source[from + i]!;
    const t = (b & 0x7fffff) * mantissaScale;
    const db = scale * b - offset + t * (1 - t) * (c0 + c1 * t);
    // max(db, floor) without a branch: the floored bins of a spectrogram are scattered, so a
    // compare-and-jump would mispredict often
    target[at + i] = 0.5 * (db + floorDb + Math.abs(db - floorDb));
  }
}

/** An Int32Array over the same bytes as `data`, for `powerRangeToDbInPlace`. */
export function int32View(data: Float32Array): Int32Array {
  return new Int32Array(data.buffer, data.byteOffset, data.length);
}

/** Options of `powerToDbInPlace`. */
export interface PowerToDbOptions {
  /**
   * Reference power P_ref (0 dB): a number, or 'max' (default) for the largest value in the array,
   * so that the loudest cell reads 0 dB.
   */
  readonly referencePower?: number | 'max';
  /** Lowest value written, in dB re P_ref; default −100. With 'max' this is librosa's −top_db. */
  readonly floorDb?: number;
}

/**
 * In place: power[i] ← max(10 log10(power[i] / P_ref), floorDb) with the fast log (error < 0.003 dB).
 * An all-zero array with 'max' becomes all floorDb. Returns the reference power used.
 */
export function powerToDbInPlace(power: Float32Array, options: PowerToDbOptions = {}): number {
  const floorDb = options.floorDb ?? -100;
  let referencePower: number;
  if (options.referencePower === undefined || options.referencePower === 'max') {
    referencePower = 0;
    for (let i = 0; i < power.length; i++) {
      const p = power[i]!;
      if (p > referencePower) referencePower = p;
    }
  } else {
    referencePower = options.referencePower;
  }
  if (!(referencePower > 0)) {
    power.fill(floorDb);
    return referencePower;
  }
  powerRangeToDbInPlace(power, int32View(power), 0, power.length, 10 * Math.log10(referencePower), floorDb);
  return referencePower;
}
