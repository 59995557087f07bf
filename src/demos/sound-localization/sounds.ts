/**
 * Short synthetic sounds for the Play button, so the reader hears what each signature stands for.
 * Deterministic (seeded noise), peak-normalised to 0.8; a mixture is the sum, normalised again.
 */
import { mulberry32 } from '../../lib/dsp/rng';
import type { SourceId } from './scene';

export const SOUND_RATE_HZ = 22_050;
export const SOUND_SECONDS = 1.2;

type Synth = (out: Float32Array, rate: number, random: () => number) => void;

/** Two barks: a harmonic burst whose pitch drops, with breath noise. */
const bark: Synth = (out, rate, random) => {
  for (const start of [0.05, 0.45]) {
    const first = Math.round(start * rate);
    const length = Math.round(0.22 * rate);
    let phase = 0;
    for (let n = 0; n < length && first + n < out.length; n++) {
      const t = n / rate;
      const f0 = 620 - 900 * t;
      phase += (2 * Math.PI * f0) / rate;
      const envelope = Math.min(1, t / 0.01) * Math.exp(-t / 0.07);
      let tone = 0;
      for (let k = 1; k <= 6; k++) tone += Math.sin(k * phase) / k;
      out[first + n]! += envelope * (0.7 * tone + 0.5 * (random() * 2 - 1));
    }
  }
};

/** An idling engine: a low buzz with its firing harmonics and a slow throb. */
const engine: Synth = (out, rate, random) => {
  let smoothed = 0;
  for (let n = 0; n < out.length; n++) {
    const t = n / rate;
    const f0 = 38;
    let tone = 0;
    for (let k = 1; k <= 10; k++) tone += Math.sin(2 * Math.PI * k * f0 * t + k) / k;
    smoothed += 0.05 * (random() * 2 - 1 - smoothed);
    const fade = Math.min(1, t / 0.08, (SOUND_SECONDS - t) / 0.1);
    out[n] = fade * (1 + 0.35 * Math.sin(2 * Math.PI * 7 * t)) * (tone + 2 * smoothed);
  }
};

/** A strummed chord (G, B, D): Karplus–Strong plucked strings, each starting a little later. */
const strum: Synth = (out, rate, random) => {
  [196, 246.9, 293.7, 392].forEach((frequency, index) => {
    const period = Math.round(rate / frequency);
    const line = Float32Array.from({ length: period }, () => random() * 2 - 1);
    const first = Math.round((0.03 + index * 0.025) * rate);
    for (let n = 0; first + n < out.length; n++) {
      const i = n % period;
      const value = line[i]!;
      line[i] = 0.996 * 0.5 * (value + line[(i + 1) % period]!);
      out[first + n]! += value;
    }
  });
};

/** Three quick chirps sweeping up and down between 3 and 5 kHz. */
const chirp: Synth = (out, rate) => {
  for (const start of [0.08, 0.32, 0.56]) {
    const first = Math.round(start * rate);
    const length = Math.round(0.12 * rate);
    let phase = 0;
    for (let n = 0; n < length && first + n < out.length; n++) {
      const t = n / rate;
      const frequency = 3000 + 2000 * Math.sin((Math.PI * t) / 0.12);
      phase += (2 * Math.PI * frequency) / rate;
      out[first + n]! += Math.sin(Math.PI * (t / 0.12)) ** 2 * Math.sin(phase);
    }
  }
};

const SYNTHS: Record<SourceId, Synth> = { dog: bark, car: engine, guitar: strum, bird: chirp };

export function synthesize(sources: readonly SourceId[], rate = SOUND_RATE_HZ): Float32Array<ArrayBuffer> {
  const out = new Float32Array(Math.round(SOUND_SECONDS * rate));
  sources.forEach((source, index) => {
    const part = new Float32Array(out.length);
    SYNTHS[source](part, rate, mulberry32(101 + index));
    normalise(part);
    for (let n = 0; n < out.length; n++) out[n]! += part[n]!;
  });
  normalise(out);
  return out;
}

function normalise(signal: Float32Array): void {
  let peak = 0;
  for (const value of signal) peak = Math.max(peak, Math.abs(value));
  if (peak > 0) for (let n = 0; n < signal.length; n++) signal[n] = (signal[n]! / peak) * 0.8;
}
