import { describe, expect, it } from 'vitest';
import { runToEnd } from '../../lib/steps';
import { FILL, colourAt, generate, meanImage, meanImageSteps, rasterize, rasterizeSteps, sampleZ, signedDistance, styleOf, type Phrase } from './generator';

const twoRedCircles: Phrase = { count: 'two', colour: 'red', shape: 'circle' };
const threeBlueTriangles: Phrase = { count: 'three', colour: 'blue', shape: 'triangle' };
const oneGreenSquare: Phrase = { count: 'one', colour: 'green', shape: 'square' };
const PHRASES = [twoRedCircles, threeBlueTriangles, oneGreenSquare];

describe('the toy generator G(t, z)', () => {
  it('gives the identical image for the same (text, z): shape list and pixels', () => {
    const z = [0.3, -1.2, 0.8, 0.1];
    expect(generate(twoRedCircles, z)).toEqual(generate(twoRedCircles, [...z]));
    expect(rasterize(generate(threeBlueTriangles, z), 32)).toEqual(rasterize(generate(threeBlueTriangles, z), 32));
  });

  it('gives a different image for a different z', () => {
    for (const phrase of PHRASES) {
      const a = generate(phrase, sampleZ(1, 1));
      const b = generate(phrase, sampleZ(1, 2));
      expect(b).not.toEqual(a);
      expect(rasterize(b, 32)).not.toEqual(rasterize(a, 32));
    }
  });

  it('keeps what the text fixes (count, colour, shape) constant across z', () => {
    for (const phrase of PHRASES) {
      for (let j = 0; j < 20; j++) {
        const image = generate(phrase, sampleZ(7, j));
        expect(image.shapes).toHaveLength({ one: 1, two: 2, three: 3 }[phrase.count]);
        for (const shape of image.shapes) {
          expect(shape.kind).toBe(phrase.shape);
          expect(shape.fill).toEqual(FILL[phrase.colour]);
          // every shape stays inside the picture
          expect(shape.cx).toBeGreaterThan(0);
          expect(shape.cx).toBeLessThan(1);
          expect(shape.cy).toBeGreaterThan(0);
          expect(shape.cy).toBeLessThan(1);
        }
      }
    }
  });

  it('keeps the style z decides when only the text changes', () => {
    for (let j = 0; j < 10; j++) {
      const z = sampleZ(3, j);
      const a = generate(twoRedCircles, z);
      const b = generate(threeBlueTriangles, z);
      expect(a.background).toEqual(b.background);
      expect(a.shapes[0]!.rotation).toBe(b.shapes[0]!.rotation);
      expect(a.shapes[0]!.strokeWidth).toBe(b.shapes[0]!.strokeWidth);
      expect(styleOf(z)).toEqual(styleOf([...z]));
      // the content differs
      expect(a.shapes.map((s) => s.fill)).not.toEqual(b.shapes.map((s) => s.fill));
    }
  });

  it('draws codes from N(0, I): seeded, reproducible, mean ≈ 0 and variance ≈ 1', () => {
    expect(sampleZ(5, 2)).toEqual(sampleZ(5, 2));
    expect(sampleZ(5, 2)).not.toEqual(sampleZ(6, 2));
    const values = Array.from({ length: 2000 }, (_, j) => sampleZ(11, j)).flat();
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(variance - 1)).toBeLessThan(0.08);
  });
});

describe('rasterising', () => {
  it('colours inside, outline and background as the shapes say', () => {
    const image = generate(oneGreenSquare, [0, 0, 0, 0]);
    const shape = image.shapes[0]!;
    expect(signedDistance(shape, shape.cx, shape.cy)).toBeLessThan(0);
    expect(colourAt(image, shape.cx, shape.cy)).toEqual(FILL.green);
    expect(colourAt(image, shape.cx + shape.size, shape.cy)).toEqual(shape.stroke);
    expect(colourAt(image, 0.01, 0.01)).toEqual(image.background);
    const triangle = generate({ ...oneGreenSquare, shape: 'triangle' }, [0, 0, 0, 0]).shapes[0]!;
    expect(signedDistance(triangle, triangle.cx, triangle.cy)).toBeCloseTo(-triangle.size / 2, 12); // inradius of an equilateral triangle
  });

  it('averages pixels for the mean image (the L2 answer), which matches no single sample', () => {
    const images = [0, 1, 2, 3].map((j) => generate(twoRedCircles, sampleZ(2, j)));
    const mean = meanImage(images, 16);
    const each = images.map((image) => rasterize(image, 16, 1));
    for (const i of [0, 100, 385, 700]) expect(mean[i]).toBeCloseTo(each.reduce((s, p) => s + p[i]!, 0) / 4, 3);
    for (const pixels of each) expect(Array.from(mean)).not.toEqual(Array.from(pixels));
  });

  it('gives the same mean in steps, a few rows of one image a step', () => {
    const images = [0, 1, 2].map((j) => generate(twoRedCircles, sampleZ(5, j)));
    const steps = meanImageSteps(images, 24, 2);
    let count = 0;
    while (!steps.next().done) count++;
    expect(count).toBe(12); // 24 rows, 8 a step, and one to add each image in
    expect(runToEnd(rasterizeSteps(images[0]!, 24, 2))).toEqual(rasterize(images[0]!, 24, 2));
    expect(runToEnd(meanImageSteps(images, 24, 2))).toEqual(meanImage(images, 24, 2));
  });
});
