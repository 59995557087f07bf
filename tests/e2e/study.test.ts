/**
 * The study tools on the reader's device: read marks and places kept across reloads and followed
 * by other tabs, bookmarks from a heading's link button, self-checks scheduled for review and
 * answered on the review page, export and import, and stored data that cannot be read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setUpBrowser, setUpSetting, watchedPage } from './support';

const site = setUpBrowser();

describe.each(['root', 'file'] as const)('served from %s', (kind) => {
  const served = setUpSetting(kind);

  it('marks a topic read by hand, keeps it across a reload, shows it in the tree and on the home page, and unmarks it', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    await page.goto(served.setting.baseUrl + 'stft.html');
    const toggle = page.getByRole('button', { name: '다 읽음' });
    await page.waitForFunction(() => document.querySelector('.read-toggle')?.getAttribute('aria-pressed') === 'false');
    await toggle.click();
    await page.reload();
    await expect(page.getByRole('button', { name: '다 읽음' }).getAttribute('aria-pressed')).resolves.toBe('true');
    const tree = page.getByRole('navigation', { name: '주제 목록' });
    await expect(tree.getByRole('link', { name: '단시간 푸리에 변환 (STFT) (읽음)' }).count()).resolves.toBe(1);
    await expect(tree.locator('.tree-progress').first().textContent()).resolves.toBe('1/36');
    await page.goto(served.setting.baseUrl + 'index.html');
    await expect(page.locator('.lecture-meter span').textContent()).resolves.toBe('36개 중 1개 읽음');
    await page.goto(served.setting.baseUrl + 'stft.html');
    await page.getByRole('button', { name: '다 읽음' }).click();
    await expect(page.getByRole('button', { name: '다 읽음' }).getAttribute('aria-pressed')).resolves.toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks a topic read when the reader reaches its end, and offers to continue at the last section read', async () => {
    const { page, context } = await watchedPage(site.browser);
    await page.goto(served.setting.baseUrl + 'spectrogram.html');
    await page
      .locator('h2[id]')
      .nth(2)
      .evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(1200);
    const heading = (await page.locator('h2[id]').nth(2).textContent())!.trim();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => document.querySelector('.read-toggle')?.getAttribute('aria-pressed') === 'true');
    await page.goto(served.setting.baseUrl + 'index.html');
    const continueLink = page.getByRole('link', { name: /^이어서 읽기: / });
    // the last place is where the reader stopped: the page's end is its last section
    await expect(continueLink.getAttribute('href')).resolves.toMatch(/^spectrogram\.html#/);
    expect(heading.length).toBeGreaterThan(0);
    await context.close();
  });
});

describe('on one device', () => {
  const served = setUpSetting('root');

  it('keeps two open tabs in step', async () => {
    const { page, context } = await watchedPage(site.browser);
    const other = await context.newPage();
    await page.goto(served.setting.baseUrl + 'stft.html');
    await other.goto(served.setting.baseUrl + 'soundnet.html');
    await page.waitForFunction(() => document.querySelector('.read-toggle')?.getAttribute('aria-pressed') === 'false');
    await page.getByRole('button', { name: '다 읽음' }).click();
    // the other tab shows it in its tree (a closed branch there, so hidden)
    const mark = other.getByRole('navigation', { name: '주제 목록' }).getByRole('link', { name: '단시간 푸리에 변환 (STFT) (읽음)', includeHidden: true });
    await mark.waitFor({ state: 'attached' });
    expect(await mark.count()).toBe(1);
    await context.close();
  });

  it('bookmarks a heading from its link button and lists it on the home page', async () => {
    const { page, context } = await watchedPage(site.browser);
    await page.goto(served.setting.baseUrl + 'stft.html');
    const id = await page.locator('main h2[id]').nth(1).getAttribute('id');
    const text = (await page.locator(`h2[id="${id}"]`).textContent())!.trim();
    await page.locator(`.heading-row:has(h2[id="${id}"]) .copy-link a`).click();
    await page.getByRole('button', { name: '책갈피에 추가' }).click();
    await page.goto(served.setting.baseUrl + 'index.html');
    const bookmark = page.getByRole('region', { name: '책갈피' }).getByRole('link', { name: text });
    await expect(bookmark.getAttribute('href')).resolves.toBe(`stft.html#${encodeURIComponent(id!)}`);
    await context.close();
  });

  it('schedules a self-check after the answer, and brings a question not known back on the review page the next day', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    const today = new Date('2026-12-07T09:00:00');
    await context.clock.install({ time: today });
    await page.goto(served.setting.baseUrl + 'stft.html');
    const question = page.locator('.self-check').first();
    await question.locator('summary').click();
    await question.getByRole('button', { name: '몰랐어요' }).click();
    await expect.poll(() => question.getByRole('status').textContent()).toBe('1일 뒤에 다시 복습합니다.');
    const second = page.locator('.self-check').nth(1);
    await second.locator('summary').click();
    await second.getByRole('button', { name: '알았어요' }).click();
    await expect.poll(() => second.getByRole('status').textContent()).toMatch(/^\d+일 뒤에 다시 복습합니다\.$/);

    await page.goto(served.setting.baseUrl + 'index.html');
    expect(await page.getByRole('link', { name: /^복습할 질문/ }).count()).toBe(0);
    // the next day, the question not known is due; the one known is not yet
    await context.clock.setSystemTime(new Date(today.getTime() + 25 * 60 * 60 * 1000));
    await page.reload();
    await expect(page.getByRole('link', { name: '복습할 질문 1개' }).count()).resolves.toBe(1);
    await page.getByRole('link', { name: '복습할 질문 1개' }).click();
    await expect(page.getByRole('status').filter({ hasText: '복습할 질문' }).textContent()).resolves.toBe('복습할 질문 1개');
    await page.getByRole('button', { name: '답 보기' }).click();
    await page.getByRole('button', { name: '알았어요' }).click();
    await expect(page.locator('.review-done').textContent()).resolves.toBe('오늘 복습을 마쳤습니다.');
    // practice goes through every question of a lecture
    await page.goto(served.setting.baseUrl + 'review.html?lecture=multimodal-3d');
    await expect(page.locator('.review-status').textContent()).resolves.toMatch(/^이 강의의 질문 (\d+)개를 차례로 풉니다\.$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports everything to a file and imports it into a fresh browser; a bad file is refused and nothing changes', async () => {
    const first = await watchedPage(site.browser);
    await first.page.goto(served.setting.baseUrl + 'stft.html');
    await first.page.waitForFunction(() => document.querySelector('.read-toggle')?.getAttribute('aria-pressed') === 'false');
    await first.page.getByRole('button', { name: '다 읽음' }).click();
    await first.page.goto(served.setting.baseUrl + 'index.html');
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.getByRole('button', { name: '파일로 내보내기' }).click()]);
    const content = readFileSync(await download.path());
    const exported = JSON.parse(content.toString('utf8')) as { format: string; progress: { read: Record<string, unknown> } };
    expect(exported.format).toBe('study-notes-export');
    expect(Object.keys(exported.progress.read)).toEqual(['stft']);
    await first.context.close();

    const second = await watchedPage(site.browser);
    await second.page.goto(served.setting.baseUrl + 'index.html');
    await second.page.locator('#study-data-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
    await expect(second.page.locator('.notice').textContent()).resolves.toContain('가져오지 않았습니다');
    await expect(second.page.locator('.lecture-meter span').textContent()).resolves.toBe('36개 중 0개 읽음');
    await second.page.getByRole('button', { name: '닫기' }).click();
    await second.page.locator('#study-data-import').setInputFiles({ name: 'study-notes.json', mimeType: 'application/json', buffer: content });
    await expect(second.page.locator('.notice').textContent()).resolves.toContain('가져왔습니다: 읽은 주제 1개');
    await expect(second.page.locator('.lecture-meter span').textContent()).resolves.toBe('36개 중 1개 읽음');
    await second.context.close();
  });

  it('reads on when stored data cannot be read: says so once, keeps the old data aside, and starts afresh', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('study-notes:progress', '{"state": {"read": [broken');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(served.setting.baseUrl + 'stft.html');
    await expect(page.locator('.notice').textContent()).resolves.toContain('저장된 학습 기록 일부를 읽을 수 없어');
    expect(await page.locator('main h1').textContent()).toContain('STFT');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('study-notes:progress:unreadable:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual(['{"state": {"read": [broken']);
    await page.getByRole('button', { name: '닫기' }).click();
    await page.reload();
    await page.waitForTimeout(300);
    expect(await page.locator('.notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.each(['root', 'file'] as const)('printing the whole lecture, served from %s', (kind) => {
  const served = setUpSetting(kind);

  it('puts every topic on one page from the lecture’s page, formulas, figures and demo pictures included, and prints it', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    await page.goto(served.setting.baseUrl + 'multimodal-3d.html');
    await page.getByRole('link', { name: '강의 전체 인쇄' }).click();
    await page.waitForURL('**/print.multimodal-3d.html');
    const topics = page.locator('.print-topic');
    expect(await topics.count()).toBe(36);
    await expect(topics.nth(1).getByRole('heading', { level: 2 }).first().textContent()).resolves.toBeTruthy();
    expect(await page.locator('.print-topic .katex').count()).toBeGreaterThan(100);
    expect(await page.locator('.print-topic figure.diagram svg').count()).toBeGreaterThan(30);
    // no demo runs here: each is its picture and a link to its page
    const demos = page.locator('.print-topic section.demo');
    expect(await demos.count()).toBe(await page.locator('.demo-print-picture').count());
    expect(await demos.count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('.print-topic canvas').count()).toBe(0);
    await expect(page.locator('.print-topic section.demo .demo-print a').first().getAttribute('href')).resolves.toMatch(/^[a-z0-9-]+\.html#demo-/);
    // one page, unique ids; its contents link within it
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(ids.length).toBe(new Set(ids).size);
    const samePage = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('.print-topic a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1)),
    );
    expect(samePage.filter((id) => !ids.includes(decodeURIComponent(id)))).toEqual([]);
    expect(samePage.length).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#sidebar').evaluate((e) => getComputedStyle(e).display)).toBe('none');
    expect(
      await page
        .locator('.print-topic')
        .nth(1)
        .evaluate((e) => getComputedStyle(e).breakBefore),
    ).toBe('page');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(500_000);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('printing', () => {
  const served = setUpSetting('root');

  it('prints the topic alone: formulas and figures, answers shown, demos as their picture and link, no reader chrome', async () => {
    const { page, context } = await watchedPage(site.browser);
    await page.goto(served.setting.baseUrl + 'stft.html');
    await page.locator('#demo-stft-window').scrollIntoViewIfNeeded();
    await page.locator('#demo-stft-window canvas').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const shown = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => getComputedStyle(e).display !== 'none' && (e as HTMLElement).offsetParent !== null);
    expect(await shown('.topbar')).toBe(false);
    expect(await shown('#sidebar')).toBe(false);
    expect(await shown('.toc')).toBe(false);
    expect(await shown('main .katex')).toBe(true);
    expect(await shown('main figure.diagram svg')).toBe(true);
    expect(await page.locator('details.answer:not([open])').count()).toBe(0);
    expect(await shown('#demo-stft-window canvas')).toBe(true);
    expect(await shown('#demo-stft-window input[type="range"]')).toBe(false);
    await expect(page.locator('#demo-stft-window .demo-print a').textContent()).resolves.toBe(`${served.setting.baseUrl}stft.html#demo-stft-window`);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('details.answer[open]').count()).toBe(0);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });
});
