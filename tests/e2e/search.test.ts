/**
 * Search as Korean and English readers use it, from a server under a sub-path and from disk:
 * particles, word starts, 초성, English terms typed in Hangul, typos and plurals; grouped results
 * that open at their heading; the keyboard throughout.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpBrowser, setUpSetting, watchedPage } from './support';

const site = setUpBrowser();

async function searchFor(page: Page, query: string) {
  const field = page.getByRole('combobox', { name: /검색|Search/ });
  if (!(await field.isVisible().catch(() => false))) {
    await page.keyboard.press('/');
    await field.waitFor();
  }
  await field.fill(query);
  // results are for this query, and the page's own lecture has answered
  await page.waitForFunction((q) => {
    const list = document.querySelector<HTMLElement>('.search-results');
    return list?.dataset.query === q && Number(list.dataset.indexes) > 0;
  }, query);
  return {
    headings: await page.locator('.search-hit .search-heading').allTextContents(),
    groups: await page.locator('.search-group').evaluateAll((groups) => groups.map((g) => g.getAttribute('aria-label'))),
  };
}

describe.each(['sub-path', 'file'] as const)('search, served from %s', (kind) => {
  const served = setUpSetting(kind);

  it('understands Korean as it is typed', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    await page.goto(served.setting.baseUrl + 'stft.html');
    expect((await searchFor(page, '해상도를')).headings).toContain('시간–주파수 trade-off');
    expect((await searchFor(page, '스펙트로')).groups).toContain('스펙트로그램 (Spectrogram)');
    expect((await searchFor(page, 'ㅅㄱ ㅈㅍㅅ')).headings[0]).toBe('시간–주파수 trade-off');
    // English terms of the Korean notes, typed in Hangul, through the glossary
    expect((await searchFor(page, '스펙트로그램')).groups[0]).toBe('스펙트로그램 (Spectrogram)');
    expect((await searchFor(page, 'STFT 윈도우')).groups[0]).toBe('단시간 푸리에 변환 (STFT)');
    expect((await searchFor(page, '푸리에 변환'.normalize('NFD'))).headings.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a result at its heading with the keyboard, and Esc closes and gives focus back', async () => {
    const { page, context } = await watchedPage(site.browser);
    await page.goto(served.setting.baseUrl + 'soundnet.html');
    await page.getByRole('button', { name: '검색' }).click();
    await searchFor(page, '해상도');
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: '검색' }).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-button'))).toBe(true);
    await page.keyboard.press('Control+K');
    const { headings } = await searchFor(page, 'ㅅㄱ ㅈㅍㅅ');
    expect(headings[0]).toBe('시간–주파수 trade-off');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/stft.html#time-frequency-tradeoff');
    await context.close();
  });
});

describe('search in English', () => {
  const served = setUpSetting('root');

  it('folds case, finds plurals and one typo, and is one tap away on a phone', async () => {
    const { page, context } = await watchedPage(site.browser, { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true, locale: 'en-US' });
    await page.goto(served.setting.baseUrl + 'en/soundnet.html');
    await page.getByRole('button', { name: 'Search' }).tap();
    expect((await searchFor(page, 'SPECTOGRAMS')).groups[0]).toBe('Spectrogram');
    expect((await searchFor(page, 'mel filterbank')).headings.length).toBeGreaterThan(0);
    const box = await page.locator('.search-dialog').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(375);
    await context.close();
  });
});
