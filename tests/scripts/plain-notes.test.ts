/**
 * A folder of plain notes builds as it is: real notes from the corpus (Notion and Obsidian
 * exports, no frontmatter or an empty one, images and attachments lost) dropped into a new course
 * folder without an index.md, beside a curated bilingual lecture. Lenient by default; `--strict`
 * (curated content) refuses the same folder with `path:line:col` messages. The notes are read
 * from ../shared and never copied into the project; without it these tests are skipped.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isError } from '../../src/content/diagnostics';
import { checkContent as checkFolder, parseCheckContentArgs } from '../../tooling/checkContent';
import { Course } from '../../tooling/course';
import { SiteRenderer } from '../../tooling/sitePages';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus/real-notes');
const fixture = resolve(import.meta.dirname, '../fixtures/site');
const TEMPLATE = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'plain-notes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const real = (name: string) => readFileSync(join(corpus, name), 'utf8');

/** The Obsidian vault's preamble that mathwiki-basis-topology-obsidian.md is written against. */
const MACROS = String.raw`% the vault's preamble
\newcommand{\mc}{\mathcal}
\newcommand{\l}{\left}
\renewcommand{\r}{\right}
\def\fa{\forall}
\def\ex{\exists}
\newcommand{\axibasis}[1]{\textbf{(B#1)}}
`;

function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(work, 'content-'));
  cpSync(fixture, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** What `npm run check:content` prints for the folder and its exit code, run in this process. */
async function checkContent(dir: string, ...flags: string[]) {
  const args = parseCheckContentArgs([...flags, dir]);
  const result = await checkFolder(args.dir, { strict: args.strict, cacheDir: join(work, 'cli-cache') });
  const output = result.code ? result.stderr.join('\n') : [...result.stderr, ...result.stdout].join('\n');
  return { code: result.code, output, dir: relative(process.cwd(), dir) };
}

describe.skipIf(!existsSync(corpus))('a folder of plain notes from real exports', { timeout: 120_000 }, async () => {
  const content = existsSync(corpus)
    ? contentWith({
        // no frontmatter; the number orders it
        'my-course/01-week-1.md': real('potato0o-coursera-dl-week1-notion.md'),
        'my-course/02-multimodal.md': real('bellamyee-multimodal-boostcamp-ko.md'),
        // frontmatter with a title, no order
        'my-course/attention.md': real('wendland-cs7643-attention.md'),
        // empty frontmatter, no heading, the course's own TeX macros
        'my-course/basis-topology.md': `---\n\n---\n${real('mathwiki-basis-topology-obsidian.md')}`,
        'my-course/macros.tex': MACROS,
      })
    : '';
  const course = await Course.load(content, { cacheDir: join(work, 'cache'), workers: 1 });
  await course.close();
  const { diagnostics, pages, trees } = course.structure;
  const page = (id: string) => pages.find((p) => p.id === id && p.lang === 'ko')!;

  it('compiles with no error; what the export lost is a warning', () => {
    expect(diagnostics.filter(isError)).toEqual([]);
    const warnings = diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
    expect(warnings).toContain(
      'my-course/01-week-1.md:6:1 link to missing file "Week%201%20Introduction%20to%20Deep%20Learning%20b69c69ca582a4c30b458197ca3cd0ea7/C1_W1.pdf"',
    );
    expect(warnings).toContain('my-course/attention.md:131:1 missing image "../../../static/images/multi-head_attention.png"');
    expect(diagnostics.every((d) => d.file.startsWith('my-course/') && d.severity === 'warning')).toBe(true);
  });

  it('titles a note by its frontmatter, else its first heading, else its file name; orders by number, then by name', () => {
    const lecture = trees.ko?.find((l) => l.id === 'my-course');
    expect(lecture?.children.map((c) => [c.id, c.title])).toEqual([
      ['week-1', 'Week 1 Introduction to Deep Learning'],
      ['multimodal', 'Multi-modal learning'],
      ['attention', 'Week 10 - Neural attention models'],
      ['basis-topology', 'basis-topology'],
    ]);
  });

  it('gives the folder a page listing its topics, and builds it beside the bilingual lecture', () => {
    expect(trees.ko?.map((l) => l.id)).toEqual(['test-lecture', 'my-course']);
    // the course is written in one language: no English twin is asked for
    expect(trees.en?.map((l) => l.id)).toEqual(['test-lecture']);
    const index = page('my-course');
    expect(index.title).toBe('my-course');
    const links = [...course.bodyHtml(index).matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ['week-1.html', 'Week 1 Introduction to Deep Learning'],
      ['multimodal.html', 'Multi-modal learning'],
      ['attention.html', 'Week 10 - Neural attention models'],
      ['basis-topology.html', 'basis-topology'],
    ]);
    const site = new SiteRenderer(course, TEMPLATE, { demos: {}, scriptNames: 'hashed' });
    expect(site.render('my-course.html')).toContain('href="basis-topology.html"');
  });

  it('keeps one h1 on the page, the title: a note’s title heading leaves the body, as in an import', () => {
    const multimodal = page('multimodal');
    expect(course.bodyHtml(multimodal)).not.toContain('<h1');
    // its other h1 section (# Multi-modal tasks) is now an h2, the subsections below it
    expect(multimodal.headings.map((h) => h.text)).not.toContain('Multi-modal learning');
    expect(Math.min(...multimodal.headings.map((h) => h.depth))).toBe(2);
  });

  it('renders what the export lost as the importer does: a placeholder, the link’s text', () => {
    const week = course.bodyHtml(page('week-1'));
    expect(week).toContain('class="missing-image');
    expect(week).toContain('C1_W1.pdf');
    expect(week).not.toMatch(/<a [^>]*href="[^"]*C1_W1\.pdf/);
  });

  it('reads the course’s macros.tex: the Obsidian shortcuts render', () => {
    const html = course.bodyHtml(page('basis-topology'));
    expect(html).not.toContain('math-error');
    expect(html).toContain('(B1)');
  });

  it('passes npm run check:content, and fails it with --strict at path:line:col', async () => {
    const lenient = await checkContent(content);
    expect(lenient.code).toBe(0);
    expect(lenient.output).toContain(`${lenient.dir}/my-course/01-week-1.md:34:5 warning: missing image "Week%201%20`);
    expect(lenient.output).toMatch(/content ok: \d+ page\(s\) in ko, en, \d+ warning\(s\)/);

    const strict = await checkContent(content, '--strict');
    expect(strict.code).toBe(1);
    for (const expected of [
      'my-course/01-week-1.md:1:1 missing frontmatter: a note starts with --- title: … order: … ---',
      'my-course/01-week-1.md:6:1 link to missing file',
      'my-course/02-multimodal.md:1:1 folder "my-course" has no index.md (its page in the topic tree)',
      'my-course/attention.md:2:1 invalid frontmatter: unknown key `aliases`',
      'my-course/attention.md:131:1 missing image',
      'my-course/basis-topology.md:1:1 frontmatter is empty: title and order are required',
    ]) {
      expect(strict.output).toContain(`${strict.dir}/${expected}`);
    }
  });

  it('keeps invalid TeX an error: an Obsidian note whose $$ blocks close mid-line', async () => {
    const dir = contentWith({ 'my-course/rnn.md': real('seongbeom-rnn-obsidian-ko.md') });
    const result = await checkContent(dir);
    expect(result.code).toBe(1);
    const errors = result.output.split('\n').filter((line) => line.startsWith(result.dir) && !line.includes(' warning: '));
    expect(errors.length).toBeGreaterThan(0);
    // its empty frontmatter and the missing index.md are fine; only the formulas are not
    expect(errors.every((line) => / invalid TeX: /.test(line))).toBe(true);
  });
});
