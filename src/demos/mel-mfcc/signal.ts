/**
 * The demo's signals: synthetic vowels (pulse train at f0 through formant resonators, see
 * syntheticVowel in src/lib/dsp/signals.ts), steady or as a sequence /a/ → /i/ → /u/, and the STFT
 * framing they are analysed with (the speech standard: 25 ms Hamming frames, 10 ms hop, FFT 512).
 */
import { syntheticVowel, VOWEL_FORMANTS_HZ } from '../../lib/dsp/signals';
import { frameCount } from '../../lib/dsp/stft';

export const SAMPLE_RATE_HZ = 16_000;
export const DURATION_SEC = 1.5;
export const F0_HZ = 120;
export const FRAME_SAMPLES = 400;
export const HOP_SAMPLES = 160;
export const FFT_SIZE = 512;
export const FRAME_COUNT = frameCount(Math.round(SAMPLE_RATE_HZ * DURATION_SEC), FRAME_SAMPLES, HOP_SAMPLES);

export type Vowel = keyof typeof VOWEL_FORMANTS_HZ;
export const SEQUENCE: readonly Vowel[] = ['a', 'i', 'u'];
/** Length of the raised-cosine cross-fade between two vowels of the sequence. */
const CROSSFADE_SEC = 0.06;

function vowel(kind: Vowel): Float32Array {
  return syntheticVowel({ sampleRateHz: SAMPLE_RATE_HZ, durationSec: DURATION_SEC, f0Hz: F0_HZ, formantsHz: VOWEL_FORMANTS_HZ[kind] });
}

/**
 * A steady vowel, or the sequence: each vowel holds for a third of the duration, with raised-cosine
 * cross-fades between them. The three share one pulse train (same f0 and phase), so the fade
 * changes only the formants, not the pitch.
 */
export function demoSignal(kind: Vowel | 'aiu'): Float32Array {
  if (kind !== 'aiu') return vowel(kind);
  const parts = SEQUENCE.map(vowel);
  const out = new Float32Array(parts[0]!.length);
  const segment = out.length / SEQUENCE.length;
  const fade = CROSSFADE_SEC * SAMPLE_RATE_HZ;
  for (let v = 0; v < parts.length; v++) {
    const part = parts[v]!;
    // only the samples within half a fade of the segment carry this vowel
    const from = Math.max(0, Math.floor(v * segment - fade / 2));
    const to = Math.min(out.length, Math.ceil((v + 1) * segment + fade / 2));
    for (let n = from; n < to; n++) out[n] = out[n]! + segmentWeight(n, v, segment, fade, parts.length) * part[n]!;
  }
  return out;
}

/** Weight of vowel v at sample n: 1 inside its segment, a raised-cosine ramp across each boundary. */
export function segmentWeight(n: number, v: number, segment: number, fade: number, count: number): number {
  const start = v * segment;
  const end = (v + 1) * segment;
  const rise = v === 0 ? 1 : ramp((n - start) / fade + 0.5);
  const fall = v === count - 1 ? 1 : 1 - ramp((n - end) / fade + 0.5);
  return Math.min(rise, fall);
}

function ramp(x: number): number {
  return x <= 0 ? 0 : x >= 1 ? 1 : 0.5 - 0.5 * Math.cos(Math.PI * x);
}

/** Centre time of frame m in seconds. */
export function frameCentreSec(frame: number): number {
  return (frame * HOP_SAMPLES + FRAME_SAMPLES / 2) / SAMPLE_RATE_HZ;
}
