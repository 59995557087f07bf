import { describe, expect, it } from 'vitest';
import { sineWave } from '../../lib/dsp/signals';
import { stftMagnitudeDb } from '../../lib/dsp/stft';
import { WINDOW_TYPES } from '../../lib/dsp/windows';
import {
  analyseFrame,
  firstSeconds,
  frameAtPointer,
  frameCentreSetting,
  frameLayout,
  frameNearestTime,
  frameSpanSec,
  frequencyRange,
  gridFrames,
  hopFromFraction,
  isSilent,
  maxPool,
  minMaxEnvelope,
  frameNearestSample,
  grabbedSample,
  zoomSpan,
  mixToMono,
  readWavLayout,
  spectrogramStride,
  timeAtX,
  wavPrefix,
  type FrameGrid,
} from './explorer';
import { builtInSignal, CLICK_GAP_SEC, SAMPLE_RATE_HZ, TWO_TONES_HZ } from './signal';

const tone = (frequencyHz: number, length = 4096) =>
  Float64Array.from(sineWave({ frequencyHz, sampleRateHz: 16000, durationSec: length / 16000 }), (_, n) => Math.sin((2 * Math.PI * frequencyHz * n) / 16000));

/**
 * Peaks within 10 dB of the highest in db[from..to) that stand at least `minDipDb` above the lowest
 * point between them and the previous such peak (side lobes and ripples do not count).
 */
function resolvedPeaks(db: Float64Array, from: number, to: number, minDipDb: number): number {
  let top = -Infinity;
  for (let k = from; k < to; k++) top = Math.max(top, db[k]!);
  const maxima: number[] = [];
  for (let k = from + 1; k < to - 1; k++) if (db[k]! > db[k - 1]! && db[k]! >= db[k + 1]! && db[k]! > top - 10) maxima.push(k);
  let count = maxima.length ? 1 : 0;
  for (let i = 1; i < maxima.length; i++) {
    let low = Infinity;
    for (let k = maxima[i - 1]!; k <= maxima[i]!; k++) low = Math.min(low, db[k]!);
    if (Math.min(db[maxima[i - 1]!]!, db[maxima[i]!]!) - low >= minDipDb) count++;
  }
  return count;
}

describe('frames and time', () => {
  const grid: FrameGrid = { sampleRateHz: 16000, signalLength: 16000, frameSamples: 400, hopSamples: 160 };

  it('hop from a fraction of N', () => {
    expect(hopFromFraction(1024, 0.25)).toBe(256);
    expect(hopFromFraction(32, 0.125)).toBe(4);
    expect(hopFromFraction(4096, 1)).toBe(4096);
  });

  it('frame m spans [mH, mH + N) / f_s; 1 + ⌊(L − N)/H⌋ frames (98 for 1 s, N = 400, H = 160)', () => {
    expect(gridFrames(grid)).toBe(98);
    expect(frameSpanSec(10, grid)).toEqual({ startSec: 0.1, endSec: 0.125, centreSec: 0.1125 });
    expect(gridFrames({ ...grid, signalLength: 399 })).toBe(0);
  });

  it('time → nearest frame centre, inverse of the centre time, clamped to the frames that exist', () => {
    for (let m = 0; m < 98; m++) expect(frameNearestTime(frameSpanSec(m, grid).centreSec, grid)).toBe(m);
    expect(frameNearestTime(0.1125 + 0.004, grid)).toBe(10); // 4 ms off: still frame 10 (hop 10 ms)
    expect(frameNearestTime(0.1125 + 0.006, grid)).toBe(11);
    expect(frameNearestTime(0, grid)).toBe(0);
    expect(frameNearestTime(99, grid)).toBe(97);
    expect(frameNearestTime(0.5, { ...grid, signalLength: 100 })).toBe(0);
  });

  it('the frame under a pointer: x across the plot → time → frame', () => {
    const demo: FrameGrid = { sampleRateHz: 16000, signalLength: 32000, frameSamples: 512, hopSamples: 128 };
    expect(gridFrames(demo)).toBe(247);
    expect(timeAtX(40 + 150, 40, 300, 2)).toBe(1);
    expect(frameAtPointer(40 + 150, 40, 300, 2, demo)).toBe(123); // round((16000 − 256) / 128)
    expect(frameAtPointer(0, 40, 300, 2, demo)).toBe(0); // left of the plot: clamped
    expect(frameAtPointer(500, 40, 300, 2, demo)).toBe(246);
  });

  it('spectrogram stride: every frame for 5 s at 16 kHz, N = 1024, hop 256; every 11th for 30 s at 48 kHz', () => {
    expect(spectrogramStride(309, 1024, 2 ** 19)).toBe(1);
    expect(spectrogramStride(5622, 1024, 2 ** 19)).toBe(11);
  });

  it('the frame layout: hop, frames and the spectrogram’s column hop (stride × H)', () => {
    expect(frameLayout(32000, 512, 0.25, 2 ** 19)).toEqual({ hopSamples: 128, frames: 247, stride: 1, columnHop: 128 });
    expect(frameLayout(30 * 48000, 1024, 0.25, 2 ** 19)).toEqual({ hopSamples: 256, frames: 5622, stride: 11, columnHop: 11 * 256 });
    expect(frameLayout(100, 512, 0.5, 2 ** 19)).toEqual({ hopSamples: 256, frames: 0, stride: 1, columnHop: 256 });
  });

  it('a frame as its setting: the centre time to the millisecond, at most the setting’s maximum', () => {
    const demo: FrameGrid = { sampleRateHz: 16000, signalLength: 32000, frameSamples: 512, hopSamples: 128 };
    expect(frameCentreSetting(246, demo, 30)).toBe(1.984);
    expect(frameCentreSetting(100, demo, 30)).toBe(0.816);
    expect(frameCentreSetting(1, { ...demo, sampleRateHz: 44100 }, 30)).toBe(0.009); // 384 / 44100 = 8.7 ms
    expect(frameCentreSetting(246, demo, 1)).toBe(1);
    for (let m = 0; m < 247; m++) expect(frameNearestTime(frameCentreSetting(m, demo, 30), demo)).toBe(m);
  });
});

describe('one frame’s spectrum', () => {
  const grid: FrameGrid = { sampleRateHz: 16000, signalLength: 4096, frameSamples: 512, hopSamples: 128 };

  it('a full-scale 1 kHz sine, N = 512: peak at bin 32 (1000 Hz) at 0 dB re full scale for every window', () => {
    for (const type of WINDOW_TYPES) {
      const frame = analyseFrame(tone(1000), 3, grid, type, 1, -120);
      expect(frame.fftSize).toBe(512);
      expect(frame.pointSpacingHz).toBe(31.25);
      expect(frame.db.length).toBe(257);
      expect(frame.peakIndex).toBe(32);
      expect(Math.abs(frame.peakDb)).toBeLessThan(1e-9);
    }
  });

  it('zero-padding ×4 puts three points between bins and keeps the bins (F = 2048, peak at point 128)', () => {
    const plain = analyseFrame(tone(1234), 2, grid, 'hann', 1, -300);
    const padded = analyseFrame(tone(1234), 2, grid, 'hann', 4, -300);
    expect(padded.fftSize).toBe(2048);
    expect(padded.db.length).toBe(1025);
    for (let k = 0; k < plain.db.length; k++) expect(padded.db[4 * k]).toBeCloseTo(plain.db[k]!, 9);
    // between bins the padded spectrum finds the true peak: 1234 Hz is bin 39.49, closer at ×4
    expect(Math.abs(padded.peakIndex * padded.pointSpacingHz - 1234)).toBeLessThan(Math.abs(plain.peakIndex * 31.25 - 1234));
    // … and never narrows it: the −6 dB width stays ≈ 2 bins (Hann), whatever the padding
    const width = (db: Float64Array, peak: number, spacing: number) => {
      let lo = peak;
      let hi = peak;
      while (db[lo - 1]! > db[peak]! - 6) lo--;
      while (db[hi + 1]! > db[peak]! - 6) hi++;
      return ((hi - lo) * spacing) / 31.25;
    };
    expect(width(padded.db, padded.peakIndex, padded.pointSpacingHz)).toBeGreaterThan(1.5);
    expect(width(padded.db, padded.peakIndex, padded.pointSpacingHz)).toBeLessThan(2.2);
  });

  it('Parseval with zero-padding: Σ|x w|² = (1/F) Σ_k |X[k]|² to 1e-9 (relative)', () => {
    const frame = analyseFrame(tone(777), 1, grid, 'hamming', 8, -Infinity);
    let timeEnergy = 0;
    for (const value of frame.windowed) timeEnergy += value * value;
    let windowSum = 0;
    for (const value of frame.window) windowSum += value;
    const reference = (windowSum / 2) ** 2;
    const power = Array.from(frame.db, (db) => reference * 10 ** (db / 10));
    let energy = power[0]! + power.at(-1)!;
    for (let k = 1; k < power.length - 1; k++) energy += 2 * power[k]!;
    expect(Math.abs(energy / frame.fftSize - timeEnergy) / timeEnergy).toBeLessThan(1e-9);
  });

  it('leakage of a tone between bins (1015.625 Hz = bin 32.5) at bin 42: rect −26.7, Hamming −46.1, Hann −67.1 dB re its peak', () => {
    const expected = { rectangular: -26.7, hamming: -46.1, hann: -67.1 } as const;
    for (const [type, level] of Object.entries(expected)) {
      const frame = analyseFrame(tone(1015.625), 0, grid, type as keyof typeof expected, 1, -300);
      expect(frame.db[42]! - frame.peakDb).toBeCloseTo(level, 0);
    }
  });

  it('the demo’s two tones (1000 and 1060 Hz) need a long window: one peak at N = 256, two at N = 1024 (Hamming)', () => {
    const signal = builtInSignal('two-tones');
    const at = (n: number) => ({ sampleRateHz: SAMPLE_RATE_HZ, signalLength: signal.length, frameSamples: n, hopSamples: n / 4 });
    const short = analyseFrame(signal, 10, at(256), 'hamming', 8, -120);
    const long = analyseFrame(signal, 10, at(1024), 'hamming', 8, -120);
    const band = (frame: typeof short) => [Math.floor(900 / frame.pointSpacingHz), Math.ceil(1160 / frame.pointSpacingHz)] as const;
    expect(resolvedPeaks(short.db, ...band(short), 3)).toBe(1);
    expect(resolvedPeaks(long.db, ...band(long), 3)).toBe(2);
    expect(TWO_TONES_HZ[1] - TWO_TONES_HZ[0]).toBe(60);
  });

  it('leakage on the two tones: 1000 Hz sits on a bin, 1060 Hz does not; rectangular shows side lobes Hamming does not', () => {
    const signal = builtInSignal('two-tones');
    const grid1024 = { sampleRateHz: SAMPLE_RATE_HZ, signalLength: signal.length, frameSamples: 1024, hopSamples: 256 };
    // 300 Hz (19 bins) above the upper tone the rectangular window's side lobes (envelope
    // −20 log10(π·19) ≈ −36 dB re the peak; −41 dB in this bin) stand far above Hamming's
    const rect = analyseFrame(signal, 20, grid1024, 'rectangular', 1, -200);
    const hamming = analyseFrame(signal, 20, grid1024, 'hamming', 1, -200);
    const bin = Math.round(1360 / 15.625);
    expect(rect.db[bin]! - hamming.db[bin]!).toBeGreaterThan(12);
    expect(rect.db[bin]! - rect.peakDb).toBeGreaterThan(-45);
  });
});

describe('the click pair (20 ms apart) against N', () => {
  // frame energy around the pair at 0.50 / 0.52 s: two columns with N = 128 (8 ms), one with N = 2048 (128 ms)
  const columns = (n: number) => {
    const signal = builtInSignal('clicks');
    const hop = n / 4;
    const spectrogram = stftMagnitudeDb(signal, { frameSamples: n, hopSamples: hop, window: 'hann', floorDb: -120 });
    const energy: number[] = [];
    for (let m = 0; m < spectrogram.frames; m++) {
      const centre = (m * hop + n / 2) / SAMPLE_RATE_HZ;
      if (Math.abs(centre - 0.51) > 0.1) continue;
      let sum = 0;
      for (let k = 0; k < spectrogram.columns; k++) sum += 10 ** (spectrogram.data[m * spectrogram.columns + k]! / 10);
      energy.push(10 * Math.log10(sum + 1e-30));
    }
    return resolvedPeaks(Float64Array.from(energy), 0, energy.length, 10);
  };

  it(`N = 128: two columns; N = 2048: one (clicks ${CLICK_GAP_SEC * 1000} ms apart)`, () => {
    expect(columns(128)).toBe(2);
    expect(columns(2048)).toBe(1);
  });
});

describe('pictures and input', () => {
  it('max-pooling keeps a one-cell line visible and maps row 0 to the lowest bin', () => {
    // 4 frames × 4 bins, one hot cell at frame 2, bin 1
    const data = new Float32Array(16).fill(-100);
    data[2 * 4 + 1] = -10;
    const pooled = maxPool(data, 4, 4, 0, 4, 2, 2);
    expect(Array.from(pooled)).toEqual([-100, -100, -10, -100]);
    // a band of bins [1, 3) only, to 2 rows: the hot bin is the lower row
    expect(Array.from(maxPool(data, 4, 4, 1, 3, 4, 2))).toEqual([-100, -100, -100, -100, -10, -100, -100, -100]);
    // more cells than data: each takes its nearest frame and bin
    expect(maxPool(Float32Array.from([1, 2, 3, 4]), 2, 2, 0, 2, 4, 4).length).toBe(16);
    expect(Array.from(maxPool(Float32Array.from([1, 2, 3, 4]), 2, 2, 0, 2, 4, 4).subarray(8, 12))).toEqual([3, 3, 4, 4]);
  });

  it('frequency ranges: auto picks per signal, clamped to f_s / 2', () => {
    expect(frequencyRange('auto', 'two-tones', 16000)).toEqual({ minHz: 500, maxHz: 1500 });
    expect(frequencyRange('auto', 'vowel', 16000)).toEqual({ minHz: 0, maxHz: 4000 });
    expect(frequencyRange('auto', 'tone-chirp', 16000)).toEqual({ minHz: 0, maxHz: 8000 });
    expect(frequencyRange('auto', 'mic', 48000)).toEqual({ minHz: 0, maxHz: 8000 });
    expect(frequencyRange('full', 'mic', 48000)).toEqual({ minHz: 0, maxHz: 24000 });
    expect(frequencyRange('8k', 'file', 11025)).toEqual({ minHz: 0, maxHz: 5512.5 });
  });

  it('silence, mono mixing, the first seconds', () => {
    expect(isSilent(new Float32Array(100))).toBe(true);
    expect(isSilent(Float32Array.from([0, 1e-7, -5e-7]))).toBe(true);
    expect(isSilent(Float32Array.from([0, 1e-3]))).toBe(false);
    expect(Array.from(mixToMono([Float32Array.from([1, 3, 9]), Float32Array.from([3, 5])]))).toEqual([2, 4]);
    const samples = new Float32Array(48000);
    expect(firstSeconds(samples, 16000, 2)).toEqual({ samples: samples.subarray(0, 32000), cut: true });
    expect(firstSeconds(samples, 16000, 30).cut).toBe(false);
  });

  it('WAV header: finds the data chunk (after a padded LIST chunk) and cuts to the first seconds', () => {
    // 16-bit mono at 8 kHz, 3 s of data, with an odd-sized LIST chunk before it
    const dataBytes = 3 * 8000 * 2;
    const buffer = new ArrayBuffer(12 + 24 + 8 + 3 + 1 + 8 + dataBytes);
    const view = new DataView(buffer);
    const put = (offset: number, text: string) => [...text].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
    put(0, 'RIFF');
    view.setUint32(4, buffer.byteLength - 8, true);
    put(8, 'WAVE');
    put(12, 'fmt ');
    view.setUint32(16, 16, true);
    view.setUint16(20, 1, true); // PCM
    view.setUint16(22, 1, true); // mono
    view.setUint32(24, 8000, true);
    view.setUint32(28, 16000, true); // byte rate
    view.setUint16(32, 2, true); // block align
    view.setUint16(34, 16, true);
    put(36, 'LIST');
    view.setUint32(40, 3, true);
    put(48, 'data');
    view.setUint32(52, dataBytes, true);
    const layout = readWavLayout(buffer)!;
    expect(layout).toEqual({ dataOffset: 56, dataBytes, byteRate: 16000, blockAlign: 2 });
    const prefix = wavPrefix(layout, 1);
    expect(prefix).toMatchObject({ bytes: 56 + 16000, cut: true });
    const patched = prefix.patch(buffer);
    expect(patched.byteLength).toBe(56 + 16000);
    expect(readWavLayout(patched)).toEqual({ ...layout, dataBytes: 16000 });
    expect(new DataView(patched).getUint32(4, true)).toBe(56 + 16000 - 8);
    expect(wavPrefix(layout, 30).cut).toBe(false);
    expect(readWavLayout(new TextEncoder().encode('ID3 not a wave file').buffer as ArrayBuffer)).toBeNull();
  });
});

describe('the waveform views', () => {
  it('draws a min/max envelope: each column holds the range of its samples', () => {
    const signal = Float32Array.from([0, 1, -1, 0.5, 0.25, -0.75, 0, 0]);
    const { min, max } = minMaxEnvelope(signal, 2);
    expect(Array.from(min)).toEqual([-1, -0.75]);
    expect(Array.from(max)).toEqual([1, 0.25]);
    // 2 s of a tone at 16 kHz on 600 columns: every column spans the tone's full swing, not one sample of it
    const a440 = Float32Array.from({ length: 32000 }, (_, n) => Math.sin((2 * Math.PI * 440 * n) / 16000));
    const wide = minMaxEnvelope(a440, 600);
    expect(Math.min(...wide.max)).toBeGreaterThan(0.99);
    expect(Math.max(...wide.min)).toBeLessThan(-0.99);
  });

  it('draws part of the signal, one sample over several columns, and zeros past its end', () => {
    const signal = Float32Array.from([0, 0.1, 0.2, 0.3, 0.4]);
    const { min, max } = minMaxEnvelope(signal, 4, 2, 6);
    expect(Array.from(min)).toEqual([0.2, 0.3, 0.4, 0].map(Math.fround));
    expect(Array.from(max)).toEqual([0.2, 0.3, 0.4, 0].map(Math.fround));
    const stretched = minMaxEnvelope(signal, 10, 0, 5);
    expect(Array.from(stretched.max)).toEqual([0, 0, 0.1, 0.1, 0.2, 0.2, 0.3, 0.3, 0.4, 0.4].map(Math.fround));
  });

  it('zooms to three window lengths around the frame, kept inside the signal', () => {
    const grid: FrameGrid = { sampleRateHz: 16000, signalLength: 32000, frameSamples: 512, hopSamples: 128 };
    expect(zoomSpan(61, grid)).toEqual({ from: 61 * 128 + 256 - 768, to: 61 * 128 + 256 + 768 });
    expect(zoomSpan(0, grid)).toEqual({ from: 0, to: 1536 });
    const last = gridFrames(grid) - 1;
    expect(zoomSpan(last, grid)).toEqual({ from: 32000 - 1536, to: 32000 });
    // the frame under a pointer on the zoomed view
    expect(frameNearestSample(61 * 128 + 256, grid)).toBe(61);
    expect(frameNearestSample(1e9, grid)).toBe(last);
  });

  it('a press on the zoomed view grabs the window by its centre, or elsewhere the pressed sample', () => {
    const grid: FrameGrid = { sampleRateHz: 16000, signalLength: 32000, frameSamples: 512, hopSamples: 128 };
    // frame 61 covers samples [7808, 8320)
    expect(grabbedSample(7808, 61, grid)).toBe(8064);
    expect(grabbedSample(8319.5, 61, grid)).toBe(8064);
    expect(grabbedSample(8320, 61, grid)).toBe(8320);
    expect(grabbedSample(7807.5, 61, grid)).toBe(7807.5);
  });
});
