/** The speech-separation demo on its built page: the mask-quality slider, playback, settings links. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasImage, openDemoLink, setUpBrowser, waitForUrlContaining, type Locale } from '../support';

const DEMO = '#demo-speech-separation';

const site = setUpBrowser('file');

const openDemo = (locale: Locale, query = '') => openDemoLink(site.browser, site.setting, { demo: DEMO, file: 'speech-separation.html', locale, query });

const image = (page: Page, name: RegExp) => canvasImage(page.locator(DEMO).getByRole('img', { name }));
const lossValue = async (page: Page) =>
  Number(
    /= ([\d.]+) \(p/.exec(
      (await page
        .locator(DEMO)
        .getByText(/^Loss L = /)
        .textContent()) ?? '',
    )![1],
  );

describe('speech separation demo', () => {
  it('degrades the mask with the Mask quality slider: the estimates redraw and the loss grows', async () => {
    const { page, errors, context } = await openDemo('en-US');
    const estimate = await image(page, /^Spectrogram of Estimate 1/);
    const mask = await image(page, /mask for source 1 at 100 % quality/);
    const loss = await lossValue(page);
    const slider = page.locator(DEMO).getByRole('slider', { name: 'Mask quality' });
    await slider.focus();
    for (let i = 0; i < 6; i++) await slider.press('ArrowLeft');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('70 % (a = 0.30)');
    // the mask and the estimates are redrawn in the frame after the change
    await expect.poll(() => image(page, /^Spectrogram of Estimate 1/)).not.toBe(estimate);
    await expect.poll(() => image(page, /mask for source 1 at 70 % quality/)).not.toBe(mask);
    // the loss follows in a deferred render, just after the pictures
    await expect.poll(() => lossValue(page)).toBeGreaterThan(loss);
    await waitForUrlContaining(page, 'speech-separation.quality=70');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays the mixture and an estimate through Web Audio (Korean page)', async () => {
    const { page, errors, context } = await openDemo('ko-KR');
    const mixture = page.locator(DEMO).getByRole('button', { name: '혼합음', exact: true });
    await mixture.click();
    await expect(mixture.getAttribute('aria-pressed')).resolves.toBe('true');
    const estimate = page.locator(DEMO).getByRole('button', { name: '추정 1', exact: true });
    await estimate.click();
    await expect(estimate.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(mixture.getAttribute('aria-pressed')).resolves.toBe('false');
    await estimate.click();
    await expect(estimate.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reopens from a settings link exactly as it was', async () => {
    const query =
      '?speech-separation.sources=vowels&speech-separation.ratio=6&speech-separation.mask=crm&speech-separation.quality=50&speech-separation.compression=0.5';
    const { page, errors, context } = await openDemo('en-US', query);
    await expect(page.locator(DEMO).getByRole('radio', { name: 'Two vowels' }).isChecked()).resolves.toBe(true);
    await expect(page.locator(DEMO).getByRole('radio', { name: 'cRM (complex)' }).isChecked()).resolves.toBe(true);
    await expect(page.locator(DEMO).getByRole('slider', { name: 'Ratio' }).getAttribute('aria-valuetext')).resolves.toBe('+6 dB (source 1 : source 2)');
    await expect(page.locator(DEMO).getByRole('slider', { name: 'Mask quality' }).getAttribute('aria-valuetext')).resolves.toBe('50 % (a = 0.50)');
    await expect(page.locator(DEMO).getByRole('slider', { name: 'Compression p' }).getAttribute('aria-valuetext')).resolves.toBe('p = 0.50');
    await expect(
      page
        .locator(DEMO)
        .getByRole('img', { name: /^cRM \(complex\) mask for source 1 at 50 % quality/ })
        .count(),
    ).resolves.toBe(1);
    await expect(
      page
        .locator(DEMO)
        .getByText(/^Loss L = .*\(p = 0\.50,/)
        .count(),
    ).resolves.toBe(1);
    await expect(page.locator(DEMO).evaluate((box) => box.getBoundingClientRect().top < innerHeight)).resolves.toBe(true);
    expect(await page.locator(`${DEMO} [role="note"]`).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
