/** The sound-localization demo on its built page: controls redraw it, a settings link reopens it. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasImages, gotoAndWait, setUpBrowser, waitForUrlContaining, watchedPage } from '../support';

const DEMO = '#demo-sound-localization';
const site = setUpBrowser('file');

const pictures = (page: Page) => canvasImages(page.locator(`${DEMO} canvas`));
// the theme colours arrive one effect later; wait for the legend to be drawn
const open = (page: Page, path: string) => gotoAndWait(page, site.setting.baseUrl + path, `${DEMO} canvas`, 150);

describe('sound localization demo', () => {
  it('moves the heat map when another sound or temperature is chosen, from disk, without errors', async () => {
    const { page, errors, requests, context } = await watchedPage(site.browser);
    await open(page, 'sound-source-localization.html');
    const demo = page.locator(DEMO);
    const first = await pictures(page);
    expect(first).toHaveLength(2);
    await expect(demo.getByRole('img', { name: /정점은 개 위/ }).count()).resolves.toBe(1);

    await demo.getByRole('radio', { name: '자동차 엔진' }).check();
    await page.waitForFunction((selector) => document.querySelector(`${selector} canvas`)?.getAttribute('aria-label')?.includes('자동차 위'), DEMO);
    const second = await pictures(page);
    expect(second[0]).not.toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    await waitForUrlContaining(page, 'sound-localization.sound=car');

    // keyboard: the temperature slider steps with the arrow keys
    const slider = demo.getByRole('slider', { name: '온도 (temperature) T' });
    await slider.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await expect(slider.getAttribute('aria-valuetext')).resolves.not.toBe('0.10');
    const third = await pictures(page);
    expect(third[0]).not.toBe(second[0]);
    await waitForUrlContaining(page, 'sound-localization.temperature=');

    await demo.getByRole('button', { name: /소리 듣기/ }).click();
    await page.waitForTimeout(200);
    expect(errors).toEqual([]);
    expect(requests.every((url) => url.startsWith('file:'))).toBe(true);
    await context.close();
  });

  it('reopens the setting a link gives, in English', async () => {
    const { page, errors, context } = await watchedPage(site.browser, { locale: 'en-US' });
    await open(page, 'en/sound-source-localization.html');
    const defaults = await pictures(page);
    await open(page, `en/sound-source-localization.html?sound-localization.sound=bird&sound-localization.temperature=0.05&sound-localization.relu=1${DEMO}`);
    const demo = page.locator(DEMO);
    await expect(demo.getByRole('radio', { name: 'Bird song' }).isChecked()).resolves.toBe(true);
    await expect(demo.getByRole('slider', { name: 'Temperature T' }).getAttribute('aria-valuetext')).resolves.toBe('0.05');
    await expect(demo.getByRole('checkbox', { name: 'ReLU before the softmax' }).isChecked()).resolves.toBe(true);
    await expect(demo.getByRole('img', { name: /peak on the bird/ }).count()).resolves.toBe(1);
    const linked = await pictures(page);
    expect(linked[0]).not.toBe(defaults[0]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
