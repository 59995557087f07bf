/**
 * The two sources of each mixture, all synthetic and deterministic (src/lib/dsp/signals.ts):
 * two harmonic "voices" (110 and 210 Hz, vibrato, syllable-like envelopes that alternate and overlap),
 * two steady vowels at different pitches (always overlapping in time, interleaved in frequency), or a
 * voice and seeded white noise (overlapping everywhere).
 */
import { mulberry32 } from '../../lib/dsp/rng';
import { harmonicVoiceSteps, syntheticVowel, VOWEL_FORMANTS_HZ, whiteNoise } from '../../lib/dsp/signals';
import { runToEnd, type Steps } from '../../lib/steps';
import type { SourceSet } from './settings';

export const SAMPLE_RATE_HZ = 16_000;
export const DURATION_SEC = 1.5;
const NOISE_SEED = 7;

export function sourcePair(set: SourceSet): [Float32Array, Float32Array] {
  const [make1, make2] = sourceSteps(set);
  return [runToEnd(make1()), runToEnd(make2())];
}

/** Each source of a set made in steps (a voice takes a few ms: see src/lib/steps.ts), when called. */
export function sourceSteps(set: SourceSet): [() => Steps<Float32Array>, () => Steps<Float32Array>] {
  const timing = { sampleRateHz: SAMPLE_RATE_HZ, durationSec: DURATION_SEC };
  const voice1 = () => harmonicVoiceSteps({ ...timing, f0Hz: 110, syllableRateHz: 4 });
  switch (set) {
    case 'voices':
      return [voice1, () => harmonicVoiceSteps({ ...timing, f0Hz: 210, syllableRateHz: 3, syllableOffset: 0.3 })];
    case 'vowels':
      return [
        oneStep(() => syntheticVowel({ ...timing, f0Hz: 120, formantsHz: VOWEL_FORMANTS_HZ.a })),
        oneStep(() => syntheticVowel({ ...timing, f0Hz: 200, formantsHz: VOWEL_FORMANTS_HZ.i })),
      ];
    case 'voice-noise':
      return [voice1, oneStep(() => whiteNoise({ ...timing, rng: mulberry32(NOISE_SEED), rms: 0.1 }))];
  }
}

/** A quick computation as steps: a pause, then all of it. */
function oneStep<T>(compute: () => T): () => Steps<T> {
  return function* () {
    yield;
    return compute();
  };
}
