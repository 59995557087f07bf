import { describe, expect, it } from 'vitest';
import { getFft, getFftScratch, isFftSize, nextPowerOfTwo } from './fft';

function naiveDft(x: Float64Array): { re: Float64Array; im: Float64Array } {
  const n = x.length;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    for (let t = 0; t < n; t++) {
      re[k] = re[k]! + x[t]! * Math.cos((2 * Math.PI * k * t) / n);
      im[k] = im[k]! - x[t]! * Math.sin((2 * Math.PI * k * t) / n);
    }
  }
  return { re, im };
}

describe('fft.js wrapper', () => {
  it('caches one plan and one scratch set per size', () => {
    expect(getFft(256)).toBe(getFft(256));
    expect(getFftScratch(256)).toBe(getFftScratch(256));
    expect(getFft(256).size).toBe(256);
  });

  it('realTransform gives bins 0..N/2 of the unnormalised DFT (error < 1e-12)', () => {
    for (const size of [2, 4, 8, 16, 32, 64, 128]) {
      const x = Float64Array.from({ length: size }, (_, i) => Math.sin(1.3 * i) + 0.5 * Math.cos(0.01 * i * i));
      const out = new Float64Array(2 * size);
      getFft(size).realTransform(out, x);
      const reference = naiveDft(x);
      for (let k = 0; k <= size / 2; k++) {
        expect(Math.abs(out[2 * k]! - reference.re[k]!)).toBeLessThan(1e-12);
        expect(Math.abs(out[2 * k + 1]! - reference.im[k]!)).toBeLessThan(1e-12);
      }
    }
  });

  it('rejects sizes that are not powers of two', () => {
    expect(() => getFft(400)).toThrow(RangeError);
    expect(() => getFft(1)).toThrow(RangeError);
    expect(isFftSize(1024)).toBe(true);
    expect(isFftSize(1000)).toBe(false);
  });

  it('nextPowerOfTwo', () => {
    expect(nextPowerOfTwo(400)).toBe(512);
    expect(nextPowerOfTwo(512)).toBe(512);
    expect(nextPowerOfTwo(1)).toBe(2);
  });
});
