/**
 * When the device's storage fails: full, turned off, or written by two tabs at once. Reading goes on,
 * the reader is told once when a save fails, and nothing already stored is lost.
 */
import { describe, expect, it } from 'vitest';
import { setUpBrowser, setUpSetting, watchedPage } from './support';

const site = setUpBrowser();
const SAVE_FAILED = '학습 기록을 저장하지 못했습니다';

describe('storage faults', () => {
  const served = setUpSetting('root');

  it('a full storage: the page reads on, the reader is told once, and what was stored before stays', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    await page.goto(served.setting.baseUrl + 'stft.html');
    await page.waitForFunction(() => document.querySelector('.read-toggle')?.getAttribute('aria-pressed') === 'false');
    await page.getByRole('button', { name: '다 읽음' }).click();
    const stored = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([key]) => key.startsWith('study-notes'))));
    // from now on every write fails as a full storage does
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.getByRole('link', { name: /다음/ }).last().click();
    await page.waitForURL('**/spectrogram.html');
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.waitForFunction(() => document.querySelector('.read-toggle')?.getAttribute('aria-pressed') === 'false');
    await page.getByRole('button', { name: '다 읽음' }).click();
    await expect(page.locator('.notice').textContent()).resolves.toContain(SAVE_FAILED);
    // the mark shows on this page, the page keeps working
    await expect(page.getByRole('button', { name: '다 읽음' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByRole('button', { name: '다 읽음' }).click();
    await page.getByRole('button', { name: '다 읽음' }).click();
    await expect(page.locator('.notice').count()).resolves.toBe(1);
    // the earlier save is untouched
    expect(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([key]) => key.startsWith('study-notes'))))).toBe(stored);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('storage turned off: every page, search and the demos still work', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    await page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: refuse });
      Object.defineProperty(window, 'indexedDB', { get: refuse });
    });
    await page.goto(served.setting.baseUrl + 'stft.html');
    await page.locator('#demo-stft-window').scrollIntoViewIfNeeded();
    await page
      .getByRole('slider', { name: /창 길이/ })
      .first()
      .waitFor();
    await page.getByRole('button', { name: /^검색/ }).click();
    await page.getByRole('combobox', { name: '검색' }).fill('주파수');
    await page.getByRole('dialog').getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '다 읽음' }).click();
    await expect(page.locator('.notice').textContent()).resolves.toContain(SAVE_FAILED);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('two tabs marking at the same moment: both marks are kept', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    const other = await context.newPage();
    await page.goto(served.setting.baseUrl + 'stft.html');
    await other.goto(served.setting.baseUrl + 'soundnet.html');
    for (const tab of [page, other]) await tab.waitForFunction(() => document.querySelector('.read-toggle')?.getAttribute('aria-pressed') === 'false');
    // both clicks land before either tab hears of the other's write
    await Promise.all([
      page.evaluate(() => (document.querySelector('.read-toggle') as HTMLButtonElement).click()),
      other.evaluate(() => (document.querySelector('.read-toggle') as HTMLButtonElement).click()),
    ]);
    await page.waitForTimeout(500);
    const third = await context.newPage();
    await third.goto(served.setting.baseUrl + 'index.html');
    await expect(third.locator('.lecture-meter span').first().textContent()).resolves.toMatch(/중 2개 읽음/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
