/**
 * npm start (after the build) — serves dist/ on 127.0.0.1 and prints the URL.
 *   --port 4173 (default; PORT also works)   --base /course/notes/ (serve under a sub-path)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startStaticServer } from '../tooling/staticServer';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = resolve('dist');
if (!existsSync(resolve(dir, 'index.html'))) {
  console.error('dist/ has no index.html: run `npm run build` first.');
  process.exit(1);
}
const port = Number(option('--port') ?? process.env.PORT ?? 4173);
try {
  const { url } = await startStaticServer(dir, { port, base: option('--base') ?? '/' });
  console.log(`Study Notes is being served at ${url}`);
  console.log('Press Ctrl+C to stop.');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Port ${port} is in use: try --port ${port + 1}` : String(error));
  process.exit(1);
}
