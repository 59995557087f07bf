/** Linking, offline-first rendering, themes, languages and the narrow-screen drawer. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, isInViewport, setUpBrowser, watchedPage } from './support';

const site = setUpBrowser('sub-path');

describe('the link button beside a heading', () => {
  it('copies the heading’s full URL and confirms it', async () => {
    const { page, context } = await watchedPage(site.browser, { locale: 'en-US' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(site.setting.baseUrl + 'en/stft.html');
    const heading = page.locator('main h2[id]').nth(1);
    const id = await heading.getAttribute('id');
    const button = page.locator(`.heading-row:has(h2[id="${id}"]) .copy-link a`);
    await heading.hover();
    await button.click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.locator(`.heading-row:has(h2[id="${id}"]) [role="status"]`).textContent()).resolves.toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${site.setting.baseUrl}en/stft.html#${id}`);
    expect(page.url()).toBe(copied);
    await context.close();
  });
});

describe('pages before JavaScript', () => {
  it('show their text, formulas, figures and tree with JavaScript off', async () => {
    const { page, context } = await watchedPage(site.browser, { javaScriptEnabled: false });
    await page.goto(site.setting.baseUrl + 'stft.html');
    expect(await page.locator('main h1').textContent()).toContain('STFT');
    expect(await page.locator('main .katex').count()).toBeGreaterThan(2);
    expect(await page.locator('main figure.diagram svg[role="img"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('navigation', { name: '주제 목록' }).getByRole('link').count()).toBeGreaterThan(30);
    await context.close();
  });

  it('carry a title, description and Open Graph tags for link previews', () => {
    const html = readFileSync(join(DIST, 'stft.html'), 'utf8');
    expect(html).toMatch(/<title>단시간 푸리에 변환 \(STFT\) · 딥러닝 강의 노트<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]{20,}"\/>/);
    expect(html).toMatch(/<meta property="og:title" content="단시간 푸리에 변환 \(STFT\)"\/>/);
    expect(html).toMatch(/<meta property="og:description" content="[^"]{20,}"\/>/);
    // alternate-language links need absolute URLs: a build without --site leaves them out
    expect(html).not.toContain('rel="alternate"');
  });

  it('carry their own lecture’s tree only, and no second copy of the note', () => {
    const html = readFileSync(join(DIST, 'stft.html'), 'utf8');
    expect(html).not.toContain('application/json');
    expect(html.match(/id="fig-stft-windowing"/g)).toHaveLength(1);
    expect(html).toMatch(/data-lecture-script="assets\/lectures\/ko\/multimodal-3d-[\w-]+\.js"/);
  });

  it('start their app once parsed, in a task of its own, from a script fetched beside the stylesheet', async () => {
    const { page, errors, context } = await watchedPage(site.browser);
    // the page's last parsing task lays the whole page out; the app must not add to it
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => document.documentElement.setAttribute('data-app-at-parsed', String('__SN__' in window))),
    );
    await page.goto(site.setting.baseUrl + 'stft.html');
    await page.waitForFunction(() => '__SN__' in window);
    expect(await page.getAttribute('html', 'data-app-at-parsed')).toBe('false');
    const preloaded = await page.getAttribute('link[rel="preload"][as="script"][data-app-script]', 'href');
    expect(preloaded).toMatch(/^\.\/assets\/app-[\w-]+\.js$/);
    expect(await page.locator(`script[src$="${preloaded!.slice(1)}"]`).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keep what is shown when their islands mount', async () => {
    const { page, errors, context } = await watchedPage(site.browser);
    await page.route('**/assets/app-*.js', async (route) => {
      // hold the app back until the pre-rendered page has been measured
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    const shown = () =>
      page.evaluate(() => ({
        headings: [...document.querySelectorAll('main h1, main h2')].map((h) => h.textContent),
        formulas: [...document.querySelectorAll('main .katex')].map((k) => k.textContent),
        figures: [...document.querySelectorAll('main figure.diagram svg')].map((svg) => svg.innerHTML.length),
      }));
    await page.goto(site.setting.baseUrl + 'stft.html', { waitUntil: 'domcontentloaded' });
    const before = await shown();
    await page.waitForLoadState('load');
    await page.locator('#demo-stft-window').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('.stft-demo canvas'));
    const after = await shown();
    expect(before.formulas.length).toBeGreaterThan(5);
    expect(before.figures.length).toBeGreaterThan(0);
    expect(after).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('formulas', () => {
  // the page's stylesheet keeps only the KaTeX rules the course's formulas use (tooling/mathStyles)
  it.each(['print.multimodal-3d.html'])('in %s, every formula of the lecture is laid out as with KaTeX’s whole stylesheet', async (file) => {
    const { page, errors, context } = await watchedPage(site.browser);
    await page.goto(site.setting.baseUrl + file);
    const layout = () =>
      page.evaluate(() => {
        const properties = [
          'display',
          'position',
          'top',
          'height',
          'width',
          'vertical-align',
          'font-family',
          'font-size',
          'font-style',
          'font-weight',
          'margin-left',
          'margin-right',
          'padding-left',
          'border-top-width',
          'border-bottom-style',
          'text-align',
          'white-space',
          'line-height',
          'min-width',
          'clip',
        ];
        return [...document.querySelectorAll('main .katex, main .katex *')].map((el) => {
          const style = getComputedStyle(el);
          return properties.map((name) => style.getPropertyValue(name)).join('|');
        });
      });
    // a first pass lays every formula out, so each font it needs is loaded before the one compared
    await layout();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const trimmed = await layout();
    expect(trimmed.length).toBeGreaterThan(5000);
    const whole = readdirSync(join(DIST, 'assets')).find((name) => /^katex-[\w-]+\.css$/.test(name));
    expect(whole).toBeDefined();
    // before the page's own sheet, as the notes panel adds it: the page's rules still come last
    await page.evaluate(async (name) => {
      const pageSheet = document.head.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!;
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL(name, pageSheet.href).href;
      const loaded = new Promise((resolve, reject) => ((link.onload = resolve), (link.onerror = () => reject(new Error(`${link.href} did not load`)))));
      document.head.insertBefore(link, pageSheet);
      await loaded;
    }, whole!);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const withWhole = await layout();
    const differences = trimmed.flatMap((style, i) => (style === withWhole[i] ? [] : [`${i}: ${style} ≠ ${withWhole[i]}`]));
    expect(differences.slice(0, 5)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('formula fonts', () => {
  // the page's KaTeX fonts hold only the course's characters (tooling/mathStyles)
  it('cut to the course’s characters, lay every formula of the lecture out as KaTeX’s whole fonts do', async () => {
    const { page, errors, context } = await watchedPage(site.browser);
    await page.goto(site.setting.baseUrl + 'print.multimodal-3d.html');
    const boxes = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('main .katex-html, main .katex-html .base')].map((el) => {
          const { width, height } = el.getBoundingClientRect();
          return `${width.toFixed(2)}×${height.toFixed(2)}`;
        }),
      );
    await boxes();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const cut = await boxes();
    expect(cut.length).toBeGreaterThan(500);
    const faces = await page.evaluate(() => [...document.fonts].filter((face) => face.family.startsWith('KaTeX_')).map((face) => face.unicodeRange));
    expect(faces.length).toBeGreaterThan(0);
    expect(faces.every((range) => range !== 'U+0-10FFFF' && range.includes('U+20'))).toBe(true);
    // KaTeX's whole sheet, its fonts in place of the page's cut ones
    const whole = readdirSync(join(DIST, 'assets')).find((name) => /^katex-[\w-]+\.css$/.test(name));
    await page.evaluate(async (name) => {
      const pageLink = document.head.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!;
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL(name, pageLink.href).href;
      const loaded = new Promise((resolve, reject) => ((link.onload = resolve), (link.onerror = () => reject(new Error(`${link.href} did not load`)))));
      document.head.insertBefore(link, pageLink);
      await loaded;
      const sheet = pageLink.sheet!;
      for (let i = sheet.cssRules.length - 1; i >= 0; i--) if (sheet.cssRules[i] instanceof CSSFontFaceRule) sheet.deleteRule(i);
    }, whole!);
    await boxes();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    expect(
      await page.evaluate(() =>
        [...document.fonts]
          .filter((face) => face.family === 'KaTeX_Main' && face.status === 'loaded' && face.style === 'normal' && face.weight === '400')
          .map((face) => face.unicodeRange),
      ),
    ).toEqual(['U+0-10FFFF']);
    const wholeBoxes = await boxes();
    const differences = cut.flatMap((box, i) => (box === wholeBoxes[i] ? [] : [`${i}: ${box} ≠ ${wholeBoxes[i]}`]));
    expect(differences.slice(0, 5)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the site’s own address', () => {
  it('opens the home page with the lecture outline', async () => {
    const { page, context } = await watchedPage(site.browser);
    const response = await page.goto(site.setting.baseUrl);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('딥러닝 강의 노트');
    expect(await page.getByRole('main').getByRole('link', { name: '멀티모달 학습 (Multi-modal learning)', exact: true }).count()).toBe(1);
    await context.close();
  });
});

describe('an address that matches no page', () => {
  it('shows “not found” with the closest topics', async () => {
    const { page, context } = await watchedPage(site.browser);
    const response = await page.goto(site.setting.baseUrl + 'soundnett.html');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('페이지를 찾을 수 없습니다');
    await page.waitForFunction(() => document.querySelector('.not-found li a')?.textContent === 'SoundNet');
    await page.locator('.not-found li a').first().click();
    await page.waitForURL(/\/soundnet\.html$/);
    await context.close();
  });
});

describe('the not-found page deeper in the site', () => {
  it('is styled and lists the closest topics at any depth (the server gives it the site root)', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    const response = await page.goto(site.setting.baseUrl + 'old/notes/soundnett.html');
    expect(response?.status()).toBe(404);
    // the stylesheet applied: the sidebar is laid out beside the page, not as unstyled text above it
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.sidebar')!).position)).not.toBe('static');
    await page.waitForFunction(() => document.querySelector('.not-found li a')?.textContent === 'SoundNet');
    await page.locator('.not-found li a').first().click();
    await page.waitForURL(site.setting.baseUrl + 'soundnet.html');
    // the browser logs the page's own 404; nothing else may fail (a stylesheet, script or topic list)
    expect(errors.filter((error) => !error.startsWith(`${site.setting.baseUrl}old/notes/soundnett.html: Failed to load resource`))).toEqual([]);
    await context.close();
  });
});

describe('languages', () => {
  it('follow the browser on the entry page, on the first visit only, keeping query and anchor', async () => {
    const { page, context } = await watchedPage(site.browser, { locale: 'en-US' });
    await page.goto(site.setting.baseUrl + 'index.html?x=1#top');
    await page.waitForURL('**/en/index.html?x=1#top');
    // once chosen, the Korean entry page stays Korean
    await page.goto(site.setting.baseUrl + 'index.html');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(site.setting.baseUrl + 'index.html');
    await context.close();
  });

  it('leave a shared link to a page as it is, even on the first visit', async () => {
    const { page, context } = await watchedPage(site.browser, { locale: 'en-US' });
    const link = `${site.setting.baseUrl}stft.html?stft-window.n=4096#demo-stft-window`;
    await page.goto(link);
    await page.waitForTimeout(300);
    expect(page.url()).toBe(link);
    await context.close();
  });

  it('switch to the same page and keep the section being read', async () => {
    const { page, context } = await watchedPage(site.browser);
    await page.goto(site.setting.baseUrl + 'stft.html', { waitUntil: 'networkidle' });
    const id = await page.locator('main h2[id]').nth(2).getAttribute('id');
    await page.locator(`h2[id="${id}"]`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(200);
    // a plain mouse click where the link is (locator.click would scroll the page first)
    const box = await page.getByRole('navigation', { name: '언어' }).getByRole('link', { name: 'English' }).boundingBox();
    await page.mouse.click(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.waitForURL(`**/en/stft.html#${id}`);
    expect(await isInViewport(page, `h2[id="${id}"]`)).toBe(true);
    await context.close();
  });
});

describe('on a 375 px wide screen', () => {
  it('the topic tree is a drawer opened from the top bar and closed with Escape', async () => {
    const { page, context } = await watchedPage(site.browser, { viewport: { width: 375, height: 740 } });
    await page.goto(site.setting.baseUrl + 'stft.html');
    const tree = page.getByRole('navigation', { name: '주제 목록' });
    expect(await tree.isVisible()).toBe(false);
    const menu = page.getByRole('button', { name: '목차', exact: true });
    await menu.click();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await tree.getByRole('link', { name: '단시간 푸리에 변환 (STFT)' }).waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
