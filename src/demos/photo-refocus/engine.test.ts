import { describe, expect, it } from 'vitest';
import { createRefocusEngine } from './engine';
import { refocusImage, type RefocusRequest } from './image';

describe('refocus engine', () => {
  it('without a worker (Node, tests), works the image out in the page, as the worker would', async () => {
    const engine = createRefocusEngine();
    const request: RefocusRequest = { width: 60, height: 40, lens: { focus: 1, aperture: 30 }, mode: 'lens' };
    const rgb = await engine.render(request);
    expect(rgb).toHaveLength(60 * 40 * 3);
    expect(rgb).toEqual(refocusImage(request));
    // another lens gives another picture
    expect(await engine.render({ ...request, lens: { focus: 4, aperture: 30 } })).not.toEqual(rgb);
    engine.dispose();
  });
});
