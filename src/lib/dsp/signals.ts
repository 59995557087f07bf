/**
 * Deterministic test signals for the sound demos. Every generator returns a Float32Array of
 * round(sampleRateHz · durationSec) samples; sample n is at t = n / sampleRateHz seconds.
 * Randomness only through a passed, seeded Rng (rng.ts).
 */
import { runToEnd, type Steps } from '../steps';
import { gaussianSampler } from './rng';
import type { RealSignal, Rng } from './types';

/** Sample rate and duration, shared by every generator. */
export interface SignalTiming {
  readonly sampleRateHz: number;
  readonly durationSec: number;
}

/** Number of samples for a duration: round(f_s · T). */
export function sampleCount(sampleRateHz: number, durationSec: number): number {
  if (!(sampleRateHz > 0)) throw new RangeError(`sampleRateHz must be positive, got ${sampleRateHz}`);
  if (!(durationSec >= 0)) throw new RangeError(`durationSec must be ≥ 0, got ${durationSec}`);
  return Math.round(sampleRateHz * durationSec);
}

/** Options of `sineWave`. */
export interface ToneOptions extends SignalTiming {
  readonly frequencyHz: number;
  /** Peak amplitude; default 1. */
  readonly amplitude?: number;
  /** Phase at t = 0 in radians; default 0 (a sine). */
  readonly phaseRad?: number;
}

/** Pure tone x[n] = A sin(2π f n / f_s + φ). */
export function sineWave(options: ToneOptions): Float32Array {
  const { frequencyHz, sampleRateHz } = options;
  const amplitude = options.amplitude ?? 1;
  const phase = options.phaseRad ?? 0;
  const out = new Float32Array(sampleCount(sampleRateHz, options.durationSec));
  const step = (2 * Math.PI * frequencyHz) / sampleRateHz;
  for (let n = 0; n < out.length; n++) out[n] = amplitude * Math.sin(step * n + phase);
  return out;
}

/** Options of `linearChirp`. */
export interface ChirpOptions extends SignalTiming {
  /** Instantaneous frequency at t = 0. */
  readonly startHz: number;
  /** Instantaneous frequency at t = durationSec. */
  readonly endHz: number;
  /** Peak amplitude; default 1. */
  readonly amplitude?: number;
}

/**
 * Linear chirp x(t) = A sin(2π (f0 t + (f1 − f0) t² / (2T))), whose instantaneous frequency
 * f(t) = f0 + (f1 − f0) t / T sweeps from f0 to f1 over the duration T.
 */
export function linearChirp(options: ChirpOptions): Float32Array {
  const { startHz, endHz, sampleRateHz, durationSec } = options;
  const amplitude = options.amplitude ?? 1;
  const out = new Float32Array(sampleCount(sampleRateHz, durationSec));
  const sweepRate = durationSec > 0 ? (endHz - startHz) / durationSec : 0; // Hz per second
  for (let n = 0; n < out.length; n++) {
    const t = n / sampleRateHz;
    out[n] = amplitude * Math.sin(2 * Math.PI * (startHz * t + 0.5 * sweepRate * t * t));
  }
  return out;
}

/** Instantaneous frequency of `linearChirp` at time t: f0 + (f1 − f0) t / T, in Hz. */
export function chirpFrequencyAtHz(startHz: number, endHz: number, durationSec: number, timeSec: number): number {
  return startHz + ((endHz - startHz) * timeSec) / durationSec;
}

/** Options of `toneWithChirp`. */
export interface ToneWithChirpOptions extends SignalTiming {
  /** Steady tone; default 1000 Hz. */
  readonly toneHz?: number;
  /** Chirp start; default 100 Hz. */
  readonly chirpStartHz?: number;
  /** Chirp end; default 7000 Hz. */
  readonly chirpEndHz?: number;
  /** Peak amplitude of each component; default 0.4 (sum stays within ±0.8). */
  readonly amplitude?: number;
}

/**
 * Default signal of the STFT window demo: a steady tone (a horizontal line in the spectrogram)
 * plus a linear chirp (a diagonal line), so that both frequency and time resolution show at once.
 */
export function toneWithChirp(options: ToneWithChirpOptions): Float32Array {
  const amplitude = options.amplitude ?? 0.4;
  const tone = sineWave({ ...options, frequencyHz: options.toneHz ?? 1000, amplitude });
  const chirp = linearChirp({
    ...options,
    startHz: options.chirpStartHz ?? 100,
    endHz: options.chirpEndHz ?? 7000,
    amplitude,
  });
  for (let n = 0; n < tone.length; n++) tone[n] = tone[n]! + chirp[n]!;
  return tone;
}

/** Options of `twoTones`. */
export interface TwoTonesOptions extends SignalTiming {
  /** Default 1000 Hz. */
  readonly firstHz?: number;
  /** Default 1060 Hz (60 Hz apart: resolved only when f_s / N is well below 60 Hz). */
  readonly secondHz?: number;
  /** Level of the second tone relative to the first, in dB; default 0. */
  readonly secondLevelDb?: number;
  /** Peak amplitude of the first tone; default 0.5. */
  readonly amplitude?: number;
}

/** Two tones A sin(2π f1 t) + A·10^(L/20) sin(2π f2 t), for frequency-resolution experiments. */
export function twoTones(options: TwoTonesOptions): Float32Array {
  const amplitude = options.amplitude ?? 0.5;
  const first = sineWave({ ...options, frequencyHz: options.firstHz ?? 1000, amplitude });
  const second = sineWave({
    ...options,
    frequencyHz: options.secondHz ?? 1060,
    amplitude: amplitude * Math.pow(10, (options.secondLevelDb ?? 0) / 20),
  });
  for (let n = 0; n < first.length; n++) first[n] = first[n]! + second[n]!;
  return first;
}

/** Options of `clickTrain`. */
export interface ClickTrainOptions extends SignalTiming {
  /** Time between clicks. */
  readonly intervalSec: number;
  /** Time of the first click; default 0. */
  readonly firstClickSec?: number;
  /** Number of clicks; default as many as fit. */
  readonly count?: number;
  /** Click height; default 1. */
  readonly amplitude?: number;
}

/**
 * Click train: unit impulses (one sample each) at t = t0 + i·Δ, i = 0, 1, … (rounded to the
 * nearest sample). A click is broadband, so it shows as a vertical line: the test case for time
 * resolution.
 */
export function clickTrain(options: ClickTrainOptions): Float32Array {
  const { intervalSec, sampleRateHz } = options;
  if (!(intervalSec > 0)) throw new RangeError(`intervalSec must be positive, got ${intervalSec}`);
  const amplitude = options.amplitude ?? 1;
  const out = new Float32Array(sampleCount(sampleRateHz, options.durationSec));
  const count = options.count ?? Infinity;
  for (let i = 0; i < count; i++) {
    const n = Math.round(((options.firstClickSec ?? 0) + i * intervalSec) * sampleRateHz);
    if (n >= out.length) break;
    if (n >= 0) out[n] = amplitude;
  }
  return out;
}

/** Options of `whiteNoise`. */
export interface WhiteNoiseOptions extends SignalTiming {
  /** Seeded uniform source, e.g. mulberry32(seed). */
  readonly rng: Rng;
  /** Standard deviation (RMS); default 0.1. */
  readonly rms?: number;
  /** 'gaussian' (default) or 'uniform' (on [−√3σ, √3σ], same RMS). */
  readonly distribution?: 'gaussian' | 'uniform';
}

/** White noise with a flat expected power spectrum σ² per sample, from the given seeded RNG. */
export function whiteNoise(options: WhiteNoiseOptions): Float32Array {
  const rms = options.rms ?? 0.1;
  const out = new Float32Array(sampleCount(options.sampleRateHz, options.durationSec));
  if (options.distribution === 'uniform') {
    const halfWidth = Math.sqrt(3) * rms;
    for (let n = 0; n < out.length; n++) out[n] = halfWidth * (2 * options.rng() - 1);
  } else {
    const gaussian = gaussianSampler(options.rng);
    for (let n = 0; n < out.length; n++) out[n] = rms * gaussian();
  }
  return out;
}

/**
 * Average formant frequencies (F1, F2, F3) of adult male American English vowels, in Hz, from
 * G. E. Peterson & H. L. Barney, "Control methods used in a study of the vowels", JASA 24(2), 1952.
 */
export const VOWEL_FORMANTS_HZ = {
  a: [730, 1090, 2440],
  i: [270, 2290, 3010],
  u: [300, 870, 2240],
} as const satisfies Record<string, readonly [number, number, number]>;

/** Options of `syntheticVowel`. */
export interface VowelOptions extends SignalTiming {
  /** Fundamental (pitch) of the glottal pulse train; default 120 Hz. */
  readonly f0Hz?: number;
  /** Formant centre frequencies; default /a/ (730, 1090, 2440 Hz). */
  readonly formantsHz?: readonly number[];
  /** Formant bandwidths, one per formant; default 80, 100, 120 Hz (then 150 Hz). */
  readonly bandwidthsHz?: readonly number[];
  /** Peak amplitude after normalisation; default 0.5. */
  readonly amplitude?: number;
}

const DEFAULT_FORMANT_BANDWIDTHS_HZ = [80, 100, 120];

/**
 * Synthetic vowel by source–filter synthesis: a glottal pulse train at f0 (impulses placed at
 * fractional positions by linear interpolation, so the period need not be a whole number of
 * samples), given a −6 dB/octave tilt above 100 Hz by a one-pole low-pass (glottal roll-off with lip
 * radiation), then a cascade of two-pole formant resonators
 *   y[n] = A x[n] + B y[n−1] + C y[n−2],  C = −e^{−2πb/f_s},  B = 2 e^{−πb/f_s} cos(2πF/f_s),
 *   A = 1 − B − C (unit gain at 0 Hz)
 * (D. H. Klatt, "Software for a cascade/parallel formant synthesizer", JASA 67(3), 1980).
 * The spectrum shows harmonics at k·f0 under an envelope peaking at the formants.
 * Normalised to the given peak amplitude.
 */
export function syntheticVowel(options: VowelOptions): Float32Array {
  const { sampleRateHz } = options;
  const f0Hz = options.f0Hz ?? 120;
  const formants = options.formantsHz ?? VOWEL_FORMANTS_HZ.a;
  const bandwidths = options.bandwidthsHz ?? DEFAULT_FORMANT_BANDWIDTHS_HZ;
  const length = sampleCount(sampleRateHz, options.durationSec);
  const buffer = new Float64Array(length);

  // Pulse at every phase wrap; the wrap falls `fraction` of a sample before n.
  const cyclesPerSample = f0Hz / sampleRateHz;
  let phase = 1;
  for (let n = 0; n < length; n++) {
    if (phase >= 1) {
      phase -= 1;
      const fraction = phase / cyclesPerSample;
      buffer[n] = buffer[n]! + (1 - fraction);
      if (n > 0) buffer[n - 1] = buffer[n - 1]! + fraction;
    }
    phase += cyclesPerSample;
  }

  const tiltPole = Math.exp((-2 * Math.PI * 100) / sampleRateHz);
  let tiltState = 0;
  for (let n = 0; n < length; n++) {
    tiltState = (1 - tiltPole) * buffer[n]! + tiltPole * tiltState;
    buffer[n] = tiltState;
  }

  for (let f = 0; f < formants.length; f++) {
    const frequency = formants[f]!;
    const bandwidth = bandwidths[f] ?? 150;
    const c = -Math.exp((-2 * Math.PI * bandwidth) / sampleRateHz);
    const b = 2 * Math.exp((-Math.PI * bandwidth) / sampleRateHz) * Math.cos((2 * Math.PI * frequency) / sampleRateHz);
    const a = 1 - b - c;
    let y1 = 0;
    let y2 = 0;
    for (let n = 0; n < length; n++) {
      const y = a * buffer[n]! + b * y1 + c * y2;
      y2 = y1;
      y1 = y;
      buffer[n] = y;
    }
  }
  return normalisedToPeak(buffer, options.amplitude ?? 0.5);
}

/** Options of `harmonicVoice`. */
export interface HarmonicVoiceOptions extends SignalTiming {
  /** Mean fundamental. */
  readonly f0Hz: number;
  /** Vibrato depth (peak deviation of f0); default 3 % of f0. */
  readonly vibratoDepthHz?: number;
  /** Vibrato rate; default 5 Hz. */
  readonly vibratoRateHz?: number;
  /** Syllable rate of the on/off amplitude envelope; default 4 Hz. */
  readonly syllableRateHz?: number;
  /** Envelope phase offset as a fraction of a syllable, so two voices can alternate; default 0. */
  readonly syllableOffset?: number;
  /** Peak amplitude after normalisation; default 0.5. */
  readonly amplitude?: number;
}

/**
 * A speech-like harmonic "voice" for the separation demo: harmonics k·f0(t) up to 0.45 f_s with
 * amplitudes 1/k, f0(t) = f0 + d sin(2π r t) (vibrato), times a syllable envelope
 * sin²(π (s t + offset)), which falls to zero between syllables.
 */
export function harmonicVoice(options: HarmonicVoiceOptions): Float32Array {
  return runToEnd(harmonicVoiceSteps(options));
}

/** Samples per step of `harmonicVoiceSteps`. */
const VOICE_SAMPLES_PER_STEP = 2048;

/** `harmonicVoice` in steps of a few thousand samples (see src/lib/steps.ts): the same signal. */
export function* harmonicVoiceSteps(options: HarmonicVoiceOptions): Steps<Float32Array> {
  const { f0Hz, sampleRateHz } = options;
  const vibratoDepthHz = options.vibratoDepthHz ?? 0.03 * f0Hz;
  const vibratoRateHz = options.vibratoRateHz ?? 5;
  const syllableRateHz = options.syllableRateHz ?? 4;
  const syllableOffset = options.syllableOffset ?? 0;
  const length = sampleCount(sampleRateHz, options.durationSec);
  const harmonics = Math.max(1, Math.floor((0.45 * sampleRateHz) / (f0Hz + vibratoDepthHz)));
  const buffer = new Float64Array(length);
  let phase = 0; // radians of the fundamental
  for (let first = 0; first < length; first += VOICE_SAMPLES_PER_STEP) {
    const last = Math.min(length, first + VOICE_SAMPLES_PER_STEP);
    for (let n = first; n < last; n++) {
      const t = n / sampleRateHz;
      // sin(kφ) by the recurrence sin(kφ) = 2 cos φ · sin((k−1)φ) − sin((k−2)φ): two trig calls per sample.
      const twoCos = 2 * Math.cos(phase);
      let previous = 0;
      let current = Math.sin(phase);
      let value = current;
      for (let k = 2; k <= harmonics; k++) {
        const next = twoCos * current - previous;
        previous = current;
        current = next;
        value += current / k;
      }
      const envelope = Math.sin(Math.PI * (syllableRateHz * t + syllableOffset)) ** 2;
      buffer[n] = envelope * value;
      const f0 = f0Hz + vibratoDepthHz * Math.sin(2 * Math.PI * vibratoRateHz * t);
      phase += (2 * Math.PI * f0) / sampleRateHz;
      if (phase > 2 * Math.PI) phase -= 2 * Math.PI;
    }
    yield;
  }
  return normalisedToPeak(buffer, options.amplitude ?? 0.5);
}

function normalisedToPeak(buffer: Float64Array, peak: number): Float32Array {
  let max = 0;
  for (let n = 0; n < buffer.length; n++) max = Math.max(max, Math.abs(buffer[n]!));
  const gain = max > 0 ? peak / max : 0;
  const out = new Float32Array(buffer.length);
  for (let n = 0; n < buffer.length; n++) out[n] = gain * buffer[n]!;
  return out;
}

/** Mean power (1/L) Σ x[n]². */
export function meanPower(signal: RealSignal): number {
  let sum = 0;
  for (let n = 0; n < signal.length; n++) sum += signal[n]! * signal[n]!;
  return signal.length > 0 ? sum / signal.length : 0;
}

/**
 * The gain g for which first + g·second has power ratio P_first / (g² P_second) = ratioDb
 * (e.g. an SNR): g = √(P_first / P_second · 10^(−ratioDb/10)). 0 if the second signal is silent.
 */
export function gainForRatioDb(first: RealSignal, second: RealSignal, ratioDb: number): number {
  return gainForPowersRatioDb(meanPower(first), meanPower(second), ratioDb);
}

/** The same gain from the two signals' mean powers (for a caller that keeps them). */
export function gainForPowersRatioDb(firstPower: number, secondPower: number, ratioDb: number): number {
  if (secondPower === 0) return 0;
  return Math.sqrt((firstPower / secondPower) * Math.pow(10, -ratioDb / 10));
}

/**
 * first[n] + gain · second[n], over the first signal's length (second zero-padded or cut).
 */
export function mixSignals(first: RealSignal, second: RealSignal, gain = 1): Float32Array {
  const out = new Float32Array(first.length);
  const shared = Math.min(first.length, second.length);
  for (let n = 0; n < shared; n++) out[n] = first[n]! + gain * second[n]!;
  for (let n = shared; n < first.length; n++) out[n] = first[n]!;
  return out;
}

/** Pre-emphasis y[n] = x[n] − α x[n−1] (α default 0.97), the first MFCC step, boosting high frequencies. */
export function preEmphasis(signal: RealSignal, coefficient = 0.97): Float32Array {
  const out = new Float32Array(signal.length);
  let previous = 0;
  for (let n = 0; n < signal.length; n++) {
    const x = signal[n]!;
    out[n] = x - coefficient * previous;
    previous = x;
  }
  return out;
}

/**
 * Signal-to-noise ratio of an estimate against a reference, in dB:
 * 10 log10(Σ s² / Σ (s − ŝ)²) over [from, to) (default the whole common length). +∞ when exact.
 */
export function snrDb(reference: RealSignal, estimate: RealSignal, from = 0, to?: number): number {
  const end = Math.min(to ?? Infinity, reference.length, estimate.length);
  let signal = 0;
  let error = 0;
  for (let n = from; n < end; n++) {
    const s = reference[n]!;
    const e = s - estimate[n]!;
    signal += s * s;
    error += e * e;
  }
  return 10 * Math.log10(signal / error);
}
