/** The text-to-image demo on its built page: z and the phrase change the pictures, a settings link reopens them. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasImage, gotoAndWait, setUpBrowser, waitForUrlContaining, watchedPage } from '../support';

const DEMO = '#demo-text-to-image';
const site = setUpBrowser('file');

const yours = (page: Page) => page.locator(`${DEMO} [data-picture="yours"] svg`).innerHTML();
const backgrounds = (page: Page, row: string) =>
  page.locator(`${DEMO} [data-row="${row}"] svg`).evaluateAll((svgs) => svgs.map((svg) => svg.querySelector('rect')!.getAttribute('fill')));
const mean = (page: Page) => canvasImage(page.locator(`${DEMO} canvas`));
const open = (page: Page, path: string) => gotoAndWait(page, site.setting.baseUrl + path, `${DEMO} [data-picture="yours"] svg`);

describe('text-to-image demo', () => {
  it('changes the style with z and the content with the text, without errors', async () => {
    const { page, errors, requests, context } = await watchedPage(site.browser);
    await open(page, 'text-to-image.html');
    const demo = page.locator(DEMO);
    const first = await yours(page);
    const styles = await backgrounds(page, 'text');

    const slider = demo.getByRole('slider', { name: 'z₁ (위치)' });
    await slider.focus();
    for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowLeft');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('-0.9');
    expect(await yours(page)).not.toBe(first);
    await waitForUrlContaining(page, 'text-to-image.z1=-0.9');

    // another colour: new content, the same style in every column
    await demo.getByRole('combobox', { name: '색', exact: true }).selectOption('green');
    expect(await yours(page)).toContain('rgb(42, 157, 74)');
    expect(await backgrounds(page, 'text')).toEqual(styles);

    const meanBefore = await mean(page);
    await demo.getByRole('button', { name: '새 z 뽑기 (Resample)' }).click();
    expect(await backgrounds(page, 'text')).not.toEqual(styles);
    // the mean image is worked out over the next few frames
    await expect.poll(() => mean(page)).not.toBe(meanBefore);
    await waitForUrlContaining(page, 'text-to-image.seed=2');

    expect(errors).toEqual([]);
    expect(requests.every((url) => url.startsWith('file:'))).toBe(true);
    await context.close();
  });

  it('reopens the setting a link gives, in English', async () => {
    const { page, errors, context } = await watchedPage(site.browser, { locale: 'en-US' });
    const query = '?text-to-image.count=three&text-to-image.shape=square&text-to-image.z1=-2&text-to-image.z3=1.5&text-to-image.seed=5';
    await open(page, `en/text-to-image.html${query}#demo-text-to-image`);
    const demo = page.locator(DEMO);
    await expect(demo.getByRole('combobox', { name: 'Count', exact: true }).inputValue()).resolves.toBe('three');
    await expect(demo.getByRole('slider', { name: 'z₁ (position)' }).getAttribute('aria-valuetext')).resolves.toBe('-2.0');
    await expect(page.locator(`${DEMO} [data-picture="yours"] svg rect[data-shape="square"]`).count()).resolves.toBe(3);
    await expect(demo.getByRole('img', { name: /^“three red squares”: .*turned 45°/ }).count()).resolves.toBe(1);
    const drawn = await yours(page);
    const grid = await backgrounds(page, 'text');
    await page.reload();
    await page.waitForSelector(`${DEMO} [data-picture="yours"] svg`);
    expect(await yours(page)).toBe(drawn);
    expect(await backgrounds(page, 'text')).toEqual(grid);
    expect(errors).toEqual([]);
    await context.close();
  });
});
