/** The 3D-convolution demo on its built page: controls redraw it, a settings link reopens it. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasImages, gotoAndWait, setUpBrowser, waitForUrlContaining, watchedPage } from '../support';

const DEMO = '#demo-conv3d';
const site = setUpBrowser('sub-path');

const pictures = (page: Page) => canvasImages(page.locator(`${DEMO} canvas`));
const open = (page: Page, path: string) => gotoAndWait(page, site.setting.baseUrl + path, `${DEMO} canvas`, 150);

describe('3D convolution demo', () => {
  it('slides the kernel with the keyboard and the step buttons, and redraws for padding, without errors', async () => {
    const { page, errors, context } = await watchedPage(site.browser);
    await open(page, '3d-object-recognition.html');
    const demo = page.locator(DEMO);
    const first = await pictures(page);
    expect(first).toHaveLength(2);

    const position = demo.getByRole('slider', { name: '출력 위치 (position)' });
    await position.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(position.getAttribute('aria-valuetext')).resolves.toBe('(7, 5, 5) · 558/1000');
    const second = await pictures(page);
    expect(second[0]).not.toBe(first[0]); // the receptive field moved
    expect(second[1]).not.toBe(first[1]); // two more output voxels
    await waitForUrlContaining(page, 'conv3d.position=557');

    await demo.getByRole('button', { name: '이전 위치' }).click();
    await expect(position.getAttribute('aria-valuetext')).resolves.toBe('(6, 5, 5) · 557/1000');

    await demo.getByRole('slider', { name: '패딩 (padding) P' }).fill('0');
    await expect(demo.getByText(/= 8 → 출력 8×8×8/).count()).resolves.toBe(1);
    const third = await pictures(page);
    expect(third[0]).not.toBe(second[0]);
    await waitForUrlContaining(page, 'conv3d.padding=0');

    // the position is shown clamped to the last of 8³; Play starts again from the first and Pause keeps it
    await expect(position.getAttribute('aria-valuetext')).resolves.toBe('(7, 7, 7) · 512/512');
    await demo.getByRole('button', { name: /재생/ }).click();
    await page.waitForTimeout(400);
    await demo.getByRole('button', { name: /멈춤/ }).click();
    // the address follows once the reader pauses: wait for the paused position to arrive
    const pausedPosition = (href: string) => Number(/conv3d\.position=(\d+)/.exec(href)?.[1] ?? Number.NaN);
    await page.waitForURL((url) => pausedPosition(url.href) < 40, { timeout: 5_000 });
    expect(pausedPosition(page.url())).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reopens the setting a link gives, in English', async () => {
    const { page, errors, context } = await watchedPage(site.browser, { locale: 'en-US' });
    await open(page, 'en/3d-object-recognition.html');
    const defaults = await pictures(page);
    await open(page, `en/3d-object-recognition.html?conv3d.shape=dot&conv3d.kernel=laplacian&conv3d.padding=2&conv3d.stride=2&conv3d.position=100${DEMO}`);
    const demo = page.locator(DEMO);
    await expect(demo.getByRole('radio', { name: 'Single voxel' }).isChecked()).resolves.toBe(true);
    await expect(demo.getByRole('radio', { name: 'Laplacian' }).isChecked()).resolves.toBe(true);
    await expect(demo.getByRole('slider', { name: 'Stride S' }).inputValue()).resolves.toBe('2');
    await expect(demo.getByText(/⌊\(10 \+ 2·2 − 3\)\/2⌋ \+ 1 = 6 → output 6×6×6/).count()).resolves.toBe(1);
    await expect(demo.getByRole('slider', { name: 'Output position' }).getAttribute('aria-valuetext')).resolves.toBe('(4, 2, 4) · 101/216');
    const linked = await pictures(page);
    expect(linked[0]).not.toBe(defaults[0]);
    expect(linked[1]).not.toBe(defaults[1]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
