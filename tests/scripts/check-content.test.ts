/**
 * `npm run check:content` on small broken lectures: one per kind of content error. Each must make
 * the command exit non-zero and print `path:line:col message` for the error.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'check-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function check(files: Record<string, string>) {
  const dir = mkdtempSync(join(root, 'case-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  try {
    const { stdout } = await run('node_modules/.bin/tsx', ['scripts/check-content.ts', dir]);
    return { code: 0, output: stdout, dir: relative(process.cwd(), dir) };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, output: failed.stderr, dir: relative(process.cwd(), dir) };
  }
}

const page = (front: string, body = '') => `---\n${front}\n---\n${body}`;

describe.concurrent('npm run check:content', { timeout: 60_000 }, () => {
  it('passes a valid lecture', async () => {
    const result = await check({ 'l/index.md': page('title: L\norder: 1', '## A {#a}\n\n$x^2$\n\n::demo{id="stft-window"}') });
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/content ok: 1 page/);
  });

  it.each([
    ['bad frontmatter', { 'l/index.md': page('title: L\norder: soon') }, 'l/index.md:3:1 invalid frontmatter: `order` must be a number'],
    ['duplicate heading ids', { 'l/index.md': page('title: L\norder: 1', '## A {#a}\n## B {#a}') }, 'l/index.md:6:1 duplicate heading id "a"'],
    [
      'duplicate topic ids',
      { 'l/index.md': page('title: L\norder: 1'), 'l/m/index.md': page('title: M\norder: 1\nid: l') },
      'l/m/index.md:1:1 duplicate topic id "l"',
    ],
    ['a link to a missing topic', { 'l/index.md': page('title: L\norder: 1', 'See [x](gone.md).') }, 'l/index.md:5:5 link to missing page "gone.md"'],
    [
      'a link to a missing anchor',
      { 'l/index.md': page('title: L\norder: 1', 'See [x](b.md#nowhere).'), 'l/b.md': page('title: B\norder: 1') },
      'l/index.md:5:5 link to missing anchor "#nowhere" in l/b.md',
    ],
    ['invalid TeX', { 'l/index.md': page('title: L\norder: 1', 'Energy $\\frac{1}{2$ here.') }, 'l/index.md:5:8 invalid TeX'],
    ['an unknown demo', { 'l/index.md': page('title: L\norder: 1', '::demo{id="nope"}') }, 'l/index.md:5:1 unknown demo "nope" (known: '],
    ['an unknown diagram', { 'l/index.md': page('title: L\norder: 1', '::diagram{id="nope"}') }, 'l/index.md:5:1 unknown diagram "nope"'],
    ['a missing local image', { 'l/index.md': page('title: L\norder: 1', '![chart](img/chart.png)') }, 'l/index.md:5:1 missing image "img/chart.png"'],
  ])('fails on %s with path:line:col', async (_kind, files, expected) => {
    const result = await check(files);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`${result.dir}/${expected}`);
  });
});
