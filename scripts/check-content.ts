/**
 * npm run check:content [dir] — compiles every note and prints each content error as
 * `path:line:col message`; exits 1 when there is any.
 */
import { join, relative, resolve } from 'node:path';
import { formatDiagnostic } from '../src/content/diagnostics';
import { Course } from '../tooling/course';

const contentDir = resolve(process.argv[2] ?? 'content');
const course = await Course.load(contentDir);
await course.close();
const { diagnostics, pages, langs } = course.structure;
const shown = (file: string) => (file === '.' ? relative(process.cwd(), contentDir) : join(relative(process.cwd(), contentDir), file));
for (const diagnostic of diagnostics) console.error(formatDiagnostic({ ...diagnostic, file: shown(diagnostic.file) }));
if (diagnostics.length) {
  console.error(`\n${diagnostics.length} content error(s) in ${pages.length} page(s).`);
  process.exit(1);
}
console.log(`content ok: ${pages.length} page(s) in ${langs.join(', ')}`);
