/**
 * `npm run dev` serves pages from index.html as the build does, serves the lecture scripts, shows
 * content errors on the page, and answers an edited note with the edit.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'dev-test-'));
const content = join(work, 'content');
let server: ViteDevServer;
let base = '';

beforeAll(async () => {
  cpSync(resolve(import.meta.dirname, '../fixtures/site'), content, { recursive: true });
  process.env.STUDY_NOTES_CONTENT = content;
  process.env.STUDY_NOTES_CACHE = join(work, 'cache');
  server = await createServer({ configFile: resolve(import.meta.dirname, '../../vite.config.ts'), logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const address = server.httpServer!.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
}, 60_000);

afterAll(async () => {
  await server?.close();
  delete process.env.STUDY_NOTES_CONTENT;
  delete process.env.STUDY_NOTES_CACHE;
  rmSync(work, { recursive: true, force: true });
});

const get = async (path: string) => {
  const response = await fetch(base + path);
  return { status: response.status, text: await response.text() };
};

describe('npm run dev', { timeout: 60_000 }, () => {
  it('renders a page from index.html with the app as a module and the page’s own tree', async () => {
    const page = await get('stft.html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<script type="module" src="/src/islands/main.ts"></script>');
    expect(page.text).toContain('<h1 id="top" tabindex="-1">Short-time Fourier transform (STFT)</h1>');
    expect(page.text).toMatch(/data-lecture-script="assets\/lectures\/ko\/test-lecture\.js"/);
    const script = await get('assets/lectures/ko/test-lecture.js');
    expect(script.text).toMatch(/^window\.__SN__\.define\(\{"html":/);
    expect((await get('no-such-page.html')).status).toBe(404);
    // the head script, a file as in the build; the built site's policy is left out for hot reload
    expect(page.text).toContain('<script src="/assets/head.js"></script>');
    expect((await get('assets/head.js')).text).toContain("root.classList.add('js')");
    expect(page.text).not.toContain('Content-Security-Policy');
  });

  it('shows an edited note at once, and a content error on the page instead of failing', async () => {
    const note = join(content, 'lecture/section/stft.md');
    writeFileSync(note, readFileSync(note, 'utf8').replace('여기서 $N$은 창 길이', '여기서 $N$은 고친 창 길이 $\\frac{1}{$'));
    let page = await get('stft.html');
    for (let i = 0; i < 100 && !page.text.includes('고친 창 길이'); i++) {
      await new Promise((r) => setTimeout(r, 50));
      page = await get('stft.html');
    }
    expect(page.text).toContain('고친 창 길이');
    expect(page.text).toMatch(/<pre class="dev-errors" role="alert">content\/lecture\/section\/stft\.md:\d+:\d+ invalid TeX/);
  });
});
