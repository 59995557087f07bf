/**
 * npm run check:content [dir] — compiles every note and prints each content error as
 * `path:line:col message`; exits 1 when there is any.
 */
import { join, relative, resolve } from 'node:path';
import { formatDiagnostic } from '../src/content/diagnostics';
import { buildSite } from '../tooling/siteBuilder';

const contentDir = resolve(process.argv[2] ?? 'content');
const site = await buildSite(contentDir);
for (const diagnostic of site.diagnostics) console.error(formatDiagnostic({ ...diagnostic, file: join(relative(process.cwd(), contentDir), diagnostic.file) }));
const pages = site.pages.length;
if (site.diagnostics.length) {
  console.error(`\n${site.diagnostics.length} content error(s) in ${pages} page(s).`);
  process.exit(1);
}
console.log(`content ok: ${pages} page(s) in ${site.langs.join(', ')}`);
