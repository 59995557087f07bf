/** A sampled signal or frame. Signals produced here are Float32Array; internal buffers are Float64Array. */
export type RealSignal = Float32Array | Float64Array;

/** A source of uniform random numbers in [0, 1); see `mulberry32` in rng.ts for a seeded one. */
export type Rng = () => number;

/**
 * A real frames × columns matrix stored row-major in one Float32Array.
 *
 * Layout: the value of frame m (time) and column c is `data[m * columns + c]`. For STFT-shaped
 * matrices (spectrograms, masks) the columns are the one-sided bins k = 0..fftSize/2 (bin k is at
 * k · sampleRateHz / fftSize Hz); for mel spectrograms they are the mel bands; for MFCCs the
 * cepstral coefficients. Frame m starts at sample m · hopSamples.
 */
export interface FrameMatrix {
  readonly frames: number;
  readonly columns: number;
  readonly data: Float32Array;
}

/**
 * A one-sided complex STFT X[m, k] = Σ_n x[n + mH] w[n] e^{−j2πkn/fftSize}, k = 0..fftSize/2.
 *
 * `re` and `im` are row-major frames × bins (value at `m * bins + k`), in Float64Array so that
 * masking and inversion keep double precision.
 */
export interface ComplexStft {
  readonly frames: number;
  /** One-sided bins: fftSize / 2 + 1. */
  readonly bins: number;
  readonly re: Float64Array;
  readonly im: Float64Array;
  /** Window length N in samples (≤ fftSize; the frame is zero-padded at its end). */
  readonly frameSamples: number;
  readonly hopSamples: number;
  readonly fftSize: number;
  /** Analysis window (length frameSamples); the inverse uses it as the synthesis window too. */
  readonly window: Float64Array;
  /** Length of the analysed signal, the default length of the inverse. */
  readonly signalLength: number;
}
