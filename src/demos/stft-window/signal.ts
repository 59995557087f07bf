/**
 * The explorer's built-in signals, 2 s at 16 kHz each. Each one shows one side of the STFT:
 * - tone-chirp: a steady 1 kHz tone (needs a long window) plus a 200 Hz → 6 kHz chirp (needs a
 *   short one); the tone sits exactly on a bin for every N ≥ 16, the chirp between bins;
 * - chirp: a linear sweep 100 Hz → 7 kHz;
 * - two-tones: 1000 and 1060 Hz, apart by 60 Hz: resolved only when f_s/N is well below 60 Hz;
 *   1060 Hz is never on a bin centre, so it shows leakage (1000 Hz does not);
 * - clicks: pairs of clicks 20 ms apart every 250 ms: two columns only while N/f_s < 20 ms;
 * - vowel: /a/ at f0 = 120 Hz: harmonics 120 Hz apart (long windows) or one stripe per glottal
 *   pulse (short windows), under the formant bands;
 * - noise: white Gaussian noise (seeded): no structure at any N.
 */
import { mulberry32 } from '../../lib/dsp/rng';
import { clickTrain, linearChirp, syntheticVowel, toneWithChirp, twoTones, whiteNoise } from '../../lib/dsp/signals';
import type { BuiltInSignal } from './settings';

export const SAMPLE_RATE_HZ = 16_000;
export const DURATION_SEC = 2;
export const TONE_HZ = 1_000;
export const CHIRP_START_HZ = 200;
export const CHIRP_END_HZ = 6_000;
export const SWEEP_START_HZ = 100;
export const SWEEP_END_HZ = 7_000;
export const TWO_TONES_HZ = [1_000, 1_060] as const;
export const CLICK_GAP_SEC = 0.02;
export const CLICK_PERIOD_SEC = 0.25;
export const VOWEL_F0_HZ = 120;

/** The default signal: 1 kHz tone plus a 200 Hz → 6 kHz chirp. */
export function demoSignal(): Float32Array {
  return toneWithChirp({
    sampleRateHz: SAMPLE_RATE_HZ,
    durationSec: DURATION_SEC,
    toneHz: TONE_HZ,
    chirpStartHz: CHIRP_START_HZ,
    chirpEndHz: CHIRP_END_HZ,
    amplitude: 0.5,
  });
}

export function builtInSignal(kind: BuiltInSignal): Float32Array {
  const timing = { sampleRateHz: SAMPLE_RATE_HZ, durationSec: DURATION_SEC };
  switch (kind) {
    case 'tone-chirp':
      return demoSignal();
    case 'chirp':
      return linearChirp({ ...timing, startHz: SWEEP_START_HZ, endHz: SWEEP_END_HZ, amplitude: 0.5 });
    case 'two-tones':
      return twoTones({ ...timing, firstHz: TWO_TONES_HZ[0], secondHz: TWO_TONES_HZ[1], amplitude: 0.5 });
    case 'clicks': {
      // a pair every 250 ms, the first click of one pair at 0.5 s, where the analysed frame starts
      const first = clickTrain({ ...timing, intervalSec: CLICK_PERIOD_SEC, firstClickSec: CLICK_PERIOD_SEC, amplitude: 0.8 });
      const second = clickTrain({ ...timing, intervalSec: CLICK_PERIOD_SEC, firstClickSec: CLICK_PERIOD_SEC + CLICK_GAP_SEC, amplitude: 0.8 });
      for (let n = 0; n < first.length; n++) first[n] = first[n]! + second[n]!;
      return first;
    }
    case 'vowel':
      return syntheticVowel({ ...timing, f0Hz: VOWEL_F0_HZ, amplitude: 0.5 });
    case 'noise':
      return whiteNoise({ ...timing, rng: mulberry32(20_240), rms: 0.1 });
  }
}
