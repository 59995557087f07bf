/**
 * npm run bench — builds the site, then measures what a first visit (empty cache) downloads, in
 * headless Chromium, for a topic page without demos and for the STFT topic. Prints raw and gzip
 * bytes per kind, the request count, the demo's own bundle apart, and checks the budgets; then
 * the STFT explorer's speed (spectrogram compute against bare fft.js, slowest redraw while dragging)
 * and every demo's updates and INP under keyboard and mouse input (scripts/bench-demos.ts).
 * Exits 1 when a budget is exceeded. With --readme, the figures also replace the block between
 * <!-- bench --> and <!-- /bench --> in README.md.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/support';
import { benchDemos } from './bench-demos';
import { benchStft } from './bench-stft';
import { startStaticServer } from '../tooling/staticServer';

const KIB = 1024;
const BUDGET = { jsGzip: 100 * KIB, cssGzip: 25 * KIB };
const PAGES = { 'topic without demos': 'soundnet.html', 'STFT topic (with its demo)': 'stft.html' };

const dist = resolve('dist');
const buildStarted = performance.now();
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (performance.now() - buildStarted) / 1000;

type Kind = 'html' | 'js' | 'demo js' | 'css' | 'font' | 'data' | 'other';
interface Row {
  kind: Kind;
  raw: number;
  gzip: number;
  requests: number;
}

function kindOf(path: string): Kind {
  if (path.includes('/assets/demos/')) return 'demo js';
  if (path.includes('/assets/site-data-')) return 'data';
  if (path.endsWith('.html')) return 'html';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf)$/.test(path)) return 'font';
  return 'other';
}

const server = await startStaticServer(dist);
const browser = await launchBrowser();
const results: Record<string, Map<Kind, Row>> = {};
for (const [label, file] of Object.entries(PAGES)) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ko-KR' });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('requestfinished', (request) => urls.push(request.url()));
  await page.goto(server.url + file, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const rows = new Map<Kind, Row>();
  for (const url of urls) {
    if (url.startsWith('data:')) continue;
    const path = decodeURIComponent(new URL(url).pathname);
    const full = join(dist, path);
    const bytes = statSync(full).isFile() ? readFileSync(full) : Buffer.alloc(0);
    const kind = kindOf(path);
    const row = rows.get(kind) ?? { kind, raw: 0, gzip: 0, requests: 0 };
    row.raw += bytes.length;
    row.gzip += gzipSync(bytes, { level: 9 }).length;
    row.requests += 1;
    rows.set(kind, row);
  }
  results[label] = rows;
  await context.close();
}
await browser.close();
await server.close();

const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;
const out: string[] = [];
const print = (line = '') => {
  out.push(line);
  console.log(line);
};
print(`build: ${buildSeconds.toFixed(1)} s (content check, bundles, pre-rendering)`);
print();
let failed = false;
for (const [label, rows] of Object.entries(results)) {
  print(`first visit, empty cache — ${label} (${PAGES[label as keyof typeof PAGES]}):`);
  print(`  ${'kind'.padEnd(9)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)} requests`);
  let requests = 0;
  for (const row of [...rows.values()].sort((a, b) => a.kind.localeCompare(b.kind))) {
    requests += row.requests;
    print(`  ${row.kind.padEnd(9)} ${kib(row.raw).padStart(11)} ${kib(row.gzip).padStart(11)} ${String(row.requests).padStart(8)}`);
  }
  print(`  ${'total'.padEnd(9)} ${' '.repeat(23)} ${String(requests).padStart(8)}`);
  if (label === 'topic without demos') {
    const js = rows.get('js')?.gzip ?? 0;
    const demoJs = rows.get('demo js')?.gzip ?? 0;
    const css = rows.get('css')?.gzip ?? 0;
    const checks = [
      [`JavaScript ${kib(js + demoJs)} gzip (site data apart) ≤ ${kib(BUDGET.jsGzip)}`, js + demoJs <= BUDGET.jsGzip],
      [`CSS (without fonts) ${kib(css)} gzip ≤ ${kib(BUDGET.cssGzip)}`, css <= BUDGET.cssGzip],
    ] as const;
    for (const [text, ok] of checks) {
      print(`  budget: ${text} — ${ok ? 'ok' : 'OVER BUDGET'}`);
      failed ||= !ok;
    }
  }
  print();
}

print('STFT explorer (src/demos/stft-window):');
const stft = await benchStft({ dist });
for (const line of stft.lines) print(`  ${line}`);
failed ||= !stft.ok;
print();

// every demo driven by keyboard and mouse (scripts/bench-demos.ts), on the same build
const demoServer = await startStaticServer(dist);
try {
  const demos = await benchDemos({ baseUrl: demoServer.url });
  for (const line of demos.lines) print(line);
  failed ||= !demos.ok;
} finally {
  await demoServer.close();
}
print();

if (process.argv.includes('--readme')) {
  const readme = readFileSync('README.md', 'utf8');
  const block = `<!-- bench -->\n\`\`\`\n${out.join('\n').trim()}\n\`\`\`\n<!-- /bench -->`;
  writeFileSync('README.md', readme.replace(/<!-- bench -->[\s\S]*<!-- \/bench -->/, block));
}
process.exit(failed ? 1 : 0);
