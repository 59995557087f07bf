/** The reader's journeys, in each of the three ways the build is opened. */
import { describe, expect, it } from 'vitest';
import { canvasImage, isInViewport, setUpBrowser, setUpSetting, watchedPage } from './support';

const site = setUpBrowser();

describe.each(['root', 'sub-path', 'file'] as const)('served from %s', (kind) => {
  const served = setUpSetting(kind);

  it('opens a topic from the tree, then moves back and forward', async () => {
    const { page, errors, context } = await watchedPage(site.browser);
    await page.goto(served.setting.baseUrl + 'index.html');
    const tree = page.getByRole('navigation', { name: '주제 목록' });
    // the home page carries no lecture's tree: opening one loads its script
    await tree.getByRole('button', { name: /^펼치기: Day 35/ }).click();
    await tree.getByRole('button', { name: '펼치기: 멀티모달 학습 (Multi-modal learning)' }).click();
    await tree.getByRole('button', { name: /멀티모달 과제 \(2\)/ }).click();
    await tree.getByRole('button', { name: /소리의 표현/ }).click();
    await tree.getByRole('link', { name: '단시간 푸리에 변환 (STFT)' }).click();
    await page.waitForURL(/\/stft\.html$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('STFT');
    await expect(
      page.getByRole('navigation', { name: '주제 목록' }).getByRole('link', { name: '단시간 푸리에 변환 (STFT)' }).getAttribute('aria-current'),
    ).resolves.toBe('page');

    await page.getByRole('navigation', { name: '이전/다음 주제' }).getByRole('link', { name: /다음/ }).click();
    await page.waitForURL(/\/spectrogram\.html$/);
    await page.goBack();
    await page.waitForURL(/\/stft\.html$/);
    await page.goForward();
    await page.waitForURL(/\/spectrogram\.html$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a permalink on a fresh load with its heading in view', async () => {
    const first = await watchedPage(site.browser);
    await first.page.goto(served.setting.baseUrl + 'stft.html');
    const ids = await first.page.locator('main h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    const target = ids.at(-3)!;
    // the link button carries the heading's own URL
    const href = await first.page.locator(`.heading-row:has(h2[id="${target}"]) .copy-link a`).evaluate((a) => (a as HTMLAnchorElement).href);
    await first.context.close();

    const fresh = await watchedPage(site.browser);
    await fresh.page.goto(href);
    await fresh.page.waitForTimeout(600);
    expect(fresh.page.url()).toBe(href);
    expect(await isInViewport(fresh.page, `h2[id="${target}"]`)).toBe(true);
    expect(await fresh.page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  it('loads the STFT demo there and redraws the spectrogram as the slider moves', async () => {
    const { page, errors, requests, context } = await watchedPage(site.browser, { locale: 'en-US' });
    await page.goto(served.setting.baseUrl + 'en/stft.html');
    // the demo mounts only once its place comes near the viewport
    await page.waitForTimeout(300);
    expect(await page.locator('.stft-demo').count()).toBe(0);
    await page.locator('#demo-stft-window').scrollIntoViewIfNeeded();
    const slider = page.getByRole('slider', { name: 'Window length' });
    await slider.waitFor();
    const canvas = page.locator('.stft-demo canvas');
    const before = await canvasImage(canvas);
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('2048 samples (128 ms)');
    const after = await canvasImage(canvas);
    expect(after).not.toBe(before);
    await expect(canvas.getAttribute('aria-label')).resolves.toContain('N = 2048 samples');
    expect(errors).toEqual([]);
    // nothing leaves the site: every request stays under the base URL (or is inline data)
    expect(requests.filter((url) => !url.startsWith(served.setting.baseUrl) && !url.startsWith('data:'))).toEqual([]);
    await context.close();
  });
});
