/** Automated accessibility audit (axe-core) of every page, with its demos mounted, in both themes. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mountDemos, setUpBrowser, topicFiles, watchedPage } from './support';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const site = setUpBrowser('root');
const ALL_IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;

/** (Axe is added to each page as a script of the test's own: the audit's contexts bypass the page's policy.) */
/** Axe's violations of the given impacts; `rules` limits the run (the theme changes colours only). */
async function violations(page: Page, impacts: readonly string[], rules?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  return page.evaluate(
    async ({ wanted, only }) => {
      type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (context: Document, options?: object) => Promise<Result> } }).axe;
      const result = await axe.run(document, only ? { runOnly: only } : undefined);
      return result.violations
        .filter((v) => wanted.includes(v.impact))
        .map(
          (v) =>
            `${v.impact} ${v.id} at ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
    },
    { wanted: impacts, only: rules },
  );
}

describe('every page, in both themes', () => {
  it('has no axe violation of any impact, with every demo mounted (contrast included)', { timeout: 600_000 }, async () => {
    const { page, context } = await watchedPage(site.browser, { bypassCSP: true });
    const found: string[] = [];
    const pages = ['index.html', 'en/index.html', ...topicFiles(), 'no-such-page.html'];
    expect(pages).toEqual(
      expect.arrayContaining([
        'review.html',
        'en/review.html',
        'my-lectures.html',
        'en/my-lectures.html',
        'print.multimodal-3d.html',
        'en/print.multimodal-3d.html',
      ]),
    );
    for (const file of pages) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(site.setting.baseUrl + file, { waitUntil: 'load' });
      await mountDemos(page);
      await page.waitForFunction(() => document.querySelectorAll('.demo-waiting, .demo-status[role="status"]').length === 0, undefined, { timeout: 10_000 });
      found.push(...(await violations(page, ALL_IMPACTS)).map((v) => `${file}: ${v}`));
      // the same page, as mounted, in the dark theme: only colours change (a lecture's print page
      // is its topics' bodies again, each audited in the dark already: it is the slowest to audit)
      if (file.includes('print.')) continue;
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.waitForTimeout(50);
      found.push(...(await violations(page, ALL_IMPACTS, ['color-contrast', 'link-in-text-block'])).map((v) => `${file} (dark): ${v}`));
    }
    expect(found).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('representative pages have no moderate violation either (%s theme)', async (colorScheme) => {
    const { page, context } = await watchedPage(site.browser, { colorScheme, bypassCSP: true });
    const found: string[] = [];
    for (const file of ['index.html', 'stft.html', 'image-captioning.html', 'en/3d-datasets.html', 'no-such-page.html']) {
      await page.goto(site.setting.baseUrl + file, { waitUntil: 'networkidle' });
      found.push(...(await violations(page, ['moderate'])).map((v) => `${file}: ${v}`));
    }
    expect(found).toEqual([]);
    await context.close();
  });
});

describe('on a phone', () => {
  it('the open drawer has no axe violation', async () => {
    const { page, context } = await watchedPage(site.browser, { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true, bypassCSP: true });
    await page.goto(site.setting.baseUrl + 'stft.html');
    await page.getByRole('button', { name: '목차', exact: true }).tap();
    await page.waitForFunction(() => document.getElementById('sidebar')!.getBoundingClientRect().left >= 0);
    expect(await violations(page, ALL_IMPACTS)).toEqual([]);
    await context.close();
  });
});
