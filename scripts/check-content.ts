/**
 * npm run check:content [-- --strict] [dir] — compiles every note and prints each content problem
 * as `path:line:col message` (a warning as `path:line:col warning: message`); exits 1 when there
 * is an error. Lenient by default, so a folder of plain notes checks as it is; `--strict` holds
 * curated content to every rule (`npm run check` and `npm test` check content/ that way).
 */
import { join, relative, resolve } from 'node:path';
import { formatDiagnostic, isError } from '../src/content/diagnostics';
import { Course } from '../tooling/course';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const contentDir = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'content');
const course = await Course.load(contentDir, { strict });
await course.close();
const { diagnostics, pages, langs } = course.structure;
const shown = (file: string) => (file === '.' ? relative(process.cwd(), contentDir) : join(relative(process.cwd(), contentDir), file));
for (const diagnostic of diagnostics) console.error(formatDiagnostic({ ...diagnostic, file: shown(diagnostic.file) }));
const errors = diagnostics.filter(isError).length;
const warnings = diagnostics.length - errors;
const warned = warnings ? `, ${warnings} warning(s)` : '';
if (errors) {
  console.error(`\n${errors} content error(s)${warned} in ${pages.length} page(s).`);
  process.exit(1);
}
console.log(`content ok${strict ? ' (strict)' : ''}: ${pages.length} page(s) in ${langs.join(', ')}${warned}`);
