import { describe, expect, it } from 'vitest';
import { VIRIDIS, colorIndex, viridisCss, viridisGradient, viridisLut, viridisRgb, viridisStops } from './colormap';

describe('viridis colour map', () => {
  it('has 256 entries from dark purple to yellow, through teal in the middle', () => {
    expect(VIRIDIS).toHaveLength(256 * 3);
    expect(viridisRgb(0)).toEqual([68, 1, 84]);
    expect(viridisRgb(1)).toEqual([253, 231, 37]);
    expect(viridisRgb(0.5)).toEqual([34, 144, 139]);
  });

  it('clamps values outside the range', () => {
    expect(viridisRgb(-3)).toEqual(viridisRgb(0));
    expect(viridisRgb(7)).toEqual(viridisRgb(1));
    expect(colorIndex(5, 0, 10)).toBe(128);
    expect(colorIndex(-1, 0, 10)).toBe(0);
    expect(colorIndex(11, 0, 10)).toBe(255);
  });

  it('formats CSS colours and gradients', () => {
    expect(viridisCss(0)).toBe('rgb(68, 1, 84)');
    expect(viridisCss(1, 0.5)).toBe('rgba(253, 231, 37, 0.5)');
    expect(viridisStops(2)).toEqual(['rgb(68, 1, 84)', 'rgb(34, 144, 139)', 'rgb(253, 231, 37)']);
    expect(viridisStops(2, true)[0]).toBe('rgb(253, 231, 37)');
    expect(viridisGradient(1)).toBe('linear-gradient(to right, rgb(68, 1, 84), rgb(253, 231, 37))');
  });

  it('packs the table as opaque RGBA words in byte order', () => {
    const bytes = new Uint8Array(viridisLut().buffer);
    expect([...bytes.subarray(0, 4)]).toEqual([68, 1, 84, 255]);
    expect([...bytes.subarray(255 * 4, 256 * 4)]).toEqual([253, 231, 37, 255]);
    expect(viridisLut()).toBe(viridisLut());
  });
});
