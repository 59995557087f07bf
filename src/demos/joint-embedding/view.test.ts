import { describe, expect, it } from 'vitest';
import { ITEMS, embed, initialModel, trainedModel } from './embedding';
import { VIEW, fitView, toPixels, toSpace } from './view';

describe('the fitted view', () => {
  it('shows the start and the trained layout inside the picture, and maps back exactly', () => {
    for (const seed of [1, 2, 3, 17]) {
      const view = fitView(seed, 'l2');
      // training stops moving points once every margin holds, so the longest run ends where 150 steps do
      for (const model of [initialModel(seed), trainedModel(seed, 100, 0.5, 'l2'), trainedModel(seed, 400, 1, 'l2'), trainedModel(seed, 400, 0.2, 'l2')]) {
        for (const item of ITEMS) {
          const point = embed(model, item);
          const [px, py] = toPixels(view, point);
          expect(px).toBeGreaterThanOrEqual(30);
          expect(px).toBeLessThanOrEqual(VIEW - 70);
          expect(py).toBeGreaterThanOrEqual(30);
          expect(py).toBeLessThanOrEqual(VIEW - 20);
          const back = toSpace(view, [px, py]);
          expect(back[0]).toBeCloseTo(point[0], 12);
          expect(back[1]).toBeCloseTo(point[1], 12);
        }
      }
    }
  });
});
