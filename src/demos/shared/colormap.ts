/**
 * The one colour map of the demos: viridis (anchors, linearly interpolated) as a 256-entry RGB
 * lookup table, dark = low, yellow = high. Readable in light and dark themes and in grey scale.
 * Every heat map, legend and colour bar reads it through the functions here.
 */
const VIRIDIS_ANCHORS: readonly (readonly [number, number, number])[] = [
  [68, 1, 84],
  [72, 40, 120],
  [62, 74, 137],
  [49, 104, 142],
  [38, 130, 142],
  [31, 158, 137],
  [53, 183, 121],
  [109, 205, 89],
  [180, 222, 44],
  [253, 231, 37],
];

function buildLookup(): Uint8ClampedArray {
  const table = new Uint8ClampedArray(256 * 3);
  const segments = VIRIDIS_ANCHORS.length - 1;
  for (let i = 0; i < 256; i++) {
    const position = (i / 255) * segments;
    const k = Math.min(segments - 1, Math.floor(position));
    const t = position - k;
    const a = VIRIDIS_ANCHORS[k]!;
    const b = VIRIDIS_ANCHORS[k + 1]!;
    for (let c = 0; c < 3; c++) table[i * 3 + c] = Math.round(a[c]! + (b[c]! - a[c]!) * t);
  }
  return table;
}

/** r, g, b of entry i at 3i, 3i + 1, 3i + 2. */
export const VIRIDIS: Uint8ClampedArray = buildLookup();

/** Index 0–255 into the lookup table for a value in [minValue, maxValue] (clamped). */
export function colorIndex(value: number, minValue: number, maxValue: number): number {
  const t = (value - minValue) / (maxValue - minValue);
  return t <= 0 ? 0 : t >= 1 ? 255 : Math.round(t * 255);
}

/** The colour at t ∈ [0, 1] (clamped) as [r, g, b], 0–255. */
export function viridisRgb(t: number): [number, number, number] {
  const c = colorIndex(t, 0, 1) * 3;
  return [VIRIDIS[c]!, VIRIDIS[c + 1]!, VIRIDIS[c + 2]!];
}

/** The colour at t ∈ [0, 1] as a CSS colour; `alpha` (a number or a formatted string) makes it rgba. */
export function viridisCss(t: number, alpha?: number | string): string {
  const [r, g, b] = viridisRgb(t);
  return alpha === undefined ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

let words: Uint32Array | null = null;

/**
 * The table as 256 opaque RGBA pixels in the platform's byte order, so that ImageData can be
 * written a word at a time (`new Uint32Array(image.data.buffer)`). Built on first use.
 */
export function viridisLut(): Uint32Array {
  if (words) return words;
  const bytes = new Uint8ClampedArray(256 * 4);
  for (let i = 0; i < 256; i++) {
    bytes.set(VIRIDIS.subarray(3 * i, 3 * i + 3), 4 * i);
    bytes[4 * i + 3] = 255;
  }
  words = new Uint32Array(bytes.buffer);
  return words;
}

/** `intervals` + 1 evenly spaced colours from t = 0 to 1 (reversed: from 1 to 0). */
export function viridisStops(intervals: number, reversed = false): string[] {
  return Array.from({ length: intervals + 1 }, (_, i) => viridisCss((reversed ? intervals - i : i) / intervals));
}

/** The colour map as a CSS gradient, for a legend element beside a picture. */
export function viridisGradient(intervals = 8, reversed = false): string {
  return `linear-gradient(to right, ${viridisStops(intervals, reversed).join(', ')})`;
}

/** Fills a canvas gradient with the colour map, `intervals` + 1 stops. */
export function addViridisStops(gradient: CanvasGradient, intervals: number): void {
  viridisStops(intervals).forEach((color, i) => gradient.addColorStop(i / intervals, color));
}
