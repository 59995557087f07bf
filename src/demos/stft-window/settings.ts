/**
 * The STFT demo's settings: what a note or a link may set, parsed and clamped so that a garbled
 * value never breaks the demo. Window length is a power of two between 64 and 4096 samples.
 */
import type { WindowType } from '../../lib/dsp/windows';

export const MIN_WINDOW_EXPONENT = 6; // 64 samples
export const MAX_WINDOW_EXPONENT = 12; // 4096 samples
export const DEMO_WINDOWS: readonly WindowType[] = ['rectangular', 'hann', 'hamming'];

export interface StftDemoSettings {
  windowLength: number;
  window: WindowType;
}

export const DEFAULT_SETTINGS: StftDemoSettings = { windowLength: 512, window: 'hamming' };

/** Nearest power of two inside the slider's range. */
export function clampWindowLength(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return DEFAULT_SETTINGS.windowLength;
  const exponent = Math.round(Math.log2(value));
  return 2 ** Math.min(MAX_WINDOW_EXPONENT, Math.max(MIN_WINDOW_EXPONENT, exponent));
}

export function parseSettings(raw: Readonly<Record<string, string>>): StftDemoSettings {
  const n = raw.n === undefined ? Number.NaN : Number(raw.n);
  const window = DEMO_WINDOWS.find((w) => w === raw.window);
  return {
    windowLength: Number.isNaN(n) ? DEFAULT_SETTINGS.windowLength : clampWindowLength(n),
    window: window ?? DEFAULT_SETTINGS.window,
  };
}
