/**
 * `npm run check:content` on small broken lectures: one per kind of content error. Each must make
 * the command exit non-zero and print `path:line:col message` for the error. Curated content is
 * checked with `--strict`; without it, what real exports lose (images, attached files, linked
 * pages) is a warning. One case runs the command itself; the others call the function it wraps
 * (tooling/checkContent.ts) in this process, since starting tsx for each costs seconds.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, parseCheckContentArgs } from '../../tooling/checkContent';

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'check-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function lecture(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'case-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function check(files: Record<string, string>, ...flags: string[]) {
  return checkDir(lecture(files), ...flags);
}

/** What the command would print (stderr, then stdout when it passes) and its exit code. */
async function checkDir(dir: string, ...flags: string[]) {
  const args = parseCheckContentArgs([...flags, dir]);
  // a cache of its own per case: cases run concurrently
  const result = await checkContent(args.dir, { strict: args.strict, cacheDir: join(root, `cache-${basename(dir)}`) });
  const output = result.code ? result.stderr.join('\n') : [...result.stderr, ...result.stdout].join('\n');
  return { code: result.code, output, dir: relative(process.cwd(), dir) };
}

/** The real command, as a subprocess. */
async function runCommand(dir: string, ...flags: string[]) {
  try {
    const { stdout, stderr } = await run('node_modules/.bin/tsx', ['scripts/check-content.ts', ...flags, dir], {
      env: { ...process.env, STUDY_NOTES_CACHE: join(root, 'cli-cache') },
    });
    if (stderr) return { code: 0, output: `${stderr}${stdout}`, dir: relative(process.cwd(), dir) };
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
    [
      'a frontmatter key that is not a valid pattern',
      { 'l/index.md': page('title: L\norder: 1\n"tags(": x') },
      'l/index.md:4:1 invalid frontmatter: unknown key `tags(`',
    ],
    [
      'a frontmatter key with a pattern character',
      { 'l/index.md': page('title: L\norder: 1\naa: 1\n"a+": 2') },
      'l/index.md:5:1 invalid frontmatter: unknown key `a+`',
    ],
  ])('fails on %s with path:line:col (--strict)', async (_kind, files, expected) => {
    const result = await check(files, '--strict');
    expect(result.code).toBe(1);
    expect(result.output).toContain(`${result.dir}/${expected}`);
    expect(result.output).not.toMatch(/^\s+at /m);
  });

  it.each([
    ['a missing local image', { 'l/index.md': page('title: L\norder: 1', '![chart](img/chart.png)') }, 'l/index.md:5:1 warning: missing image "img/chart.png"'],
    [
      'a link to a missing file',
      { 'l/index.md': page('title: L\norder: 1', 'See [the slides](slides.pdf).') },
      'l/index.md:5:5 warning: link to missing file "slides.pdf"',
    ],
    ['a link to a missing topic', { 'l/index.md': page('title: L\norder: 1', 'See [x](gone.md).') }, 'l/index.md:5:5 warning: link to missing page "gone.md"'],
  ])('without --strict, warns on %s and passes', async (_kind, files, expected) => {
    const result = await check(files);
    expect(result.code).toBe(0);
    expect(result.output).toContain(`${result.dir}/${expected}`);
    expect(result.output).toMatch(/content ok: 1 page\(s\) in ko, 1 warning\(s\)/);
  });

  it.each([
    ['invalid TeX', { 'l/a.md': 'Energy $\\frac{1}{2$ here.' }, 'l/a.md:1:8 invalid TeX'],
    ['duplicate heading ids', { 'l/a.md': '## A {#a}\n## B {#a}' }, 'l/a.md:2:1 duplicate heading id "a"'],
    ['duplicate topic ids', { 'l/a.md': '# A', 'l/m/a.md': '# A again' }, 'l/m/a.md:1:1 duplicate topic id "a"'],
    [
      'invalid TeX in the course’s macros.tex',
      { 'l/a.md': '# A\n\n$\\mc{B}$', 'l/macros.tex': '% shortcuts\n\\newcommand{\\mc}{\\mathcal}\n\\newcommand{\\b}{\\frac{1}\n' },
      'l/macros.tex:4:1 invalid TeX in macros: ',
    ],
  ])('without --strict, still fails on %s', async (_kind, files, expected) => {
    const result = await check(files);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`${result.dir}/${expected}`);
  });

  it('reports a frontmatter key that is not a valid pattern at its line, and checks the other notes (the command itself)', async () => {
    const result = await runCommand(
      lecture({
        'l/index.md': page('title: L\norder: 1\n"tags(": x'),
        'l/b.md': page('title: B\norder: 2', 'Energy $\\frac{1}{2$ here.'),
      }),
      '--strict',
    );
    expect(result.code).toBe(1);
    expect(result.output).toContain(`${result.dir}/l/index.md:4:1 invalid frontmatter: unknown key \`tags(\``);
    expect(result.output).toContain(`${result.dir}/l/b.md:5:8 invalid TeX`);
    expect(result.output).not.toMatch(/SyntaxError|^\s+at /m);
  });

  it.each([
    ['a missing content folder', (dir: string) => join(dir, 'nothing-here')],
    ['an empty content folder', (dir: string) => dir],
  ])('fails on %s instead of passing with no pages', async (_kind, folder) => {
    for (const flags of [[], ['--strict']]) {
      const result = await checkDir(folder(mkdtempSync(join(root, 'empty-'))), ...flags);
      expect(result.code).toBe(1);
      expect(result.output).toMatch(/:1:1 no notes found in .*: a course needs at least one \.md file/);
    }
  });
});
