/** The mel/MFCC demo on its built page: sliders and clicks redraw the stages, settings links reopen them. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasImage, openDemoLink, setUpBrowser, waitForUrlContaining, type Locale } from '../support';

const DEMO = '#demo-mel-mfcc';

const site = setUpBrowser('file');

const openDemo = (locale: Locale, query = '') => openDemoLink(site.browser, site.setting, { demo: DEMO, file: 'spectrogram.html', locale, query });

/** The picture a canvas shows, as a data URL. */
const image = (page: Page, name: RegExp) => canvasImage(page.locator(DEMO).getByRole('img', { name }));

describe('mel/MFCC demo', () => {
  it('moves the highlighted filter by keyboard: Tab reaches the spectrum plot, the arrow keys step the filter', async () => {
    const { page, errors, context } = await openDemo('en-US');
    const demo = page.locator(DEMO);
    const readout = demo.getByText(/^Highlighted filter i = /);
    const filter = async () => Number(/i = (\d+)/.exec((await readout.textContent()) ?? '')![1]);
    // from the last control before the plots, one Tab lands on the spectrum plot
    await demo.getByRole('slider', { name: 'Mel bands' }).focus();
    await page.keyboard.press('Tab');
    const spectrum = demo.getByRole('img', { name: /^Power spectrum \(dB, 0–8 kHz\)/ });
    await expect(spectrum.evaluate((element) => element === document.activeElement && element.matches(':focus-visible'))).resolves.toBe(true);
    const before = await canvasImage(spectrum);
    const start = await filter();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await filter()).toBe(start + 2);
    expect(await canvasImage(spectrum)).not.toBe(before);
    await expect(spectrum.getAttribute('aria-label')).resolves.toContain(`filter ${start + 2}, centred at`);
    // the page does not scroll under the arrow keys
    const scroll = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('ArrowDown');
    expect(await filter()).toBe(start + 1);
    expect(await page.evaluate(() => window.scrollY)).toBe(scroll);
    await page.keyboard.press('End');
    expect(await filter()).toBe(40);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('redraws the filterbank, the log-mel image and the MFCCs when the Mel bands slider moves (Korean page)', async () => {
    const { page, errors, context } = await openDemo('ko-KR');
    const filters = await image(page, /mel 삼각 filter 40개/);
    const logMel = await image(page, /^Log-mel spectrogram/);
    const mfcc = await image(page, /^MFCC 행렬/);
    const slider = page.locator(DEMO).getByRole('slider', { name: 'Mel band 수 (Mel bands)' });
    await slider.focus();
    for (let i = 0; i < 24; i++) await slider.press('ArrowRight');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('M = 64');
    expect(await image(page, /mel 삼각 filter 64개/)).not.toBe(filters);
    expect(await image(page, /^Log-mel spectrogram/)).not.toBe(logMel);
    expect(await image(page, /^MFCC 행렬/)).not.toBe(mfcc);
    await waitForUrlContaining(page, 'mel-mfcc.mels=64');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('picks the frame clicked on an image and redraws that frame’s spectrum', async () => {
    const { page, errors, context } = await openDemo('en-US');
    const spectrum = await image(page, /^Power spectrum \(dB, 0–8 kHz\) of frame 20 /);
    const picture = page.locator(DEMO).getByRole('img', { name: /^Power spectrogram of/ });
    await picture.scrollIntoViewIfNeeded();
    const box = (await picture.boundingBox())!;
    // the plot spans x = 46 … width − 10 over frames 0 … 147: click about three quarters along
    await page.mouse.click(box.x + 46 + 0.75 * (box.width - 56), box.y + box.height / 2);
    const slider = page.locator(DEMO).getByRole('slider', { name: 'Frame' });
    const frame = Number(/m = (\d+)/.exec((await slider.getAttribute('aria-valuetext')) ?? '')![1]);
    expect(frame).toBeGreaterThan(100);
    expect(frame).toBeLessThan(120);
    await waitForUrlContaining(page, `mel-mfcc.frame=${frame}`);
    expect(await image(page, new RegExp(`^Power spectrum \\(dB, 0–8 kHz\\) of frame ${frame} `))).not.toBe(spectrum);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reopens from a settings link exactly as it was', async () => {
    const query = '?mel-mfcc.signal=u&mel-mfcc.mels=26&mel-mfcc.scale=slaney&mel-mfcc.coefficients=20&mel-mfcc.frame=100';
    const { page, errors, context } = await openDemo('en-US', query);
    await expect(page.locator(DEMO).getByRole('radio', { name: '/u/', exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.locator(DEMO).getByRole('radio', { name: 'Slaney' }).isChecked()).resolves.toBe(true);
    await expect(page.locator(DEMO).getByRole('slider', { name: 'Mel bands' }).getAttribute('aria-valuetext')).resolves.toBe('M = 26');
    await expect(page.locator(DEMO).getByRole('slider', { name: 'Coefficients' }).getAttribute('aria-valuetext')).resolves.toBe('K = 20');
    await expect(page.locator(DEMO).getByRole('slider', { name: 'Frame' }).getAttribute('aria-valuetext')).resolves.toBe('m = 100 (1.0125 s)');
    await expect(
      page
        .locator(DEMO)
        .getByRole('img', { name: /of frame 100 \(1\.0125 s\) of \/u\/, with 26 triangular Slaney mel filters/ })
        .count(),
    ).resolves.toBe(1);
    // the demo box is in view: the link's #demo-mel-mfcc anchor was honoured
    await expect(page.locator(DEMO).evaluate((box) => box.getBoundingClientRect().top < innerHeight)).resolves.toBe(true);
    expect(await page.locator(`${DEMO} [role="note"]`).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when a link’s setting is out of range, and uses the nearest allowed value', async () => {
    const { page, errors, context } = await openDemo('en-US', '?mel-mfcc.mels=500');
    await expect(page.locator(DEMO).getByRole('slider', { name: 'Mel bands' }).getAttribute('aria-valuetext')).resolves.toBe('M = 128');
    await expect(page.locator(`${DEMO} [role="note"]`).textContent()).resolves.toContain('mels=500 → 128');
    expect(errors).toEqual([]);
    await context.close();
  });
});
