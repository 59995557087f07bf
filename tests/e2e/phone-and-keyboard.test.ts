/**
 * The reader by touch on a 375 × 800 phone and by keyboard on a 1280 × 900 laptop: the drawer,
 * links that keep their place and a demo's settings across languages, focus that never moves the
 * page, wide formulas, touch targets, the theme's three choices and the link icon's contrast.
 */
import { describe, expect, it } from 'vitest';
import { isInViewport, setUpBrowser, topicFiles, watchedPage } from './support';

const site = setUpBrowser('root');
const PHONE = { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true } as const;
const LAPTOP = { viewport: { width: 1280, height: 900 } } as const;

describe('the drawer on a phone', () => {
  it('fits below the top bar on every page, scrolls by itself, and every entry can be reached and tapped', { timeout: 240_000 }, async () => {
    const { page, context, errors } = await watchedPage(site.browser, PHONE);
    const problems: string[] = [];
    for (const file of ['index.html', ...topicFiles()]) {
      await page.goto(site.setting.baseUrl + file);
      const menu = page.getByRole('button', { name: file.startsWith('en/') ? 'Topics' : '목차', exact: true });
      await menu.tap();
      // until the drawer has slid in
      await page.waitForFunction(() => document.getElementById('sidebar')!.getBoundingClientRect().left >= 0);
      // every branch of the page's own lecture open, as a reader looking for a topic has it
      await page.evaluate(() => {
        for (
          let closed;
          (closed = document.querySelector<HTMLElement>('#sidebar li:not([data-tree-script]) > .tree-row > .tree-toggle[aria-expanded="false"]'));
        )
          closed.click();
      });
      const report = await page.evaluate(() => {
        const sidebar = document.getElementById('sidebar')!;
        const bar = document.querySelector('.topbar')!.getBoundingClientRect();
        const box = sidebar.getBoundingClientRect();
        const menuButton = document.querySelector('.menu-button')!.getBoundingClientRect();
        const unreachable: string[] = [];
        const entries = [...sidebar.querySelectorAll<HTMLElement>('a, button')].filter((e) => e.offsetParent !== null);
        for (const entry of entries) {
          entry.scrollIntoView({ block: 'nearest' });
          const r = entry.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
          if (!hit || !(entry === hit || entry.contains(hit))) unreachable.push(entry.textContent?.trim() || entry.getAttribute('aria-label') || '?');
        }
        const onBar = document.elementFromPoint(menuButton.left + menuButton.width / 2, menuButton.top + menuButton.height / 2);
        return {
          barHidden: !onBar?.closest('.menu-button'),
          fits: box.top >= bar.bottom - 1 && box.bottom <= innerHeight + 1,
          scrolls: sidebar.scrollHeight <= sidebar.clientHeight || getComputedStyle(sidebar).overflowY === 'auto',
          locked: getComputedStyle(document.documentElement).overflow === 'hidden',
          unreachable: unreachable.slice(0, 5),
          entries: entries.length,
        };
      });
      if (report.barHidden || !report.fits || !report.scrolls || !report.locked || report.unreachable.length || report.entries < 3) {
        problems.push(`${file}: ${JSON.stringify(report)}`);
      }
      await page.keyboard.press('Escape');
    }
    expect(problems).toEqual([]);
    // and a tap on an entry deep in the tree goes there
    await page.goto(site.setting.baseUrl + 'stft.html');
    await page.getByRole('button', { name: '목차', exact: true }).tap();
    const last = page.locator('#sidebar .tree-row a:visible').last();
    const href = await last.getAttribute('href');
    await last.scrollIntoViewIfNeeded();
    await last.tap();
    await page.waitForURL((url) => url.pathname.endsWith(`/${href}`));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('closes with ✕, with Esc and with a tap outside, each time giving focus back to ☰', async () => {
    const { page, context } = await watchedPage(site.browser, PHONE);
    await page.goto(site.setting.baseUrl + 'spectrogram.html');
    const menu = page.getByRole('button', { name: '목차', exact: true });
    const closedWith = async (close: () => Promise<void>) => {
      await menu.tap();
      await page.locator('#sidebar.open').waitFor();
      expect(await page.evaluate(() => document.querySelector('main')!.inert)).toBe(true);
      await close();
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('menu-button'))).toBe(true);
      expect(await page.evaluate(() => document.querySelector('main')!.inert)).toBe(false);
    };
    await closedWith(() => page.getByRole('button', { name: '목차 닫기' }).tap());
    await closedWith(() => page.keyboard.press('Escape'));
    await closedWith(() => page.touchscreen.tap(360, 400));
    await context.close();
  });

  it('locks the page behind it: a swipe over the drawer scrolls the drawer, not the page', async () => {
    const { page, context } = await watchedPage(site.browser, PHONE);
    await page.goto(site.setting.baseUrl + 'stft.html');
    await page.getByRole('button', { name: '목차', exact: true }).tap();
    await page.locator('#sidebar.open').waitFor();
    const before = await page.evaluate(() => ({ page: scrollY, drawer: document.getElementById('sidebar')!.scrollTop }));
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => ({ page: scrollY, drawer: document.getElementById('sidebar')!.scrollTop }));
    expect(after.page).toBe(before.page);
    await context.close();
  });

  it('has entries a finger can hit: at least 24 × 24 px, topics at least 40 px tall', async () => {
    const { page, context } = await watchedPage(site.browser, PHONE);
    await page.goto(site.setting.baseUrl + 'stft.html');
    await page.getByRole('button', { name: '목차', exact: true }).tap();
    const sizes = await page
      .locator('#sidebar a:visible, #sidebar button:visible')
      .evaluateAll((entries) =>
        entries.map((e) => ({ text: e.textContent?.trim() ?? '', primary: Boolean(e.closest('.tree-row')), ...e.getBoundingClientRect().toJSON() })),
      );
    expect(sizes.filter((s) => s.width < 24 || s.height < 24)).toEqual([]);
    expect(sizes.filter((s) => s.primary && s.height < 40)).toEqual([]);
    // five levels deep, the open topic's title still reads on at most two lines
    const current = await page.locator('#sidebar a[aria-current="page"]').boundingBox();
    expect(current!.height).toBeLessThan(64);
    await context.close();
  });
});

describe('links across languages', () => {
  it('switch language keeping a demo’s settings and its exact anchor', async () => {
    const { page, context, errors } = await watchedPage(site.browser, { ...LAPTOP, locale: 'en-US' });
    const query = '?stft-window.n=4096&stft-window.window=rectangular';
    await page.goto(`${site.setting.baseUrl}stft.html${query}#demo-stft-window`);
    await page.getByRole('slider', { name: '창 길이 (Window length)' }).waitFor();
    await page.waitForTimeout(300);
    await page.getByRole('navigation', { name: '언어' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`**/en/stft.html${query}#demo-stft-window`);
    const slider = page.getByRole('slider', { name: 'Window length' });
    await slider.waitFor();
    await expect(slider.getAttribute('aria-valuetext')).resolves.toMatch(/^4096 samples/);
    expect(await isInViewport(page, '#demo-stft-window')).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switch language at a figure', async () => {
    const { page, context } = await watchedPage(site.browser, LAPTOP);
    await page.goto(`${site.setting.baseUrl}stft.html#fig-stft-windowing`);
    await page.waitForTimeout(300);
    await page.getByRole('navigation', { name: '언어' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/stft.html#fig-stft-windowing');
    expect(await isInViewport(page, '#fig-stft-windowing')).toBe(true);
    await context.close();
  });
});

describe('by keyboard on a laptop', () => {
  it('focusing the top bar never moves the page, and a keyboard language switch lands on the section being read', async () => {
    const { page, context } = await watchedPage(site.browser, LAPTOP);
    await page.goto(site.setting.baseUrl + 'stft.html');
    const id = await page.locator('main h2[id]').nth(3).getAttribute('id');
    await page.locator(`h2[id="${id}"]`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(200);
    const y = await page.evaluate(() => scrollY);
    for (const control of await page.locator('.topbar a, .topbar button:visible, .topbar select').all()) {
      await control.focus();
      expect(await page.evaluate(() => scrollY)).toBe(y);
    }
    await page.getByRole('navigation', { name: '언어' }).getByRole('link', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/en/stft.html#${id}`);
    expect(await isInViewport(page, `h2[id="${id}"]`)).toBe(true);
    await context.close();
  });

  it('reaches the first demo control in one jump from the table of contents, which comes before the note', async () => {
    const { page, context } = await watchedPage(site.browser, LAPTOP);
    await page.goto(site.setting.baseUrl + 'stft.html');
    const focused = () =>
      page.evaluate(() => ({ text: document.activeElement?.textContent?.trim() ?? '', inDemo: Boolean(document.activeElement?.closest('#demo-stft-window')) }));
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('본문으로 건너뛰기');
    await page.keyboard.press('Enter');
    let stops = 1;
    for (; stops < 40 && !(await focused()).text.startsWith('데모:'); stops++) await page.keyboard.press('Tab');
    // skip link, then the table of contents' own entries up to the demo
    expect(stops).toBeLessThanOrEqual(15);
    await page.keyboard.press('Enter');
    await page.locator('#demo-stft-window input, #demo-stft-window select').first().waitFor();
    await page.keyboard.press('Tab');
    expect((await focused()).inDemo).toBe(true);
    await context.close();
  });

  it('has shortcuts for the next and previous topic, marking read and bookmarking, listed in a help dialog', async () => {
    const { page, context } = await watchedPage(site.browser, LAPTOP);
    await page.goto(site.setting.baseUrl + 'stft.html');
    await page.waitForFunction(() => document.querySelector('.read-toggle')?.getAttribute('aria-pressed') === 'false');
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: '단축키' });
    await expect(help.locator('dt').count()).resolves.toBe(6);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    await page.keyboard.press('m');
    await expect(page.getByRole('button', { name: '다 읽음' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.locator('h2[id="definition"]').evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(200);
    await page.keyboard.press('b');
    await expect(page.locator('.notice').textContent()).resolves.toBe('책갈피에 넣었습니다: STFT의 정의');
    await page.keyboard.press('n');
    await page.waitForURL('**/spectrogram.html');
    await page.keyboard.press('p');
    await page.waitForURL('**/stft.html');
    // typing in a field is not a shortcut
    await page.keyboard.press('/');
    await page.getByRole('combobox', { name: '검색' }).waitFor();
    await page.keyboard.type('n');
    expect(page.url()).toMatch(/stft\.html$/);
    await context.close();
  });

  it('reaches a wide formula on a phone-sized column and scrolls it, with a cue that there is more', async () => {
    const { page, context } = await watchedPage(site.browser, { viewport: { width: 375, height: 800 } });
    await page.goto(site.setting.baseUrl + 'spectrogram.html');
    // formulas are measured as they come on screen, as the reader scrolls down
    for (const formula of await page.locator('.math-display').all()) await formula.scrollIntoViewIfNeeded();
    const wide = page.locator('.math-display[data-wide]');
    await wide.first().waitFor({ state: 'attached' });
    expect(await wide.count()).toBeGreaterThanOrEqual(2);
    const first = wide.first();
    await expect(first.getAttribute('tabindex')).resolves.toBe('0');
    await expect(first.getAttribute('aria-label')).resolves.toBe('수식 (옆으로 스크롤)');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // the browser may animate the scroll: wait for it rather than read it at once
    await expect.poll(() => first.evaluate((e) => e.scrollLeft), { timeout: 3000 }).toBeGreaterThan(0);
    // the edge shadows are backgrounds that scroll with the box: at least one is showing
    expect(await first.evaluate((e) => getComputedStyle(e).backgroundImage)).toContain('radial-gradient');
    // formulas that fit are not tab stops
    expect(await page.locator('.math-display:not([data-wide])[tabindex]').count()).toBe(0);
    await context.close();
  });

  it('moves nothing for a reader who asks for reduced motion', async () => {
    const { page, context } = await watchedPage(site.browser, { ...LAPTOP, reducedMotion: 'reduce' });
    await page.goto(site.setting.baseUrl + 'stft.html');
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) => {
        const style = getComputedStyle(element);
        return [style.transitionDuration, style.animationDuration].filter((duration) => duration.split(',').some((d) => parseFloat(d) > 0));
      }),
    );
    expect(durations).toEqual([]);
    await context.close();
  });

  it('offers three themes, and following the system can be chosen again', async () => {
    const { page, context } = await watchedPage(site.browser, { ...LAPTOP, colorScheme: 'dark' });
    await page.goto(site.setting.baseUrl + 'stft.html');
    const theme = page.getByRole('combobox', { name: '테마' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await theme.inputValue()).toBe('system');
    expect(await background()).toBe('rgb(13, 17, 23)');
    await theme.selectOption('light');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.reload();
    expect(await page.getByRole('combobox', { name: '테마' }).inputValue()).toBe('light');
    await page.getByRole('combobox', { name: '테마' }).selectOption('system');
    expect(await background()).toBe('rgb(13, 17, 23)');
    await context.close();
  });

  it.each(['light', 'dark'] as const)('shows the heading link icon at 3:1 contrast at least (%s theme)', async (colorScheme) => {
    const { page, context } = await watchedPage(site.browser, { ...LAPTOP, colorScheme });
    await page.goto(site.setting.baseUrl + 'stft.html');
    const ratio = await page
      .locator('.heading-row .copy-link a')
      .first()
      .evaluate((link) => {
        const parse = (color: string) =>
          color
            .match(/[\d.]+/g)!
            .slice(0, 3)
            .map(Number);
        const luminance = ([r, g, b]: number[]) =>
          [r!, g!, b!]
            .map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4))
            .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
        const icon = luminance(parse(getComputedStyle(link, '::before').backgroundColor));
        const page = luminance(parse(getComputedStyle(document.body).backgroundColor));
        return (Math.max(icon, page) + 0.05) / (Math.min(icon, page) + 0.05);
      });
    expect(ratio).toBeGreaterThanOrEqual(3);
    await context.close();
  });
});
