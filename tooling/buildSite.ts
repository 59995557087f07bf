/** The build (see scripts/build.ts, which runs this with React in production mode). */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { formatDiagnostic, isError } from '../src/content/diagnostics';
import { MEDIA_DIR } from '../src/content/note';
import { buildBundles, buildServiceWorker, cleanDir } from './bundles';
import { Course } from './course';
import { DEFAULT_CACHE_DIR } from './noteCache';
import { writePrecacheManifest } from './precache';
import { loadDemoMeta } from './noteCompiler';
import { SiteRenderer } from './sitePages';

const started = performance.now();
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const contentDir = resolve(process.env.STUDY_NOTES_CONTENT ?? 'content');
const outDir = resolve(process.env.STUDY_NOTES_OUT ?? 'dist');
const cacheDir = resolve(DEFAULT_CACHE_DIR);
const siteUrl = option('--site');
if (siteUrl !== undefined && !/^https?:\/\/[^/]+\/(.*\/)?$/.test(siteUrl)) {
  console.error(`--site must be an http(s) URL ending in "/", e.g. https://example.org/course/notes/ (got "${siteUrl}")`);
  process.exit(1);
}
if (args.includes('--fresh')) cleanDir(cacheDir);

const strict = args.includes('--strict');
const course = await Course.load(contentDir, { cacheDir, prune: contentDir === resolve('content'), strict });
await course.close();
const compiledAt = performance.now();
const { diagnostics } = course.structure;
const shown = (file: string) => (file === '.' ? contentDir : join(relative(process.cwd(), contentDir), file));
for (const d of diagnostics) console.error(formatDiagnostic({ ...d, file: shown(d.file) }));
const errors = diagnostics.filter(isError).length;
if (errors) {
  console.error(`\nbuild failed: ${errors} content error(s)`);
  process.exit(1);
}

cleanDir(outDir);
const bundles = await buildBundles(outDir, { math: course.mathUsage() });
const bundledAt = performance.now();
const write = (path: string, content: string) => {
  const full = join(outDir, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
};
const site = new SiteRenderer(course, bundles.template, {
  demos: bundles.demos,
  siteUrl,
  scriptNames: 'hashed',
  writeScript: write,
  mathFonts: bundles.mathFonts,
  demoPreviews: Object.fromEntries([...(await loadDemoMeta())].map(([id, meta]) => [id, meta.preview])),
});
const pageFiles = site.pageFiles();
for (const file of pageFiles) write(file, site.render(file)!);
// the web app manifest carries the course's name (public/ holds the one `npm run dev` serves)
const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown>;
const lang = course.structure.langs[0] ?? 'ko';
writeFileSync(
  join(outDir, 'manifest.webmanifest'),
  `${JSON.stringify({ ...manifest, name: course.info.title[lang], short_name: course.info.title[lang], lang }, null, 2)}\n`,
);
for (const path of course.structure.media) {
  mkdirSync(dirname(join(outDir, MEDIA_DIR, path)), { recursive: true });
  copyFileSync(join(contentDir, path), join(outDir, MEDIA_DIR, path));
}
const sw = await buildServiceWorker(outDir);
await writePrecacheManifest(outDir, sw, bundles.shell);
const finished = performance.now();

const seconds = (ms: number) => Number((ms / 1000).toFixed(2));
const stats = {
  pages: pageFiles.length,
  notes: course.lastStats.notes,
  compiled: course.lastStats.compiled,
  fromCache: course.lastStats.fromCache,
  compileSeconds: seconds(compiledAt - started),
  bundleSeconds: seconds(bundledAt - compiledAt),
  writeSeconds: seconds(finished - bundledAt),
  totalSeconds: seconds(finished - started),
  peakRssBytes: process.resourceUsage().maxRSS * 1024,
};
if (process.env.STUDY_NOTES_STATS) writeFileSync(process.env.STUDY_NOTES_STATS, JSON.stringify(stats));
console.log(
  `built ${pageFiles.length} pages (${course.structure.langs.join(', ')}) and ${Object.keys(bundles.demos).length} demo bundle(s) into ${outDir} in ${stats.totalSeconds} s ` +
    `(${stats.compiled} note(s) compiled, ${stats.fromCache} from cache)`,
);
