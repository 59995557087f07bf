/**
 * npm run check:content [-- --strict] [dir] — compiles every note and prints each content problem
 * as `path:line:col message` (a warning as `path:line:col warning: message`); exits 1 when there
 * is an error. Lenient by default, so a folder of plain notes checks as it is; `--strict` holds
 * curated content to every rule (`npm run check` and `npm test` check content/ that way).
 */
import { checkContent, parseCheckContentArgs } from '../tooling/checkContent';

const { dir, strict } = parseCheckContentArgs(process.argv.slice(2));
const result = await checkContent(dir, { strict });
for (const line of result.stderr) console.error(line);
for (const line of result.stdout) console.log(line);
if (result.code) process.exit(1);
