/**
 * The demo's test signal: a steady 1 kHz tone plus a linear chirp rising from 200 Hz to 6 kHz.
 * The tone shows frequency resolution (a thin line needs a long window), the chirp shows time
 * resolution (a sweep stays a sharp diagonal only with a short window).
 */
import { toneWithChirp } from '../../lib/dsp/signals';

export const SAMPLE_RATE_HZ = 16_000;
export const DURATION_SEC = 2;
export const TONE_HZ = 1_000;
export const CHIRP_START_HZ = 200;
export const CHIRP_END_HZ = 6_000;

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
