import { describe, expect, it } from 'vitest';
import { mulberry32 } from './rng';
import {
  chirpFrequencyAtHz,
  clickTrain,
  gainForPowersRatioDb,
  gainForRatioDb,
  harmonicVoice,
  linearChirp,
  meanPower,
  mixSignals,
  preEmphasis,
  sampleCount,
  sineWave,
  snrDb,
  syntheticVowel,
  toneWithChirp,
  twoTones,
  VOWEL_FORMANTS_HZ,
  whiteNoise,
} from './signals';
import { argMax, binFrequencyHz, frequencyToBin, powerSpectrum } from './spectrum';
import { frameCount, stftPower } from './stft';
import type { RealSignal } from './types';

const FS = 16000;

/** Power spectrum in dB (re its maximum) of the frame of length N starting at `offset`. */
function frameDb(signal: RealSignal, offset: number, frameSamples: number, window: 'hann' | 'rectangular' = 'hann', fftSize = frameSamples): Float64Array {
  const power = powerSpectrum(signal.subarray(offset, offset + frameSamples), { window, fftSize });
  const peak = Math.max(...power);
  return power.map((p) => 10 * Math.log10(p / peak + 1e-30));
}

/** Local maxima above `thresholdDb` in [from, to) bins. */
function peaks(db: Float64Array, from: number, to: number, thresholdDb: number): number[] {
  const found: number[] = [];
  for (let k = Math.max(1, Math.ceil(from)); k < Math.min(to, db.length - 1); k++) {
    if (db[k]! > thresholdDb && db[k]! >= db[k - 1]! && db[k]! > db[k + 1]!) found.push(k);
  }
  return found;
}

describe('basic generators', () => {
  it('sampleCount = round(f_s · T)', () => {
    expect(sampleCount(16000, 1)).toBe(16000);
    expect(sampleCount(22050, 0.1)).toBe(2205);
    expect(() => sampleCount(0, 1)).toThrow(RangeError);
  });

  it('sine wave values and length', () => {
    const x = sineWave({ frequencyHz: 1000, sampleRateHz: FS, durationSec: 0.01, amplitude: 0.5, phaseRad: Math.PI / 2 });
    expect(x.length).toBe(160);
    expect(x[0]).toBeCloseTo(0.5, 7);
    expect(x[4]).toBeCloseTo(0.5 * Math.cos((2 * Math.PI * 1000 * 4) / FS), 7);
  });
});

describe('linear chirp', () => {
  it('instantaneous frequency at the midpoint is the spectral peak of the middle frame (±1 bin)', () => {
    const x = linearChirp({ startHz: 100, endHz: 7000, sampleRateHz: FS, durationSec: 1 });
    expect(chirpFrequencyAtHz(100, 7000, 1, 0.5)).toBe(3550);
    const frameSamples = 1024;
    const offset = FS / 2 - frameSamples / 2; // frame centred on t = 0.5 s
    const peak = argMax(frameDb(x, offset, frameSamples));
    expect(Math.abs(peak - frequencyToBin(3550, frameSamples, FS))).toBeLessThanOrEqual(1);
  });

  it('tracks f(t) in every frame of the spectrogram (±1 bin)', () => {
    const x = linearChirp({ startHz: 100, endHz: 7000, sampleRateHz: FS, durationSec: 1 });
    const frameSamples = 512;
    const hopSamples = 512;
    const power = stftPower(x, { frameSamples, hopSamples });
    for (let m = 0; m < power.frames; m++) {
      const centreSec = (m * hopSamples + frameSamples / 2) / FS;
      const expectedBin = frequencyToBin(chirpFrequencyAtHz(100, 7000, 1, centreSec), frameSamples, FS);
      const peak = argMax(power.data.subarray(m * 257, (m + 1) * 257));
      expect(Math.abs(peak - expectedBin)).toBeLessThanOrEqual(1);
    }
  });

  it('tone + chirp shows both: the 1 kHz line and the chirp frequency in the middle frame', () => {
    const x = toneWithChirp({ sampleRateHz: FS, durationSec: 1 });
    const db = frameDb(x, FS / 2 - 512, 1024);
    const found = peaks(db, 0, db.length, -10).map((k) => binFrequencyHz(k, 1024, FS));
    expect(found.some((f) => Math.abs(f - 1000) < 16)).toBe(true);
    expect(found.some((f) => Math.abs(f - 3550) < 32)).toBe(true);
  });
});

describe('two close tones', () => {
  const x = twoTones({ firstHz: 1000, secondHz: 1060, sampleRateHz: FS, durationSec: 1 });

  it('1000 + 1060 Hz: N = 128 (Δf = 125 Hz) shows one peak region, N = 4096 two peaks with a deep dip', () => {
    const short = frameDb(x, 4000, 128);
    expect(peaks(short, 0, short.length, -20)).toHaveLength(1);
    const long = frameDb(x, 4000, 4096);
    const found = peaks(long, 0, long.length, -20);
    expect(found).toHaveLength(2);
    expect(Math.abs(binFrequencyHz(found[0]!, 4096, FS) - 1000)).toBeLessThan(4);
    expect(Math.abs(binFrequencyHz(found[1]!, 4096, FS) - 1060)).toBeLessThan(4);
    const dip = Math.min(...long.subarray(found[0], found[1]));
    expect(dip).toBeLessThan(-20);
  });

  // lecture-facts demo 1; spectra 8× zero-padded so the dip between the peaks can be read.
  it('1000 + 1100 Hz: N = 256 rect resolves (dip ≈ 8 dB), Hann does not (< 3 dB); N = 512 Hann dips > 20 dB', () => {
    const y = twoTones({ firstHz: 1000, secondHz: 1100, sampleRateHz: FS, durationSec: 0.5 });
    /** Depth of the dip between the two highest local maxima in 900–1200 Hz, below the lower one (0 if < 2 maxima). */
    const dipDb = (db: Float64Array, fftSize: number): number => {
      const found = peaks(db, frequencyToBin(900, fftSize, FS), frequencyToBin(1200, fftSize, FS), -10);
      if (found.length < 2) return 0;
      const [first, second] = found
        .sort((a, b) => db[b]! - db[a]!)
        .slice(0, 2)
        .sort((a, b) => a - b) as [number, number];
      return Math.min(db[first]!, db[second]!) - Math.min(...db.subarray(first, second + 1));
    };
    const rectDip = dipDb(frameDb(y, 0, 256, 'rectangular', 2048), 2048);
    expect(rectDip).toBeGreaterThan(6);
    expect(rectDip).toBeLessThan(10);
    expect(dipDb(frameDb(y, 0, 256, 'hann', 2048), 2048)).toBeLessThan(3);
    expect(dipDb(frameDb(y, 0, 512, 'hann', 4096), 4096)).toBeGreaterThan(20);
  });

  it('second level in dB', () => {
    const z = twoTones({ sampleRateHz: FS, durationSec: 1, secondLevelDb: -20, firstHz: 1000, secondHz: 2000 });
    const power = powerSpectrum(z.subarray(0, 1024), { window: 'hann' });
    expect(10 * Math.log10(power[128]! / power[64]!)).toBeCloseTo(-20, 2);
  });
});

describe('click train', () => {
  it('places one-sample clicks at t0 + iΔ', () => {
    const x = clickTrain({ intervalSec: 0.01, firstClickSec: 0.005, sampleRateHz: FS, durationSec: 0.05 });
    const positions = Array.from(x.keys()).filter((n) => x[n] !== 0);
    expect(positions).toEqual([80, 240, 400, 560, 720]);
    const two = clickTrain({ intervalSec: 0.01, count: 2, sampleRateHz: FS, durationSec: 0.05 });
    expect(two.filter((v) => v === 1)).toHaveLength(2);
  });

  it('two clicks 20 ms apart: N = 128 (8 ms) gives two energy columns, N = 2048 (128 ms) one', () => {
    const x = clickTrain({ intervalSec: 0.02, firstClickSec: 0.15, count: 2, sampleRateHz: FS, durationSec: 0.4 });
    const columns = (frameSamples: number): number => {
      const hopSamples = 32;
      const power = stftPower(x, { frameSamples, hopSamples, window: 'rectangular' });
      const bins = power.columns;
      let runs = 0;
      let inside = false;
      for (let m = 0; m < frameCount(x.length, frameSamples, hopSamples); m++) {
        const energy = power.data.subarray(m * bins, (m + 1) * bins).reduce((a, b) => a + b, 0);
        if (energy > 1e-6 && !inside) runs++;
        inside = energy > 1e-6;
      }
      return runs;
    };
    expect(columns(128)).toBe(2);
    expect(columns(2048)).toBe(1);
  });
});

describe('white noise', () => {
  it('is reproducible per seed, zero-mean, with the requested RMS (±2 %)', () => {
    const a = whiteNoise({ sampleRateHz: FS, durationSec: 2, rng: mulberry32(1), rms: 0.25 });
    const b = whiteNoise({ sampleRateHz: FS, durationSec: 2, rng: mulberry32(1), rms: 0.25 });
    const c = whiteNoise({ sampleRateHz: FS, durationSec: 2, rng: mulberry32(2), rms: 0.25 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const mean = a.reduce((s, v) => s + v, 0) / a.length;
    expect(Math.abs(mean)).toBeLessThan((3 * 0.25) / Math.sqrt(a.length));
    expect(Math.abs(Math.sqrt(meanPower(a)) - 0.25)).toBeLessThan(0.005);
    const uniform = whiteNoise({ sampleRateHz: FS, durationSec: 1, rng: mulberry32(3), rms: 0.25, distribution: 'uniform' });
    expect(Math.max(...uniform.map(Math.abs))).toBeLessThanOrEqual(Math.sqrt(3) * 0.25);
    expect(Math.abs(Math.sqrt(meanPower(uniform)) - 0.25)).toBeLessThan(0.005);
  });

  it('has a flat spectrum: mean power of the lower and upper halves of the band within 5 %', () => {
    const x = whiteNoise({ sampleRateHz: FS, durationSec: 4, rng: mulberry32(7) });
    const power = stftPower(x, { frameSamples: 512, hopSamples: 256 });
    let low = 0;
    let high = 0;
    for (let m = 0; m < power.frames; m++) {
      for (let k = 1; k < 128; k++) low += power.data[m * 257 + k]!;
      for (let k = 129; k < 256; k++) high += power.data[m * 257 + k]!;
    }
    expect(Math.abs(low / high - 1)).toBeLessThan(0.05);
  });
});

describe('synthetic vowel', () => {
  /** Level in dB of each harmonic k·f0 (k = 1..) read from a long Hann frame. */
  function harmonicLevels(x: Float32Array, f0Hz: number): number[] {
    const frameSamples = 4096;
    const db = frameDb(x, 4000, frameSamples);
    const levels: number[] = [];
    for (let h = 1; h * f0Hz < 4000; h++) {
      const k = Math.round(frequencyToBin(h * f0Hz, frameSamples, FS));
      levels.push(Math.max(db[k - 1]!, db[k]!, db[k + 1]!));
    }
    return levels;
  }

  it('is periodic at f0: autocorrelation peaks at f_s / f0 samples', () => {
    const x = syntheticVowel({ sampleRateHz: FS, durationSec: 0.5, f0Hz: 125 });
    let best = 0;
    let bestLag = 0;
    for (let lag = 60; lag < 200; lag++) {
      let sum = 0;
      for (let n = 2000; n < 6000; n++) sum += x[n]! * x[n + lag]!;
      if (sum > best) {
        best = sum;
        bestLag = lag;
      }
    }
    expect(bestLag).toBe(128);
    expect(Math.max(...x.map(Math.abs))).toBeCloseTo(0.5, 6);
  });

  it('/a/: the harmonic envelope peaks at the harmonics nearest F1, F2 and F3', () => {
    const f0Hz = 120;
    const levels = harmonicLevels(syntheticVowel({ sampleRateHz: FS, durationSec: 1, f0Hz }), f0Hz);
    const localMaxima = levels
      .map((level, i) => ({ level, harmonic: i + 1 }))
      .filter(({ level, harmonic }) => harmonic > 1 && level > levels[harmonic - 2]! && level >= (levels[harmonic] ?? -Infinity))
      .map(({ harmonic }) => harmonic);
    for (const formant of VOWEL_FORMANTS_HZ.a) {
      const nearest = Math.round(formant / f0Hz);
      expect(localMaxima.some((h) => Math.abs(h - nearest) <= 1)).toBe(true);
    }
    // The strongest harmonic is the one at F1 (6 × 120 = 720 Hz) or its neighbour.
    const strongest = levels.indexOf(Math.max(...levels)) + 1;
    expect(Math.abs(strongest - 6)).toBeLessThanOrEqual(1);
  });

  it('/i/ differs from /a/: low F1, energy near F2 = 2290 Hz well above /a/ there', () => {
    const f0Hz = 120;
    const a = harmonicLevels(syntheticVowel({ sampleRateHz: FS, durationSec: 1, f0Hz }), f0Hz);
    const i = harmonicLevels(syntheticVowel({ sampleRateHz: FS, durationSec: 1, f0Hz, formantsHz: VOWEL_FORMANTS_HZ.i }), f0Hz);
    const strongestI = i.indexOf(Math.max(...i)) + 1;
    expect(strongestI * f0Hz).toBeLessThan(400);
    const h2290 = Math.round(2290 / f0Hz) - 1;
    expect(i[h2290]! - a[h2290]!).toBeGreaterThan(10);
  });
});

describe('other signals', () => {
  it('harmonic voice: harmonics of f0 and silent gaps between syllables', () => {
    const x = harmonicVoice({ f0Hz: 200, vibratoDepthHz: 0, sampleRateHz: FS, durationSec: 1, syllableRateHz: 4 });
    const db = frameDb(x, 1500, 1024);
    for (const harmonic of [1, 2, 3]) {
      const k = frequencyToBin(harmonic * 200, 1024, FS);
      expect(Math.max(db[Math.floor(k)]!, db[Math.ceil(k)]!)).toBeGreaterThan(-25);
    }
    expect(Math.abs(x[FS / 4]!)).toBeLessThan(1e-3); // envelope zero at t = 1/4 s
    expect(Math.max(...x.map(Math.abs))).toBeCloseTo(0.5, 6);
  });

  it('mixing at a ratio in dB gives that power ratio', () => {
    const tone = sineWave({ frequencyHz: 440, sampleRateHz: FS, durationSec: 1 });
    const noise = whiteNoise({ sampleRateHz: FS, durationSec: 1, rng: mulberry32(9) });
    for (const ratioDb of [-10, 0, 12.5, 40]) {
      const secondGain = gainForRatioDb(tone, noise, ratioDb);
      const mixture = mixSignals(tone, noise, secondGain);
      const scaledNoisePower = meanPower(noise) * secondGain ** 2;
      expect(10 * Math.log10(meanPower(tone) / scaledNoisePower)).toBeCloseTo(ratioDb, 9);
      expect(mixture[100]).toBeCloseTo(tone[100]! + secondGain * noise[100]!, 6);
    }
    expect(mixSignals(Float32Array.of(1, 2, 3), Float32Array.of(1), 2)).toEqual(Float32Array.of(3, 2, 3));
    expect(gainForRatioDb(tone, new Float32Array(10), 0)).toBe(0);
    // from kept powers: the same number to the bit
    expect(gainForPowersRatioDb(meanPower(tone), meanPower(noise), 7.5)).toBe(gainForRatioDb(tone, noise, 7.5));
    expect(gainForPowersRatioDb(1, 0, 3)).toBe(0);
  });

  it('pre-emphasis y[n] = x[n] − 0.97 x[n − 1]; SNR in dB', () => {
    expect(Array.from(preEmphasis(Float32Array.of(1, 1, 2)))).toEqual([1, Math.fround(1 - 0.97), Math.fround(2 - 0.97)]);
    const reference = Float32Array.of(1, -1, 1, -1);
    expect(snrDb(reference, Float32Array.of(1.1, -1, 1, -1))).toBeCloseTo(10 * Math.log10(4 / 0.01), 4);
    expect(snrDb(reference, reference)).toBe(Infinity);
  });
});
