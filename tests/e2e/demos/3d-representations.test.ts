/** The 3D-representation demo on its built page: WebGL views that draw and turn, 2D views, settings links. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser, setUpBrowser, waitForUrlContaining, watchedPage } from '../support';

const PAGE = 'en/3d-data-representation.html';
const DEMO = '#demo-3d-representations';

const site = setUpBrowser('file');

/** How many pixels of a panel's canvas are painted (alpha > 0), and a fingerprint of its image. */
function canvasState(page: Page, panel: string) {
  return page.locator(`${DEMO} [data-panel="${panel}"] canvas`).evaluate((canvas: HTMLCanvasElement) => {
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d')!;
    context.drawImage(canvas, 0, 0);
    const { data } = context.getImageData(0, 0, copy.width, copy.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return { painted, image: canvas.toDataURL() };
  });
}

/**
 * The demo's page, with a settings query. With `anchor` the address ends in #demo-…, as a copied
 * link does, and the page keeps scrolling the demo to the top while it settles; without it the
 * demo is scrolled into view once, so that the pointer stays over what it aims at.
 */
async function openDemo(query = '', { anchor = false } = {}) {
  const watched = await watchedPage(site.browser, { locale: 'en-US' });
  await watched.page.goto(`${site.setting.baseUrl}${PAGE}${query}${anchor ? DEMO : ''}`);
  await watched.page.locator(DEMO).scrollIntoViewIfNeeded();
  await watched.page.locator(`${DEMO} [data-panel] canvas`).first().waitFor();
  if (!anchor) await watched.page.locator(DEMO).scrollIntoViewIfNeeded();
  return watched;
}

describe('3D representations demo', () => {
  it('draws the mesh, points and voxels with WebGL, and the depth map, views and slice in 2D', async () => {
    const { page, errors, context } = await openDemo();
    for (const panel of ['mesh', 'points', 'voxels', 'depth', 'views', 'slice']) {
      const { painted } = await canvasState(page, panel);
      expect(painted, panel).toBeGreaterThan(1000);
    }
    expect(await page.locator(`${DEMO} [role="note"]`).count()).toBe(0); // WebGL (SwiftShader here) is there
    expect(await page.locator(`${DEMO} [data-panel="mesh"] canvas`).getAttribute('data-engine')).toMatch(/^three\.js r\d+/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('redraws the point cloud and its memory when the point-count slider moves', async () => {
    const { page, errors, context } = await openDemo();
    const before = await canvasState(page, 'points');
    const slider = page.getByRole('slider', { name: 'Point count' });
    await slider.focus();
    await slider.press('ArrowRight'); // 2,000 → 5,000
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('5,000 points');
    const after = await canvasState(page, 'points');
    expect(after.image).not.toBe(before.image);
    expect(after.painted).toBeGreaterThan(before.painted);
    await expect(page.locator(`${DEMO} [data-panel="points"]`).textContent()).resolves.toContain('5,000 × 12 = 60,000 bytes');
    await waitForUrlContaining(page, '3d-representations.points=5000');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('turns every 3D view and the depth map when a view is dragged, and keeps the rotation in the URL', async () => {
    const { page, errors, context } = await openDemo();
    const before = await Promise.all(['mesh', 'voxels', 'depth'].map((panel) => canvasState(page, panel)));
    const mesh = page.locator(`${DEMO} [data-panel="mesh"] canvas`);
    await mesh.scrollIntoViewIfNeeded();
    const box = (await mesh.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 20, { steps: 5 });
    await page.mouse.up();
    // 60 px right = 30° less yaw, 20 px down = 10° more pitch
    await expect(page.getByRole('slider', { name: 'Turn (yaw)' }).getAttribute('aria-valuetext')).resolves.toBe('0°');
    await expect(page.getByRole('slider', { name: 'Tilt (pitch)' }).getAttribute('aria-valuetext')).resolves.toBe('30°');
    const after = await Promise.all(['mesh', 'voxels', 'depth'].map((panel) => canvasState(page, panel)));
    after.forEach((state, i) => expect(state.image).not.toBe(before[i]!.image));
    await waitForUrlContaining(page, '3d-representations.yaw=0');
    expect(new URL(page.url()).searchParams.get('3d-representations.pitch')).toBe('30');
    await expect(mesh.getAttribute('aria-label')).resolves.toContain('yaw 0°, pitch 30°');

    // and with the keyboard
    await mesh.focus();
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('slider', { name: 'Turn (yaw)' }).getAttribute('aria-valuetext')).resolves.toBe('5°');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads a pixel’s depth, or "no hit", under the pointer', async () => {
    const { page, context } = await openDemo();
    const depth = page.locator(`${DEMO} [data-panel="depth"]`);
    const canvas = depth.locator('canvas');
    /** Points at a spot of the square depth image (fractions of its side) and reads the panel. */
    await canvas.scrollIntoViewIfNeeded();
    const pointAt = async (fx: number, fy: number) => {
      const box = (await canvas.boundingBox())!;
      const side = Math.min(box.width, box.height);
      await page.mouse.move(box.x + (box.width - side) / 2 + fx * side, box.y + fy * side);
      return depth.textContent();
    };
    await expect.poll(() => pointAt(0.01, 0.01)).toMatch(/Pixel \(1, 1\): no hit/); // a corner: the ray misses
    await expect.poll(() => pointAt(0.5, 0.52)).toMatch(/Pixel \(64, 66\): Z = \d\.\d{3}/); // the seat, near the centre
    await context.close();
  });

  it('reopens exactly the setting a link gives', async () => {
    const query =
      '?3d-representations.shape=torus&3d-representations.show=voxels&3d-representations.voxels=32&3d-representations.yaw=-60&3d-representations.pitch=45';
    const { page, errors, context } = await openDemo(query, { anchor: true });
    await expect(page.getByRole('radio', { name: 'Torus' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('combobox', { name: 'Show' }).inputValue()).resolves.toBe('voxels');
    await expect(page.locator(`${DEMO} [data-panel]`).count()).resolves.toBe(1);
    await expect(page.getByRole('slider', { name: 'Voxel resolution R' }).getAttribute('aria-valuetext')).resolves.toBe('32³ = 32,768 cells');
    const voxels = page.locator(`${DEMO} [data-panel="voxels"] canvas`);
    await expect(voxels.getAttribute('aria-label')).resolves.toMatch(/^Voxel grid of a torus: 32³ cells, [\d,]+ occupied, seen at yaw -60°, pitch 45°\.$/);
    expect((await canvasState(page, 'voxels')).painted).toBeGreaterThan(1000);
    // the demo is scrolled into view by the #demo-… anchor
    const top = await page.locator(DEMO).evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeLessThan(400);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when the browser has no WebGL, and still draws the 2D views without a console error', async () => {
    const noWebgl = await launchBrowser(['--disable-webgl']);
    try {
      const { page, errors } = await watchedPage(noWebgl, { locale: 'en-US' });
      await page.goto(`${site.setting.baseUrl}${PAGE}${DEMO}`);
      await page.locator(DEMO).scrollIntoViewIfNeeded();
      await page.locator(`${DEMO} [data-panel="slice"] canvas`).waitFor();
      await expect.poll(() => page.locator(`${DEMO} [role="note"]`).count()).toBe(3);
      await expect(page.locator(`${DEMO} [data-panel="mesh"] [role="note"]`).textContent()).resolves.toMatch(/^WebGL is not available/);
      for (const panel of ['depth', 'views', 'slice']) expect((await canvasState(page, panel)).painted, panel).toBeGreaterThan(1000);
      expect(errors).toEqual([]);
    } finally {
      await noWebgl.close();
    }
  });
});
