/**
 * npm run build — content check, bundles, then one pre-rendered HTML file per page into dist/.
 * Fails with `path:line:col message` on any content error.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { formatDiagnostic } from '../src/content/diagnostics';
import { prerender } from '../src/ui/prerender';
import { ASSETS_DIR, buildAppBundle, buildDemoBundles, cleanDir, contentHash } from '../tooling/bundles';
import { renderDocument } from '../tooling/html';
import { buildSite, MEDIA_DIR } from '../tooling/siteBuilder';
import { siteData, siteViews } from '../tooling/views';
import { jsonForScript } from '../tooling/html';

const started = performance.now();
const contentDir = resolve(process.env.STUDY_NOTES_CONTENT ?? 'content');
const outDir = resolve(process.env.STUDY_NOTES_OUT ?? 'dist');

const site = await buildSite(contentDir);
if (site.diagnostics.length) {
  for (const d of site.diagnostics) console.error(formatDiagnostic({ ...d, file: `content/${d.file}` }));
  console.error(`\nbuild failed: ${site.diagnostics.length} content error(s)`);
  process.exit(1);
}

cleanDir(outDir);
const demoFiles = await buildDemoBundles(outDir);
const app = await buildAppBundle(outDir, demoFiles);

const data = siteData(site);
const siteScriptPath = join(outDir, ASSETS_DIR, 'site-data.js');
writeFileSync(siteScriptPath, `window.__SN_SITE__=${jsonForScript(data)};\n`);
const siteScript = `${ASSETS_DIR}/site-data-${contentHash(siteScriptPath)}.js`;
copyFileSync(siteScriptPath, join(outDir, siteScript));
cleanDir(siteScriptPath);

const views = siteViews(site);
const leanViews = siteViews(site, { omitPreRenderedHtml: true });
for (const [i, view] of views.entries()) {
  const html = renderDocument(data, leanViews[i]!, prerender(data, view), { css: [app.css], scripts: [siteScript, app.js] });
  const file = join(outDir, view.file);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}
for (const path of site.media) {
  const target = join(outDir, MEDIA_DIR, path);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(contentDir, path), target);
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`built ${views.length} pages (${site.langs.join(', ')}) and ${Object.keys(demoFiles).length} demo bundle(s) into ${outDir} in ${seconds} s`);
