/**
 * Renders diagrams to one HTML page in light and dark themes and screenshots it at a given width.
 *   npx tsx scripts/preview-diagrams.tsx [--width 375] [--out /tmp/diagrams] [id ...]
 * Writes <out>/diagrams.html and <out>/diagrams-<width>.png.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { diagramRegistry } from '../src/diagrams/registry';
import { renderDiagramSvg } from '../src/diagrams/renderDiagram';
import type { Lang } from '../src/diagrams/types';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1] ?? fallback;
  args.splice(i, 2);
  return value;
};
const width = Number(flag('--width', '800'));
const out = flag('--out', '/tmp/diagrams');
const ids = args.length ? args : Object.keys(diagramRegistry);

const css = readFileSync(new URL('../src/styles/diagrams.css', import.meta.url), 'utf8');
const sections: string[] = [];
for (const theme of ['light', 'dark'] as const) {
  for (const lang of ['ko', 'en'] as Lang[]) {
    const figures: string[] = [];
    for (const id of ids) {
      const load = diagramRegistry[id];
      if (!load) throw new Error(`unknown diagram ${id}`);
      const diagram = (await load()).default;
      figures.push(`<figure class="diagram"><div>${renderDiagramSvg(diagram, lang)}</div><figcaption>${id}: ${diagram.title[lang]}</figcaption></figure>`);
    }
    sections.push(`<section data-theme="${theme}" style="color-scheme:${theme}"><h2>${theme} / ${lang}</h2>${figures.join('')}</section>`);
  }
}
const html = `<!doctype html><meta charset="utf-8"><style>${css}
body{margin:0;font-family:system-ui,'Noto Sans CJK KR',sans-serif}
section{padding:12px;background:light-dark(#fff,#0d1117);color:light-dark(#1f2328,#e6edf3)}
figure{margin:0 0 24px}figcaption{font-size:13px;opacity:.8}</style>${sections.join('')}`;
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'diagrams.html'), html);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width, height: 800 } });
await page.goto('file://' + join(out, 'diagrams.html'));
const png = join(out, `diagrams-${width}.png`);
await page.screenshot({ path: png, fullPage: true });
await browser.close();
console.log(png);
