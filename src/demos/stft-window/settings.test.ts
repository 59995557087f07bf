import { describe, expect, it } from 'vitest';
import { clampWindowLength, parseSettings } from './settings';

describe('STFT demo settings', () => {
  it.each([
    [512, 512],
    [1000, 1024],
    [3, 64],
    [1e9, 4096],
    [Number.NaN, 512],
    [-8, 512],
  ])('window length %d → %d', (value, expected) => {
    expect(clampWindowLength(value)).toBe(expected);
  });

  it('ignores garbled values', () => {
    expect(parseSettings({ n: 'lots', window: 'kaiser' })).toEqual({ windowLength: 512, window: 'hamming' });
    expect(parseSettings({ n: '2048', window: 'rectangular' })).toEqual({ windowLength: 2048, window: 'rectangular' });
  });
});
