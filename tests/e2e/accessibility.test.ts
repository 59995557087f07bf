/** Automated accessibility audit (axe-core) of representative pages, in both themes. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { setUpBrowser, watchedPage } from './support';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PAGES = ['index.html', 'stft.html', 'image-captioning.html', 'en/3d-datasets.html', 'no-such-page.html'];

const site = setUpBrowser('root');

describe.each(['light', 'dark'] as const)('in the %s theme', (colorScheme) => {
  it('representative pages have no moderate, serious or critical axe violations (contrast included)', async () => {
    const { page, context } = await watchedPage(site.browser, { colorScheme });
    const found: string[] = [];
    for (const file of PAGES) {
      await page.goto(site.setting.baseUrl + file, { waitUntil: 'networkidle' });
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document);
        return result.violations
          .filter((v) => v.impact !== 'minor')
          .map((v) => `${v.impact} ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      });
      found.push(...violations.map((v) => `${file}: ${v}`));
    }
    expect(found).toEqual([]);
    await context.close();
  });
});
