/** The STFT explorer's settings: what a note or a link may set (see ../params.ts). */
import type { ParamSchema } from '../params';

/**
 * Built-in signals, then the two a link cannot carry: a picked file and the microphone. A link with
 * signal=file or signal=mic opens on the default signal, with a note saying why.
 */
export const SIGNAL_KINDS = ['tone-chirp', 'chirp', 'two-tones', 'clicks', 'vowel', 'noise', 'file', 'mic'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];
export type BuiltInSignal = Exclude<SignalKind, 'file' | 'mic'>;
export const BUILT_IN_SIGNALS: readonly BuiltInSignal[] = ['tone-chirp', 'chirp', 'two-tones', 'clicks', 'vowel', 'noise'];

/** Hop H as a fraction of the window length N. */
export const HOP_FRACTIONS = ['0.125', '0.25', '0.5', '1'] as const;
export type HopFraction = (typeof HOP_FRACTIONS)[number];

/** Frequency axis of the spectrogram and the frame spectrum; 'auto' picks one per signal. */
export const FREQUENCY_VIEWS = ['auto', 'full', '8k', '4k', '2k', '1k'] as const;
export type FrequencyView = (typeof FREQUENCY_VIEWS)[number];

export const stftParams = {
  signal: { kind: 'enum', default: 'tone-chirp', options: SIGNAL_KINDS },
  /** window length N in samples */
  n: { kind: 'number', default: 512, min: 32, max: 4096, powerOfTwo: true },
  /** hop H = N × this fraction */
  hop: { kind: 'enum', default: '0.25', options: HOP_FRACTIONS },
  window: { kind: 'enum', default: 'hamming', options: ['rectangular', 'hann', 'hamming', 'blackman'] },
  /** zero-padding factor of the frame spectrum: FFT length F = pad × N */
  pad: { kind: 'number', default: 1, min: 1, max: 8, powerOfTwo: true },
  /** dB shown below full scale (the colour map's and the frame spectrum's floor) */
  range: { kind: 'number', default: 80, min: 40, max: 120, step: 10 },
  view: { kind: 'enum', default: 'auto', options: FREQUENCY_VIEWS },
  /** the analysed frame, as the time of its centre in seconds (kept when N or the hop change) */
  t: { kind: 'number', default: 0.5, min: 0, max: 30, step: 0.001 },
} as const satisfies ParamSchema;

export type StftParams = typeof stftParams;
