import type { Rng } from './types';

/**
 * Mulberry32: a 32-bit-state PRNG returning uniform numbers in [0, 1) with 2^-32 resolution.
 * Deterministic for a given seed, so demos and tests reproduce exactly; not for cryptography.
 * Reference: Tommy Ettinger's mulberry32 (public domain), as popularised in
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A standard normal N(0, 1) sampler driven by `rng`, by the Box–Muller transform
 * z = √(−2 ln u1) · cos(2π u2) (Box & Muller, Ann. Math. Statist. 29(2), 1958).
 * The second variate of each pair is cached, so each pair of calls consumes two uniforms.
 */
export function gaussianSampler(rng: Rng): () => number {
  let spare = 0;
  let hasSpare = false;
  return () => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    // 1 − u keeps the argument of the log in (0, 1].
    const u1 = 1 - rng();
    const u2 = rng();
    const radius = Math.sqrt(-2 * Math.log(u1));
    spare = radius * Math.sin(2 * Math.PI * u2);
    hasSpare = true;
    return radius * Math.cos(2 * Math.PI * u2);
  };
}
