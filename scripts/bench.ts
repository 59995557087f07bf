/**
 * npm run bench — speed and size, each figure printed beside its budget; exits 1 when one is missed.
 *
 *   1. The build of content/ (cold: an empty compile cache), into a temporary folder.
 *   2. A first visit (empty cache) to a topic without demos and to the STFT topic, in headless
 *      Chromium against a static server that compresses as hosts do: bytes on the wire per kind;
 *      search: index size per lecture and query time.
 *   3. Lighthouse 12.2.3, mobile and desktop, on both pages; and mobile with no compression.
 *   4. The STFT explorer's compute and redraw times.
 *   5. Every demo driven by keyboard and mouse: slowest update and INP (scripts/bench-demos.ts).
 *   6. With --lectures N, last: a course of N lectures (copies of ours with changed ids, in a
 *      temporary folder) built cold: build time, peak memory, dist size, bytes per page, the same
 *      first visits (which must stay within 10 % of one lecture's), search at N, and `npm run dev`
 *      answering an edited note's page.
 *
 * Options: --lectures N   --runs N (Lighthouse runs per figure, default 3)   --skip lighthouse,stft,scale,demos
 *          --readme (also writes the figures into README.md between <!-- bench --> markers)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer } from 'vite';
import { launchBrowser } from '../tests/e2e/support';
import { generateCourse } from '../tooling/courseGenerator';
import { startStaticServer } from '../tooling/staticServer';
import { benchDemos } from './bench-demos';
import { benchSearch } from './bench-search';
import { benchStft } from './bench-stft';
import { runLighthouse, type FormFactor, type LighthouseFigures } from './bench-lighthouse';

const KIB = 1024;
const PAGES = { 'topic without demos': 'soundnet.html', 'STFT topic (with its demo)': 'stft.html' } as const;
const BUDGET = {
  jsGzipWithoutDemos: 60 * KIB,
  cssGzip: 25 * KIB,
  firstVisitGrowth: 0.1,
  buildSecondsAt100: 180,
  peakRssAt100: 1.5 * 1024 ** 3,
  devRebuildMs: 1000,
  mobilePerformance: 98,
  lcpMs: 2000,
  tbtMs: 50,
  desktopPerformance: 100,
  otherCategories: 100,
  uncompressedPerformance: 98,
};

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const lectures = Number(option('--lectures') ?? 0);
const runs = Number(option('--runs') ?? 3);
const skip = new Set((option('--skip') ?? '').split(',').filter(Boolean));

const out: string[] = [];
let failed = false;
const print = (line = '') => {
  out.push(line);
  console.log(line);
};
const check = (text: string, ok: boolean) => {
  print(`  budget: ${text} — ${ok ? 'ok' : 'OVER BUDGET'}`);
  failed ||= !ok;
};
const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;

const work = mkdtempSync(join(tmpdir(), 'study-notes-bench-'));

interface BuildStats {
  pages: number;
  notes: number;
  compileSeconds: number;
  bundleSeconds: number;
  writeSeconds: number;
  totalSeconds: number;
  peakRssBytes: number;
}

/** A cold build (fresh compile cache) of `content` into `out`; the build reports its own figures. */
function build(content: string, outDir: string, cache: string): BuildStats {
  const statsFile = join(work, 'stats.json');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--fresh'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, STUDY_NOTES_CONTENT: content, STUDY_NOTES_OUT: outDir, STUDY_NOTES_CACHE: cache, STUDY_NOTES_STATS: statsFile },
  });
  return JSON.parse(readFileSync(statsFile, 'utf8')) as BuildStats;
}

type Kind = 'html' | 'js' | 'demo js' | 'css' | 'font' | 'data' | 'other';
interface Row {
  wire: number;
  raw: number;
  requests: number;
}

function kindOf(path: string): Kind {
  if (path.includes('/assets/demos/')) return 'demo js';
  if (path.includes('/assets/lectures/') || path.includes('/assets/topics/')) return 'data';
  if (path.endsWith('.html') || path.endsWith('/')) return 'html';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.woff2')) return 'font';
  return 'other';
}

/** What a first visit to each page downloads (empty cache), per kind: bytes on the wire and raw. */
async function firstVisits(dist: string): Promise<Record<string, Map<Kind, Row>>> {
  const server = await startStaticServer(dist);
  const browser = await launchBrowser();
  const results: Record<string, Map<Kind, Row>> = {};
  try {
    for (const [label, file] of Object.entries(PAGES)) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, locale: 'ko-KR', serviceWorkers: 'block' });
      const page = await context.newPage();
      const done: Promise<void>[] = [];
      const rows = new Map<Kind, Row>();
      page.on('requestfinished', (request) =>
        done.push(
          request.sizes().then((sizes) => {
            const path = decodeURIComponent(new URL(request.url()).pathname);
            const kind = kindOf(path);
            const row = rows.get(kind) ?? { wire: 0, raw: 0, requests: 0 };
            const local = join(dist, path.slice(new URL(server.url).pathname.length));
            row.wire += sizes.responseBodySize;
            row.raw += statSync(local, { throwIfNoEntry: false })?.isFile() ? statSync(local).size : sizes.responseBodySize;
            row.requests += 1;
            rows.set(kind, row);
          }),
        ),
      );
      await page.goto(server.url + file, { waitUntil: 'networkidle' });
      await page.waitForTimeout(300);
      await Promise.all(done);
      results[label] = rows;
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

function printVisits(visits: Record<string, Map<Kind, Row>>): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const [label, rows] of Object.entries(visits)) {
    print(`  ${label} (${PAGES[label as keyof typeof PAGES]}):`);
    print(`    ${'kind'.padEnd(8)} ${'wire'.padStart(10)} ${'raw'.padStart(10)} requests`);
    let wire = 0;
    let requests = 0;
    for (const [kind, row] of [...rows.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      wire += row.wire;
      requests += row.requests;
      print(`    ${kind.padEnd(8)} ${kib(row.wire).padStart(10)} ${kib(row.raw).padStart(10)} ${String(row.requests).padStart(8)}`);
    }
    print(`    ${'total'.padEnd(8)} ${kib(wire).padStart(10)} ${''.padStart(10)} ${String(requests).padStart(8)}`);
    totals[label] = wire;
  }
  return totals;
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function dirSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Every file under `folder` of `dir`, as paths relative to `dir`. */
function filesUnder(dir: string, folder: string): string[] {
  return readdirSync(join(dir, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Raw and gzip sizes of the topic pages (sampled evenly when there are many). */
function pageSizes(dist: string) {
  const files = readdirSync(dist).filter((f) => f.endsWith('.html') && f !== 'index.html' && f !== '404.html');
  const sample = files.filter((_, i) => i % Math.max(1, Math.floor(files.length / 150)) === 0);
  const raw = sample.map((f) => statSync(join(dist, f)).size);
  const gzip = sample.map((f) => gzipSize(join(dist, f)));
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return { meanRaw: mean(raw), maxRaw: Math.max(...raw), meanGzip: mean(gzip), maxGzip: Math.max(...gzip) };
}

/** `npm run dev` on the course: time from saving an edited note to its page showing the edit. */
async function devRebuild(content: string, cache: string): Promise<{ firstPageMs: number; editMs: number }> {
  process.env.STUDY_NOTES_CONTENT = content;
  process.env.STUDY_NOTES_CACHE = cache;
  const server = await createServer({ configFile: resolve('vite.config.ts'), logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const address = server.httpServer!.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  try {
    const startedAt = performance.now();
    await (await fetch(base + 'stft.html')).text();
    const firstPageMs = performance.now() - startedAt;
    const note = join(content, 'multimodal-3d/multimodal-learning/visual-audio/sound-representation/stft.md');
    const marker = `bench-edit-${Date.now()}`;
    const editedAt = performance.now();
    writeFileSync(note, `${readFileSync(note, 'utf8')}\n\n${marker}\n`);
    for (;;) {
      const html = await (await fetch(base + 'stft.html')).text();
      if (html.includes(marker)) break;
      if (performance.now() - editedAt > 30_000) throw new Error('the edit never showed');
      await new Promise((r) => setTimeout(r, 20));
    }
    return { firstPageMs, editMs: performance.now() - editedAt };
  } finally {
    await server.close();
  }
}

try {
  // 1. the build of our own content
  const dist = join(work, 'dist-1');
  const one = build(resolve('content'), dist, join(work, 'cache-1'));
  print(
    `build of content/ (1 lecture, ${one.notes} notes, ${one.pages} pages), cold: ${one.totalSeconds.toFixed(1)} s ` +
      `(compile ${one.compileSeconds.toFixed(1)} s, bundles ${one.bundleSeconds.toFixed(1)} s, pages ${one.writeSeconds.toFixed(1)} s), peak RSS ${mib(one.peakRssBytes)}`,
  );
  print();

  // 2. first visits
  print('first visit, empty cache, served compressed (brotli) — bytes on the wire:');
  const visits = await firstVisits(dist);
  const totalsAtOne = printVisits(visits);
  const noDemo = visits['topic without demos']!;
  check(
    `JavaScript on a page without demos ${kib(noDemo.get('js')?.wire ?? 0)} ≤ ${kib(BUDGET.jsGzipWithoutDemos)}`,
    (noDemo.get('js')?.wire ?? 0) <= BUDGET.jsGzipWithoutDemos,
  );
  check(`CSS ${kib(noDemo.get('css')?.wire ?? 0)} ≤ ${kib(BUDGET.cssGzip)}`, (noDemo.get('css')?.wire ?? 0) <= BUDGET.cssGzip);
  print();

  print('search at 1 lecture:');
  const searchAtOne = benchSearch(dist);
  for (const line of searchAtOne.lines) print(line.startsWith('budget') ? `  ${line}` : `  ${line}`);
  failed ||= !searchAtOne.ok;
  print();

  // 3. Lighthouse
  if (!skip.has('lighthouse')) {
    const figures: { label: string; page: string; formFactor: FormFactor; compressed: boolean; result: LighthouseFigures }[] = [];
    for (const compressed of [true, false]) {
      const server = await startStaticServer(dist, { compress: compressed });
      // compressed ahead, as a host does on deploy: no measured load waits for brotli at quality 11
      server.precompress([...Object.values(PAGES), ...filesUnder(dist, 'assets')]);
      try {
        for (const formFactor of (compressed ? ['mobile', 'desktop'] : ['mobile']) as FormFactor[]) {
          for (const [label, page] of Object.entries(PAGES)) {
            figures.push({ label, page, formFactor, compressed, result: await runLighthouse(server.url + page, formFactor, runs) });
          }
        }
      } finally {
        await server.close();
      }
    }
    print(`Lighthouse 12.2.3 (median of ${runs}): performance / accessibility / best practices / SEO, FCP, LCP, TBT, CLS, DOM elements, bytes`);
    for (const { label, page, formFactor, compressed, result: r } of figures) {
      print(
        `  ${page.padEnd(14)} ${formFactor.padEnd(7)} ${(compressed ? 'brotli' : 'raw').padEnd(6)} ${r.performance}/${r.accessibility}/${r.bestPractices}/${r.seo}  ` +
          `FCP ${(r.fcpMs / 1000).toFixed(2)} s  LCP ${(r.lcpMs / 1000).toFixed(2)} s  TBT ${r.tbtMs.toFixed(0)} ms  CLS ${r.cls.toFixed(3)}  DOM ${r.domElements}  ${kib(r.transferBytes)}`,
      );
      for (const audit of r.failing) print(`    below full marks: ${audit}`);
      const name = `${label}, ${formFactor}${compressed ? '' : ', uncompressed'}`;
      if (!compressed) check(`${name}: performance ${r.performance} ≥ ${BUDGET.uncompressedPerformance}`, r.performance >= BUDGET.uncompressedPerformance);
      else if (formFactor === 'mobile') {
        check(
          `${name}: performance ${r.performance} ≥ ${BUDGET.mobilePerformance}, LCP ${r.lcpMs.toFixed(0)} ms ≤ ${BUDGET.lcpMs}, TBT ${r.tbtMs.toFixed(0)} ms ≤ ${BUDGET.tbtMs}`,
          r.performance >= BUDGET.mobilePerformance && r.lcpMs <= BUDGET.lcpMs && r.tbtMs <= BUDGET.tbtMs,
        );
      } else check(`${name}: performance ${r.performance} = ${BUDGET.desktopPerformance}`, r.performance >= BUDGET.desktopPerformance);
      if (compressed) {
        const others = [r.accessibility, r.bestPractices, r.seo];
        check(
          `${name}: accessibility, best practices, SEO ${others.join('/')} = ${BUDGET.otherCategories}`,
          others.every((score) => score >= BUDGET.otherCategories),
        );
      }
    }
    print();
  }

  // 4. the STFT explorer
  if (!skip.has('stft')) {
    print('STFT explorer (src/demos/stft-window):');
    const stft = await benchStft({ dist });
    for (const line of stft.lines) print(`  ${line}`);
    failed ||= !stft.ok;
    print();
  }

  // 5. every demo
  if (!skip.has('demos')) {
    const demoServer = await startStaticServer(dist);
    try {
      const demos = await benchDemos({ baseUrl: demoServer.url });
      for (const line of demos.lines) print(line);
      failed ||= !demos.ok;
    } finally {
      await demoServer.close();
    }
    print();
  }

  // 6. a course of N lectures: last, so that its build and its 1.5 GB of pages do not disturb the
  // timings above (a machine that has just built them measures pages and demos slower)
  if (lectures > 1 && !skip.has('scale')) {
    const content = join(work, `content-${lectures}`);
    const { notes } = generateCourse(resolve('content'), content, lectures);
    const distN = join(work, `dist-${lectures}`);
    const cacheN = join(work, `cache-${lectures}`);
    const stats = build(content, distN, cacheN);
    const sizes = pageSizes(distN);
    print(`course of ${lectures} lectures (${notes} notes, ${stats.pages} pages), cold build:`);
    print(
      `  build ${stats.totalSeconds.toFixed(1)} s (compile ${stats.compileSeconds.toFixed(1)} s, bundles ${stats.bundleSeconds.toFixed(1)} s, pages ${stats.writeSeconds.toFixed(1)} s)`,
    );
    print(`  peak RSS ${mib(stats.peakRssBytes)}, dist ${mib(dirSize(distN))}`);
    print(`  a topic page: mean ${kib(sizes.meanRaw)} raw / ${kib(sizes.meanGzip)} gzip, largest ${kib(sizes.maxRaw)} / ${kib(sizes.maxGzip)}`);
    const perLecture = (stats.totalSeconds / lectures).toFixed(2);
    print(`  ${perLecture} s per lecture (one lecture alone: ${one.totalSeconds.toFixed(1)} s)`);
    if (lectures >= 100) {
      check(`build ${stats.totalSeconds.toFixed(0)} s ≤ ${BUDGET.buildSecondsAt100} s`, stats.totalSeconds <= BUDGET.buildSecondsAt100);
      check(`peak RSS ${mib(stats.peakRssBytes)} ≤ ${mib(BUDGET.peakRssAt100)}`, stats.peakRssBytes <= BUDGET.peakRssAt100);
    }
    print(`  first visit at ${lectures} lectures:`);
    const totalsAtN = printVisits(await firstVisits(distN));
    for (const [label, total] of Object.entries(totalsAtN)) {
      const growth = total / totalsAtOne[label]! - 1;
      check(
        `${label}: ${kib(total)} on the wire, ${(growth * 100).toFixed(1)} % more than at 1 lecture (≤ ${BUDGET.firstVisitGrowth * 100} %)`,
        growth <= BUDGET.firstVisitGrowth,
      );
    }
    print(`  search at ${lectures} lectures:`);
    const searchAtN = benchSearch(distN);
    for (const line of searchAtN.lines) print(`    ${line}`);
    failed ||= !searchAtN.ok;
    const dev = await devRebuild(content, cacheN);
    print(`  npm run dev: first page ${(dev.firstPageMs / 1000).toFixed(1)} s (course read from the build's cache)`);
    check(`an edited note's page shows the edit ${dev.editMs.toFixed(0)} ms after saving ≤ ${BUDGET.devRebuildMs} ms`, dev.editMs <= BUDGET.devRebuildMs);
    print();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (args.includes('--readme')) {
  const readme = readFileSync('README.md', 'utf8');
  const block = `<!-- bench -->\n\`\`\`\n${out.join('\n').trim()}\n\`\`\`\n<!-- /bench -->`;
  writeFileSync('README.md', readme.replace(/<!-- bench -->[\s\S]*<!-- \/bench -->/, block));
}
process.exit(failed ? 1 : 0);
