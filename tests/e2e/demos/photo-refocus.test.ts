/** The photo-refocusing demo on its built page: controls and clicks refocus it, a settings link reopens it. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasImages, gotoAndWait, setUpBrowser, waitForUrlContaining, watchedPage } from '../support';

const DEMO = '#demo-photo-refocus';
const site = setUpBrowser('root');

const pictures = (page: Page) => canvasImages(page.locator(`${DEMO} canvas`));
const open = (page: Page, path: string) => gotoAndWait(page, site.setting.baseUrl + path, `${DEMO} canvas`, 200);

/** Waits until the full-resolution image has replaced the preview. */
const settled = (page: Page) =>
  page.waitForFunction((selector) => {
    const label = document.querySelector(`${selector} canvas`)?.getAttribute('aria-label') ?? '';
    return label !== '' && !label.includes('절반 해상도') && !label.includes('half resolution');
  }, DEMO);

describe('photo refocusing demo', () => {
  it('refocuses with the aperture slider (keyboard) and a click on the depth map, without errors', async () => {
    const { page, errors, context } = await watchedPage(site.browser);
    await open(page, 'photo-refocusing.html');
    const demo = page.locator(DEMO);
    const [first] = await pictures(page);
    // the images are worked out in a Web Worker (started from a blob), not on the page's main thread
    expect(page.workers().some((worker) => worker.url().startsWith('blob:'))).toBe(true);

    const aperture = demo.getByRole('slider', { name: '조리개 지름 (aperture) A' });
    await aperture.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
    await expect(aperture.getAttribute('aria-valuetext')).resolves.toBe('20.0 mm (f/2.5)');
    await settled(page);
    const [second] = await pictures(page);
    expect(second).not.toBe(first);
    await waitForUrlContaining(page, 'photo-refocus.aperture=20');

    // the middle card (2 m) at image pixel (130, 100) of the depth map
    const depth = demo.getByRole('img', { name: /^Depth map/ });
    await depth.scrollIntoViewIfNeeded();
    const box = (await depth.boundingBox())!;
    await page.mouse.click(box.x + (130.5 * box.width) / 240, box.y + (100.5 * box.width) / 240);
    const focus = demo.getByRole('slider', { name: '초점 거리 (focus distance) S₁' });
    await expect(focus.getAttribute('aria-valuetext')).resolves.toBe('2.00 m (1/S₁ = 0.50 m⁻¹)');
    await settled(page);
    const [third] = await pictures(page);
    expect(third).not.toBe(second);
    await waitForUrlContaining(page, 'photo-refocus.focus=2');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('focuses where a finger taps the photo', async () => {
    const { page, errors, context } = await watchedPage(site.browser, { hasTouch: true, isMobile: true, viewport: { width: 375, height: 800 } });
    await open(page, 'photo-refocusing.html');
    const demo = page.locator(DEMO);
    const photo = demo.getByRole('img', { name: /^다시 초점을 맞춘/ });
    await photo.scrollIntoViewIfNeeded();
    const box = (await photo.boundingBox())!;
    // the far card (4 m) at image pixel (185, 60)
    await page.touchscreen.tap(box.x + (185.5 * box.width) / 240, box.y + (60.5 * box.width) / 240);
    await expect(demo.getByRole('slider', { name: '초점 거리 (focus distance) S₁' }).getAttribute('aria-valuetext')).resolves.toBe('4.00 m (1/S₁ = 0.25 m⁻¹)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reopens the setting a link gives, in English', async () => {
    const { page, errors, context } = await watchedPage(site.browser, { locale: 'en-US' });
    await open(page, 'en/photo-refocusing.html');
    const defaults = await pictures(page);
    await open(page, `en/photo-refocusing.html?photo-refocus.focus=4&photo-refocus.aperture=12&photo-refocus.mode=lecture${DEMO}`);
    const demo = page.locator(DEMO);
    await expect(demo.getByRole('slider', { name: 'Focus distance S₁' }).getAttribute('aria-valuetext')).resolves.toBe('4.00 m (1/S₁ = 0.25 m⁻¹)');
    await expect(demo.getByRole('slider', { name: 'Aperture diameter A' }).getAttribute('aria-valuetext')).resolves.toBe('12.0 mm (f/4.2)');
    await expect(demo.getByRole('radio', { name: 'Lecture pipeline: mask + one blur' }).isChecked()).resolves.toBe(true);
    const linked = await pictures(page);
    expect(linked[0]).not.toBe(defaults[0]);
    expect(linked[1]).not.toBe(defaults[1]); // the in-focus marking moved
    expect(errors).toEqual([]);
    await context.close();
  });
});
