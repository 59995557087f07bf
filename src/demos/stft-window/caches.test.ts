import { describe, expect, it, vi } from 'vitest';
import { stftMagnitudeDb } from '../../lib/dsp/stft';
import { FLOOR_DB, SpectrogramCache } from './caches';

vi.mock('../../lib/dsp/stft', async (original) => {
  const actual = await original<typeof import('../../lib/dsp/stft')>();
  return { ...actual, stftMagnitudeDb: vi.fn(actual.stftMagnitudeDb) };
});

const signal = Float32Array.from({ length: 4096 }, (_, i) => Math.sin(i * 0.3) + 0.5 * Math.sin(i * 0.05));

describe('spectrograms made ahead', () => {
  it('serve the next window length without computing it again, and as computed directly', () => {
    const cache = new SpectrogramCache(3);
    cache.compute(signal, 256, 64, 'hann');
    cache.prepareNext(signal, 512, 128, 'hann');
    const made = vi.mocked(stftMagnitudeDb).mock.calls.length;
    const prepared = cache.compute(signal, 512, 128, 'hann');
    expect(vi.mocked(stftMagnitudeDb).mock.calls.length).toBe(made);
    const direct = stftMagnitudeDb(signal, { frameSamples: 512, hopSamples: 128, window: 'hann', floorDb: FLOOR_DB });
    expect(prepared.frames).toBe(direct.frames);
    expect(Array.from(prepared.data.subarray(0, direct.data.length))).toEqual(Array.from(direct.data));
  });

  it('never write over the spectrogram shown, and keep both neighbours when the cache is full', () => {
    const cache = new SpectrogramCache(3);
    const shown = cache.compute(signal, 256, 64, 'hann');
    const shownCopy = Float32Array.from(shown.data);
    cache.prepareNext(signal, 512, 128, 'hann');
    cache.prepareNext(signal, 128, 32, 'hann');
    // full: the next one made takes the place of the one used longest ago, not of the one shown
    cache.prepareNext(signal, 1024, 256, 'hann');
    expect(Array.from(shown.data)).toEqual(Array.from(shownCopy));
    const made = vi.mocked(stftMagnitudeDb).mock.calls.length;
    expect(cache.compute(signal, 256, 64, 'hann')).toBe(shown);
    cache.compute(signal, 1024, 256, 'hann');
    cache.compute(signal, 128, 32, 'hann');
    expect(vi.mocked(stftMagnitudeDb).mock.calls.length).toBe(made);
  });
});
