/**
 * A perceptually ordered colour map (viridis anchors, linearly interpolated) as a 256-entry RGB
 * lookup table: dark = quiet, yellow = loud. Readable in light and dark themes and in grey scale.
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

export const VIRIDIS: Uint8ClampedArray = buildLookup();

/** Index 0–255 into the lookup table for a value in [minValue, maxValue] (clamped). */
export function colorIndex(value: number, minValue: number, maxValue: number): number {
  const t = (value - minValue) / (maxValue - minValue);
  return t <= 0 ? 0 : t >= 1 ? 255 : Math.round(t * 255);
}
