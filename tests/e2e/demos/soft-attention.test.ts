/** The soft-attention demo on its built page: words and temperature redraw the map, a settings link reopens it. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasImage, gotoAndWait, setUpBrowser, waitForUrlContaining, waitUntilShown, watchedPage } from '../support';

const DEMO = '#demo-soft-attention';
const site = setUpBrowser('file');

const picture = (page: Page) => canvasImage(page.locator(`${DEMO} canvas`));
const description = (page: Page) => page.locator(`${DEMO} canvas`).getAttribute('aria-label');
// the theme colours arrive one effect later
const open = (page: Page, path: string) => gotoAndWait(page, site.setting.baseUrl + path, `${DEMO} canvas`, 150);

describe('soft attention demo', () => {
  it('moves the attention map with the caption word and sharpens it with the temperature, without errors', async () => {
    const { page, errors, requests, context } = await watchedPage(site.browser);
    await open(page, 'image-captioning.html');
    const demo = page.locator(DEMO);
    const first = await picture(page);
    expect(await description(page)).toMatch(/단어 “dog”\(t = 2\).*\(개\)/);

    await demo.getByRole('button', { name: 'ball', exact: true }).click();
    await expect(demo.getByRole('button', { name: 'ball', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await description(page)).toMatch(/단어 “ball”\(t = 5\).*\(공\)/);
    const second = await picture(page);
    expect(second).not.toBe(first);
    await waitForUrlContaining(page, 'soft-attention.word=4');

    await demo.getByRole('button', { name: '다음 단어' }).click();
    await expect(demo.getByRole('slider', { name: '단어 t' }).getAttribute('aria-valuetext')).resolves.toBe('t = 6: “on”');

    // keyboard: the temperature slider steps with the arrow keys
    const slider = demo.getByRole('slider', { name: '온도 T (temperature)' });
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('0.25');
    const third = await picture(page);
    expect(third).not.toBe(second);
    await waitForUrlContaining(page, 'soft-attention.temperature=0.25');
    await expect(page.locator(`${DEMO} [data-readout="equation"]`).textContent()).resolves.toMatch(/Σ α_i = 1\.000/);

    expect(errors).toEqual([]);
    expect(requests.every((url) => url.startsWith('file:'))).toBe(true);
    await context.close();
  });

  it('reopens the setting a link gives, in English', async () => {
    const { page, errors, context } = await watchedPage(site.browser, { locale: 'en-US', colorScheme: 'dark' });
    await open(page, 'en/image-captioning.html?soft-attention.word=7&soft-attention.temperature=0.2#demo-soft-attention');
    const demo = page.locator(DEMO);
    await expect(demo.getByRole('slider', { name: 'Word t' }).getAttribute('aria-valuetext')).resolves.toBe('t = 8: “grass”');
    await expect(demo.getByRole('slider', { name: 'Temperature T' }).getAttribute('aria-valuetext')).resolves.toBe('0.2');
    expect(await description(page)).toMatch(/Word “grass” \(t = 8\), T = 0\.2: .*\(grass\)/);
    const drawn = await picture(page);
    await page.reload();
    await waitUntilShown(page, `${DEMO} canvas`, 150);
    expect(await picture(page)).toBe(drawn);
    expect(errors).toEqual([]);
    await context.close();
  });
});
