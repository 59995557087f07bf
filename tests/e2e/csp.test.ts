/**
 * The Content-Security-Policy every page carries: no inline script, nothing from another origin,
 * no plugins, no <base>. The pages, a demo, search and an import run under it, at a root and from disk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, setUpBrowser, setUpSetting, watchedPage } from './support';

const site = setUpBrowser();

function builtPages(dir = DIST, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? entry.name === 'assets' || entry.name === 'media'
        ? []
        : builtPages(join(dir, entry.name), `${prefix}${entry.name}/`)
      : entry.name.endsWith('.html')
        ? [`${prefix}${entry.name}`]
        : [],
  );
}

/** Violations the page reports (a blocked script or style also logs a console error, which watchedPage collects). */
async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations ?? []);
}

describe('every built page', () => {
  it('declares the policy first in its head, and has no inline script or event-handler attribute', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(70);
    for (const file of pages) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(policy, file).toContain("script-src 'self'");
      for (const directive of ["default-src 'self'", "object-src 'none'"]) expect(policy, file).toContain(directive);
      // the not-found page, served at any depth, may have a <base> of its own origin (see tooling/notFoundPage)
      expect(policy, file).toContain(file === '404.html' ? "base-uri 'self'" : "base-uri 'none'");
      expect(policy, file).not.toMatch(/unsafe-eval|https?:|script-src[^;]*unsafe-inline/);
      expect(html.indexOf('Content-Security-Policy'), file).toBeLessThan(html.indexOf('<script'));
      expect(html.match(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>/g) ?? [], file).toEqual([]);
      expect(html.match(/<[^>]+\son[a-z]+="/g) ?? [], file).toEqual([]);
    }
  });
});

describe.each(['root', 'file'] as const)('under the policy, served from %s', (kind) => {
  const served = setUpSetting(kind);

  it('a demo, search, the theme and an import work, and nothing is blocked', async () => {
    const { page, context, errors } = await watchedPage(site.browser);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as { __cspViolations?: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(served.setting.baseUrl + 'stft.html');
    // the head script ran: JavaScript is marked as available before the app
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    await page.locator('#demo-stft-window').scrollIntoViewIfNeeded();
    const slider = page.getByRole('slider', { name: /창 길이/ }).first();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: /^검색/ }).click();
    await page.getByRole('combobox', { name: '검색' }).fill('주파수');
    await page.getByRole('dialog').getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('combobox', { name: '테마' }).selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    await page.goto(served.setting.baseUrl + 'my-lectures.html');
    await page
      .getByLabel('Markdown 파일 또는 Notion 내보내기(.zip) 고르기')
      .setInputFiles({ name: 'a.md', mimeType: 'text/markdown', buffer: Buffer.from('# CSP\n\n## Formula\n\n$x^2$') });
    await expect.poll(() => page.locator('.import-status').textContent(), { timeout: 30_000 }).toContain('가져왔습니다');
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
