import { describe, expect, it } from 'vitest';
import {
  cocDiameterMm,
  cocDiameterPx,
  discSpans,
  lectureBlurRadius,
  RADIUS_STEP,
  refocusLayered,
  refocusLayeredSteps,
  refocusLecture,
  refocusLectureSteps,
  sharpRange,
  signedBlurRadius,
  type Lens,
} from './refocus';
import { CARDS, renderScene, type Scene } from './scene';

const f18: Lens = { focus: 2, aperture: 50 / 1.8 };

/** A two-part test picture: left half red at `left` m, right half green at `right` m. */
function split(width: number, height: number, left: number, right: number): Scene {
  const rgb = new Float32Array(width * height * 3);
  const depth = new Float32Array(width * height);
  for (let p = 0; p < width * height; p++) {
    const isLeft = p % width < width / 2;
    rgb[p * 3] = isLeft ? 1 : 0;
    rgb[p * 3 + 1] = isLeft ? 0 : 1;
    depth[p] = isLeft ? left : right;
  }
  return { width, height, rgb, depth };
}

describe('thin-lens blur circle c = A·f·S1/(S1 − f)·|1/S1 − 1/S2|', () => {
  it('matches the page’s table (50 mm, f/1.8, focus 2 m)', () => {
    expect(cocDiameterMm(f18, 4)).toBeCloseTo(0.356, 3);
    expect(cocDiameterMm(f18, 3)).toBeCloseTo(0.237, 3);
    expect(cocDiameterMm(f18, 1.5)).toBeCloseTo(0.237, 3);
    expect(cocDiameterMm(f18, 1)).toBeCloseTo(0.712, 3);
    expect(cocDiameterMm(f18, 1e12)).toBeCloseTo(0.712, 3);
    expect(cocDiameterMm(f18, 2)).toBe(0);
    expect(cocDiameterPx(f18, 4, 1000)).toBeCloseTo(9.9, 1); // 36 mm sensor rendered 1000 px wide
  });

  it('grows linearly with |1/d − 1/d_focus| and with the aperture, and is 0 at zero aperture', () => {
    const unit = cocDiameterMm(f18, 4) / Math.abs(1 / 2 - 1 / 4);
    for (const d of [0.5, 0.8, 1, 1.7, 2.5, 3, 6, 10]) expect(cocDiameterMm(f18, d) / Math.abs(1 / 2 - 1 / d)).toBeCloseTo(unit, 9);
    expect(cocDiameterMm({ focus: 2, aperture: 50 / 3.6 }, 4)).toBeCloseTo(cocDiameterMm(f18, 4) / 2, 12);
    let previous = 0;
    for (const aperture of [5, 10, 20, 36]) {
      const c = cocDiameterPx({ focus: 1, aperture }, 10, 240);
      expect(c).toBeGreaterThan(previous);
      previous = c;
    }
    expect(cocDiameterPx({ focus: 1, aperture: 0 }, 10, 240)).toBe(0);
  });

  it('signs the radius: behind the focal plane positive, in front negative', () => {
    expect(signedBlurRadius(f18, 4, 240)).toBeGreaterThan(0);
    expect(signedBlurRadius(f18, 1, 240)).toBeLessThan(0);
    expect(signedBlurRadius(f18, 1, 240)).toBeCloseTo(-signedBlurRadius(f18, 1e12, 240), 9);
  });
});

describe('disc kernel', () => {
  it('is one tap at radius 0, 3 × 3 at radius 1, and symmetric', () => {
    expect(discSpans(0).taps).toBe(1);
    expect(discSpans(0.5).taps).toBe(5);
    expect(discSpans(1).taps).toBe(9);
    const { halfWidths, reach } = discSpans(6.5);
    for (let i = 0; i <= 2 * reach; i++) expect(halfWidths[i]).toBe(halfWidths[2 * reach - i]);
    expect(discSpans(12).taps).toBeCloseTo(Math.PI * 12.5 ** 2, -1);
  });
});

describe('layered refocusing', () => {
  const scene = renderScene(240, 160);

  it('returns the image unchanged at zero aperture', () => {
    const { rgb } = refocusLayered(scene, { focus: 1, aperture: 0 });
    expect(rgb).toEqual(scene.rgb);
  });

  it('leaves pixels at the focus depth unchanged, up to their silhouette', () => {
    for (const card of CARDS) {
      const lens = { focus: card.depth, aperture: 36 };
      const { rgb } = refocusLayered(scene, lens);
      let checked = 0;
      for (let p = 0; p < scene.width * scene.height; p++) {
        if (scene.depth[p] !== card.depth) continue;
        // no nearer pixel within the largest blur reach: nothing in front can spill onto it
        const x = p % scene.width;
        const y = (p - x) / scene.width;
        let clear = true;
        for (let dy = -8; dy <= 8 && clear; dy++)
          for (let dx = -8; dx <= 8 && clear; dx++) {
            const q = (y + dy) * scene.width + (x + dx);
            if (x + dx >= 0 && x + dx < scene.width && y + dy >= 0 && y + dy < scene.height && scene.depth[q]! < card.depth) clear = false;
          }
        if (!clear) continue;
        checked++;
        for (let c = 0; c < 3; c++) expect(rgb[p * 3 + c]).toBe(scene.rgb[p * 3 + c]);
      }
      expect(checked).toBeGreaterThan(20);
    }
  });

  it('blurs what is out of focus, more with a wider aperture', () => {
    // blur lowers the contrast (variance) of the textured wall at 10 m
    const wallVariance = (rgb: Float32Array) => {
      let n = 0;
      let sum = 0;
      let squares = 0;
      for (let p = 0; p < scene.width * scene.height; p++) {
        if (scene.depth[p] !== 10) continue;
        n++;
        sum += rgb[p * 3 + 1]!;
        squares += rgb[p * 3 + 1]! ** 2;
      }
      return squares / n - (sum / n) ** 2;
    };
    const sharp = wallVariance(scene.rgb);
    const small = wallVariance(refocusLayered(scene, { focus: 1, aperture: 8 }).rgb);
    const large = wallVariance(refocusLayered(scene, { focus: 1, aperture: 36 }).rgb);
    expect(small).toBeLessThan(sharp * 0.9);
    expect(large).toBeLessThan(small * 0.8);
  });

  it('keeps a flat colour flat whatever the depths (weights are normalised)', () => {
    const flat = renderScene(48, 32);
    flat.rgb.fill(0.4);
    const { rgb } = refocusLayered(flat, { focus: 0.6, aperture: 36 });
    for (const v of rgb) expect(v).toBeCloseTo(0.4, 6);
  });

  it('lets no colour of a sharp object bleed into the blurred background (no halo), unlike the lecture pipeline', () => {
    const picture = split(240, 20, 2, 10);
    const lens = { focus: 2, aperture: 36 };
    const radius = cocDiameterPx(lens, 10, 240) / 2;
    expect(radius).toBeGreaterThan(2);
    const layered = refocusLayered(picture, lens).rgb;
    const lecture = refocusLecture(picture, lens).rgb;
    let lectureRed = 0;
    for (let y = 0; y < 20; y++) {
      for (let x = 120; x < 124; x++) {
        const p = y * 240 + x;
        expect(layered[p * 3]).toBe(0); // background stays pure green
        lectureRed += lecture[p * 3]!;
      }
      for (let x = 0; x < 120; x++) expect(layered[(y * 240 + x) * 3]).toBe(1); // the sharp half is untouched
    }
    expect(lectureRed / 80).toBeGreaterThan(0.1); // a red halo in the lecture pipeline
  });

  it('lets a blurred near object spread over the sharp background behind it', () => {
    const picture = split(240, 20, 0.6, 2);
    const { rgb } = refocusLayered(picture, { focus: 2, aperture: 36 });
    expect(rgb[(10 * 240 + 121) * 3]).toBeGreaterThan(0.05); // red spills just right of the edge
    expect(rgb[(10 * 240 + 200) * 3]).toBe(0); // far from the edge the background is sharp
  });
});

describe('lecture pipeline', () => {
  it('takes the largest blur radius in the picture (found at its nearest or farthest pixel)', () => {
    for (const scene of [renderScene(240, 160), renderScene(120, 80), split(40, 10, 0.7, 6)]) {
      for (const focus of [0.5, 0.8, 1, 1.7, 3, 4, 6.5, 10]) {
        for (const aperture of [0, 4.5, 12, 30, 36]) {
          const lens = { focus, aperture };
          let largest = 0;
          for (const d of scene.depth) largest = Math.max(largest, cocDiameterPx(lens, d, scene.width) / 2);
          expect(lectureBlurRadius(scene, lens), JSON.stringify(lens)).toBe(Math.round(largest / RADIUS_STEP) * RADIUS_STEP);
        }
      }
    }
  });

  it('keeps in-focus pixels, blurs the rest with one radius, and is the identity at zero aperture', () => {
    const scene = renderScene(120, 80);
    const { rgb, mask, radius } = refocusLecture(scene, { focus: 2, aperture: 30 });
    expect(radius).toBeGreaterThan(1);
    let kept = 0;
    let changed = 0;
    for (let p = 0; p < mask.length; p++) {
      const same = [0, 1, 2].every((c) => rgb[p * 3 + c] === scene.rgb[p * 3 + c]);
      if (mask[p]) kept += same ? 1 : 0;
      else changed += same ? 0 : 1;
    }
    expect(kept).toBe(mask.reduce((a, b) => a + b, 0));
    expect(kept).toBeGreaterThan(100);
    expect(changed).toBeGreaterThan(1000);
    expect(refocusLecture(scene, { focus: 2, aperture: 0 }).rgb).toEqual(scene.rgb);
  });
});

/** FNV-1a of the bytes of a picture: equal fingerprints, equal pictures (to the bit). */
function fingerprint(rgb: Float32Array): string {
  const bytes = new Uint8Array(rgb.buffer, rgb.byteOffset, rgb.byteLength);
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

describe('the renders of the demo’s scene, at full resolution', () => {
  const scene = renderScene(240, 160);

  it('are the known pictures (both pipelines, three lenses)', () => {
    const known: [Lens, string, string][] = [
      [{ focus: 1, aperture: 30 }, '36960afc', 'e4f6e87c'],
      [{ focus: 4, aperture: 12 }, '452c3ab4', '79663de3'],
      [{ focus: 0.5, aperture: 36 }, '9b49c28f', '446fa370'],
    ];
    for (const [lens, layered, lecture] of known) {
      expect(fingerprint(refocusLayered(scene, lens).rgb), JSON.stringify(lens)).toBe(layered);
      expect(fingerprint(refocusLecture(scene, lens).rgb), JSON.stringify(lens)).toBe(lecture);
    }
  });

  it('come out the same when run a step at a time, two renders interleaved', () => {
    const lens = { focus: 1.3, aperture: 24 };
    const layered = refocusLayeredSteps(scene, lens);
    const lecture = refocusLectureSteps(scene, lens);
    let a = layered.next();
    let b = lecture.next();
    let steps = 1;
    for (; !a.done || !b.done; steps++) {
      if (!a.done) a = layered.next();
      if (!b.done) b = lecture.next();
    }
    expect(a.value?.rgb).toEqual(refocusLayered(scene, lens).rgb);
    expect(b.value?.rgb).toEqual(refocusLecture(scene, lens).rgb);
    expect(steps).toBeGreaterThan(160); // at least a step per row
  });
});

describe('sharp range', () => {
  it('is where the blur circle is under a pixel, around the focus', () => {
    const lens = { focus: 2, aperture: 25 };
    const { near, far } = sharpRange(lens, 240);
    expect(near).toBeLessThan(2);
    expect(far).toBeGreaterThan(2);
    expect(cocDiameterPx(lens, near, 240)).toBeCloseTo(1, 9);
    expect(cocDiameterPx(lens, far, 240)).toBeCloseTo(1, 9);
    expect(sharpRange({ focus: 10, aperture: 2 }, 240).far).toBe(Infinity);
    expect(sharpRange({ focus: 2, aperture: 0 }, 240)).toEqual({ near: 0, far: Infinity });
  });
});
