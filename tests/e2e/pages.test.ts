/** Every page of the build, in both languages: it renders, with landmarks, and logs no error. */
import { describe, expect, it } from 'vitest';
import { setUpBrowser, topicFiles, watchedPage } from './support';

const site = setUpBrowser('root');

describe('every topic page', () => {
  it('renders with a title, landmarks, formulas as KaTeX and no console error', { timeout: 180_000 }, async () => {
    const files = topicFiles();
    expect(files.length).toBeGreaterThan(30);
    const { page, errors, requests, context } = await watchedPage(site.browser);
    const problems: string[] = [];
    for (const file of files) {
      await page.goto(site.setting.baseUrl + file, { waitUntil: 'load' });
      // every demo mounts once scrolled to, and finishes loading
      for (const demo of await page.locator('section.demo').all()) await demo.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => document.querySelectorAll('.demo-waiting, .demo-status[role="status"]').length === 0, undefined, { timeout: 10_000 });
      const check = await page.evaluate(() => ({
        h1: document.querySelector('main h1')?.textContent ?? '',
        nav: document.querySelectorAll('nav').length,
        brokenImages: [...document.images].filter((img) => img.complete && img.naturalWidth === 0).length,
        mathErrors: document.querySelectorAll('.math-error').length,
        demoErrors: document.querySelectorAll('.demo-error').length,
      }));
      if (!check.h1 || check.nav < 2 || check.brokenImages || check.mathErrors || check.demoErrors) problems.push(`${file}: ${JSON.stringify(check)}`);
    }
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    // data: and blob: (a demo's worker) never leave the machine
    expect(requests.filter((url) => !url.startsWith(site.setting.baseUrl) && !/^(data|blob):/.test(url))).toEqual([]);
    await context.close();
  });
});
