/**
 * The build's course model at more than one lecture: a page carries its own lecture's tree and
 * only a link per other lecture, each lecture's topics are in its own script, a page does not grow
 * with the course, and an edited note is recompiled on its own.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Course } from '../../tooling/course';
import { generateCourse } from '../../tooling/courseGenerator';
import { SiteRenderer } from '../../tooling/sitePages';

const fixture = resolve(import.meta.dirname, '../fixtures/site');
const work = mkdtempSync(join(tmpdir(), 'course-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const TEMPLATE = readFileSync(resolve(import.meta.dirname, '../../index.html'), 'utf8');

async function courseOf(lectures: number) {
  const content = join(work, `content-${lectures}`);
  generateCourse(fixture, content, lectures);
  const course = await Course.load(content, { cacheDir: join(work, `cache-${lectures}`), workers: 1 });
  await course.close();
  return { content, course, site: new SiteRenderer(course, TEMPLATE, { demos: {}, scriptNames: 'hashed' }) };
}

describe('a course of several lectures', async () => {
  const { course, site } = await courseOf(3);

  it('compiles without content errors, every lecture in both languages', () => {
    expect(course.structure.diagnostics).toEqual([]);
    expect(course.structure.trees.ko?.map((l) => l.id)).toEqual(['test-lecture', 'test-lecture-2', 'test-lecture-3']);
  });

  it('gives a page its own lecture’s topics and only a link to each other lecture', () => {
    const html = site.render('stft-2.html')!;
    expect(html).toContain('href="section-2.html"');
    expect(html).toContain('aria-current="page"');
    expect(html).toMatch(
      /<li data-lecture="test-lecture" data-topics="3" data-tree-script="assets\/lectures\/ko\/test-lecture-[\w-]+\.js"><div class="tree-row"><a href="test-lecture.html">/,
    );
    expect(html).not.toContain('href="stft.html"');
    expect(html).not.toContain('href="stft-3.html"');
  });

  it('puts each lecture’s topics, and what reading it offline needs, in that lecture’s script', () => {
    const path = site.scriptPaths().find((p) => p.startsWith('assets/lectures/en/test-lecture-3-'))!;
    const script = site.script(path)!;
    expect(script).toMatch(/^window\.__SN__\.define\(/);
    const value = JSON.parse(script.slice('window.__SN__.define('.length, -3)) as { html: string; offline: string[] };
    expect(value.html).toContain('href="stft-3.html"');
    expect(value.offline).toEqual(expect.arrayContaining(['en/stft-3.html', 'en/section-3.html', 'en/test-lecture-3.html']));
  });

  it('keeps a page’s size flat as the course grows: each further lecture adds one short link', async () => {
    const larger = await courseOf(12);
    const at3 = site.render('stft-2.html')!.length;
    const at12 = larger.site.render('stft-2.html')!.length;
    expect((at12 - at3) / 9).toBeLessThan(200);
  });

  it('recompiles an edited note on its own', async () => {
    const { content, course: editable } = await courseOf(2);
    const note = join(content, 'lecture-2/section/stft.md');
    writeFileSync(note, readFileSync(note, 'utf8').replace('## 창 길이 {#window-length}', '## 창의 길이 {#window-length}'));
    await editable.update(['lecture-2/section/stft.md']);
    expect(editable.lastStats).toEqual({ notes: 1, compiled: 1, fromCache: 0 });
    const page = editable.structure.pages.find((p) => p.file === 'stft-2.html')!;
    expect(editable.bodyHtml(page)).toContain('창의 길이');
    await editable.close();
  });

  it('reports a missing content folder instead of building an empty site', async () => {
    const course = await Course.load(join(work, 'no-such-folder'), { cacheDir: join(work, 'cache-empty') });
    expect(course.structure.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^no notes found in /)]);
  });
});
