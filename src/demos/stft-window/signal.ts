/**
 * The demo's test signal: a steady 1 kHz tone plus a linear chirp rising from 200 Hz to 6 kHz.
 * The tone shows frequency resolution (a thin line needs a long window), the chirp shows time
 * resolution (a sweep stays a sharp diagonal only with a short window).
 */
export const SAMPLE_RATE_HZ = 16_000;
export const DURATION_SEC = 2;
export const TONE_HZ = 1_000;
export const CHIRP_START_HZ = 200;
export const CHIRP_END_HZ = 6_000;

export function toneAndChirp(sampleRateHz = SAMPLE_RATE_HZ, durationSec = DURATION_SEC): Float32Array {
  const length = Math.round(sampleRateHz * durationSec);
  const signal = new Float32Array(length);
  const sweepRate = (CHIRP_END_HZ - CHIRP_START_HZ) / durationSec; // Hz per second
  for (let n = 0; n < length; n++) {
    const t = n / sampleRateHz;
    // chirp phase = 2π (f0 t + k t² / 2), so its instantaneous frequency is f0 + k t
    const chirp = Math.sin(2 * Math.PI * (CHIRP_START_HZ * t + (sweepRate * t * t) / 2));
    signal[n] = 0.5 * Math.sin(2 * Math.PI * TONE_HZ * t) + 0.5 * chirp;
  }
  return signal;
}
