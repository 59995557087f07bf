/**
 * The whole import: picked files → one lecture. The seed and the corpus are real input read from
 * ../shared (never copied into the project); those tests are skipped without it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { demoIds } from '../demos/registry';
import { loadDiagrams } from '../diagrams/inline';
import { SEED_EXPORT_FOLDER } from '../diagrams/seedFigures';
import type { DiagramDefinition } from '../diagrams/types';
import { importLecture, type ImportOptions } from './importLecture';
import { ImportError, type ImportedLecture, type ImportFile } from './types';
import { skipWithoutShared } from '../../tests/setup/shared';

const shared = resolve(import.meta.dirname, '../../../shared');
const seedPath = join(shared, 'seed/day35-multimodal-3d.notion.md');
const corpusDir = join(shared, 'corpus/real-notes');

const diagrams = await loadDiagrams();
const options = (over: Partial<ImportOptions> = {}): ImportOptions => ({ lang: 'ko', source: 'notes.zip', now: 1, diagrams, demoIds, ...over });
const md = (text: string) => strToU8(text);
const report = (lecture: ImportedLecture) => lecture.problems.map((p) => `${p.file}${p.line ? `:${p.line}:${p.column}` : ''} ${p.message}`);
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe.skipIf(skipWithoutShared(seedPath))('the seed, imported as a Notion export zip', () => {
  const seed = existsSync(seedPath) ? readFileSync(seedPath) : new Uint8Array();
  const zip = zipSync({ [`${SEED_EXPORT_FOLDER}.md`]: seed });
  const lecture = importLecture(
    [{ path: 'Export-0a1b2c3d-1111-2222-3333-444455556666.zip', bytes: zip }],
    options({ source: 'Export-0a1b2c3d-1111-2222-3333-444455556666.zip' }),
  );
  const topic = lecture.topics[0]!;

  it('is one topic, titled by the page, with nothing to report', () => {
    expect(lecture.topics).toHaveLength(1);
    expect(topic.title).toBe('Day 35 Multi-modal learning / 3D understanding');
    expect(topic.file).toBe('Day 35 Multi-modal learning 3D understanding.md');
    expect(topic.id).toBe('day-35-multi-modal-learning-3d-understanding');
    expect(lecture.title).toBe(topic.title);
    // the export's name is only Notion's wrapper: the id comes from the title
    expect(lecture.id).toBe('day-35-multi-modal-learning--3d-understanding');
    expect(lecture.problems).toEqual([]);
    expect(lecture.assets).toEqual({});
    expect(lecture.importedAt).toBe(1);
  });

  it('shows the drawn diagram in place of every one of its 36 lost figures', () => {
    expect(count(topic.html, /<figure class="diagram"/g)).toBe(36);
    expect(count(topic.html, /<svg /g)).toBe(36);
    expect(topic.html).not.toContain('<img');
    expect(topic.html).not.toContain('missing-image');
    const figures = topic.places.filter((p) => p.kind === 'figure');
    expect(figures).toHaveLength(36);
    expect(figures.every((f) => f.text && f.text !== f.id)).toBe(true);
    // the title is the page's one h1; the note's other h1s become its sections
    expect(topic.html).not.toMatch(/<h1[ >]/);
    expect(topic.headings[0]).toEqual({ id: 'multi-modal-learning', depth: 2, text: 'Multi-modal learning' });
    expect(topic.headings.some((heading) => heading.id === 'day-35-multi-modal-learning--3d-understanding')).toBe(false);
  });

  it('is searchable by section, diagram titles included', () => {
    expect(topic.sections.map((s) => s.heading)).toContain('Cross modal translation');
    expect(topic.sections.some((s) => s.text.includes('Show and Tell'))).toBe(true);
  });
});

describe.skipIf(skipWithoutShared(corpusDir))('notes written by other people', () => {
  const names = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md') : [];
  const files: ImportFile[] = names.map((name) => ({ path: `real-notes/${name}`, bytes: readFileSync(join(corpusDir, name)) }));

  it.each(names)('%s imports on its own', (name) => {
    const lecture = importLecture([{ path: name, bytes: readFileSync(join(corpusDir, name)) }], options({ source: name }));
    expect(lecture.topics).toHaveLength(1);
    const [topic] = lecture.topics;
    expect(topic!.html.length).toBeGreaterThan(500);
    expect(topic!.html).not.toMatch(/<script|\son[a-z]+=|<img[^>]+src="https?:/i);
    expect(topic!.title).not.toMatch(/\.md$/);
  });

  it('import all together, one topic each with unique ids', () => {
    const lecture = importLecture(files, options({ source: 'real-notes' }));
    expect(lecture.topics).toHaveLength(names.length);
    expect(new Set(lecture.topics.map((t) => t.id)).size).toBe(names.length);
    expect(lecture.title).toBe('real-notes');
    expect(lecture.id).toBe('real-notes');
    const byFile = new Map(lecture.topics.map((t) => [t.file, t]));
    const html = (name: string) => byFile.get(`real-notes/${name}`)!.html;
    // formulas, tables, footnotes
    expect(count(html('wendland-cs7643-attention.md'), /class="katex"/g)).toBeGreaterThan(10);
    expect(html('wendland-markdown-footnotes-tables.md')).toContain('<table>');
    expect(html('wendland-markdown-footnotes-tables.md')).toMatch(/<section data-footnotes="true" class="footnotes">/);
    expect(html('wendland-markdown-footnotes-tables.md')).toMatch(/<a href="#user-content-fn-1" id="user-content-fnref-1"[^>]*>1<\/a>/);
    expect(html('wendland-markdown-footnotes-tables.md')).toContain('have to be in order!');
    // a formula KaTeX rejects is reported where it is, and the rest renders
    const tex = lecture.problems.filter((p) => p.file === 'real-notes/mathwiki-basis-topology-obsidian.md');
    expect(tex.length).toBeGreaterThan(0);
    expect(tex.every((p) => p.message.startsWith('invalid TeX') && p.line! > 1)).toBe(true);
    // a formula left open swallows a paragraph: its problem stays one short line
    expect(lecture.problems.some((p) => p.file === 'real-notes/seongbeom-rnn-obsidian-ko.md' && p.message.startsWith('invalid TeX'))).toBe(true);
    expect(lecture.problems.every((p) => !p.message.includes('\n') && p.message.length <= 200)).toBe(true);
    // wiki links to notes that are not in the corpus: text kept, link dropped, reported
    expect(report(lecture)).toContain('real-notes/wendland-markdown-footnotes-tables.md:13:11 link to a page that is not in the import: markup_language.md');
  });
});

describe('a Notion export with sub-pages, an image and links between pages', () => {
  const A = '11111111111111111111111111111111';
  const B = '22222222222222222222222222222222';
  const C = '33333333333333333333333333333333';
  const D = '44444444444444444444444444444444';
  const course = `Course ${A}`;
  const enc = (path: string) => path.replaceAll(' ', '%20');
  const zip = zipSync({
    [`${course}.md`]: md(
      [
        '# Course',
        '',
        `- [Week 2](${enc(`${course}/Week 2 ${B}.md`)})`,
        `- [Week 10, its attention part](${enc(`${course}/Week 10 ${C}.md`)}#attention)`,
        `- [written without ids](Course/Week%2010.md)`,
        `- [gone](${enc(`${course}/Deleted ${D}.md`)})`,
        `- [Tasks](${enc(`${course}/Tasks ${D}.csv`)})`,
        '- [Notion](https://www.notion.so/) and [bad](javascript:alert(1))',
      ].join('\n'),
    ),
    [`${course}/Week 2 ${B}.md`]: md(
      [
        '# Week 2',
        '',
        `![a diagram](${enc(`Week 2 ${B}/diagram.png`)})`,
        '',
        `![lost](${enc(`Week 2 ${B}/lost.png`)})`,
        '',
        '![remote](https://example.com/x.png)',
        '',
        `Back to [the course](../${enc(course)}.md).`,
      ].join('\n'),
    ),
    [`${course}/Week 2 ${B}/diagram.png`]: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    [`${course}/Week 2 ${B}/unused.png`]: new Uint8Array([1]),
    [`${course}/Week 10 ${C}.md`]: md('# Week 10\n\n## Attention\n\nSee [week 2](Week%202%2022222222222222222222222222222222.md#week-2).'),
    [`${course}/Tasks ${D}.csv`]: md('Name,Done\n'),
  });
  const lecture = importLecture(
    [{ path: 'Export-0a1b2c3d-1111-2222-3333-444455556666.zip', bytes: zip }],
    options({ source: 'Export-0a1b2c3d-1111-2222-3333-444455556666.zip' }),
  );
  const topic = (id: string) => lecture.topics.find((t) => t.id === id)!;

  it('makes a topic per page, sub-pages under their page, titles and files without ids', () => {
    expect(lecture.topics.map((t) => [t.id, t.parent, t.title, t.file])).toEqual([
      ['course', undefined, 'Course', 'Course.md'],
      ['week-2', 'course', 'Week 2', 'Course/Week 2.md'],
      ['week-10', 'course', 'Week 10', 'Course/Week 10.md'],
    ]);
    expect(lecture.title).toBe('Course');
    expect(lecture.id).toBe('course');
  });

  it('links pages by topic id, with or without Notion ids, keeping anchors', () => {
    const html = topic('course').html;
    expect(html).toContain('<a href="?topic=week-2">Week 2</a>');
    expect(html).toContain('<a href="?topic=week-10#attention">Week 10, its attention part</a>');
    expect(html).toContain('<a href="?topic=week-10">written without ids</a>');
    expect(topic('week-2').html).toContain('<a href="?topic=course">the course</a>');
    expect(topic('week-10').html).toContain('<a href="?topic=week-2#week-2">week 2</a>');
  });

  it('drops the link to a page that is not in the import, keeping its text, and reports it and a lost image', () => {
    const html = topic('course').html;
    expect(html).toContain('<li>gone</li>');
    expect(html).toContain('<li>Tasks</li>');
    expect(report(lecture)).toEqual([
      `Course/Tasks.csv skipped: not Markdown or an image`,
      'Course.md:6:3 link to a page that is not in the import: Course/Deleted.md',
      'Course.md:7:3 link to a file that is not in the import: Course/Tasks.csv',
      'Course/Week 2.md:5:1 image that is not in the import: Week 2/lost.png',
    ]);
  });

  it('keeps external links, opening in a new tab, and removes javascript: links', () => {
    const html = topic('course').html;
    expect(html).toContain('<a href="https://www.notion.so/" target="_blank" rel="noopener noreferrer">Notion</a>');
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain('bad</a>');
  });

  it('stores the image a note shows, as an sn-asset, and only that one', () => {
    const html = topic('week-2').html;
    const key = `${course}/Week 2 ${B}/diagram.png`;
    expect(html).toContain(`<img src="sn-asset:${encodeURI(key)}" alt="a diagram" loading="lazy"/>`);
    expect(Object.keys(lecture.assets)).toEqual([key]);
    expect(lecture.assets[key]).toEqual({ type: 'image/png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
    // a lost image and a remote one are placeholders; nothing is fetched
    expect(count(html, /class="missing-image"/g)).toBe(2);
    expect(html).not.toContain('example.com/x.png"/>');
  });
});

describe('what a note may not do', () => {
  it('raw HTML comes out inert', () => {
    const note = [
      '# Hostile',
      '',
      '<script>alert(1)</script>',
      '',
      '<img src="x.png" onerror="alert(2)">',
      '',
      '<iframe src="https://evil.example/"></iframe>',
      '',
      '<a href="javascript:alert(3)" onclick="alert(4)">click</a> <div style="position:fixed" onmouseover="alert(5)">cover</div>',
      '',
      '<svg><script>alert(6)</script></svg> <style>body{display:none}</style> <object data="x.swf"></object>',
      '',
      '<form action="https://evil.example/"><input name="q" type="text"></form>',
      '',
      '[md link](javascript:alert(7)) and [data link](data:text/html;base64,PHNjcmlwdD4=) kept as text',
    ].join('\n');
    const lecture = importLecture([{ path: 'hostile.md', bytes: md(note) }], options({ source: 'hostile.md' }));
    const { html } = lecture.topics[0]!;
    expect(html).not.toMatch(/<script|<iframe|<style|<object|<form|<svg/i);
    expect(html).not.toMatch(/\son[a-z]+=|href="(javascript|data):|style=/i);
    // GitHub's rules keep <input> only as a task list's disabled checkbox
    expect(html.match(/<input[^>]*>/g)).toEqual(['<input disabled="" type="checkbox" name="user-content-q"/>']);
    expect(html).toContain('<a>click</a>');
    expect(html).toContain('<div>cover</div>');
    expect(html).toContain('<p><a>md link</a> and <a>data link</a> kept as text</p>');
  });

  it('an invalid formula is a problem at its line and column; the rest of the page renders', () => {
    const note = ['# Formulas', '', 'Fine $a+b$ here.', '', 'Broken $\\frac{1}{$ there.', '', '## After', '', 'Still $c^2$ rendered.'].join('\n');
    const lecture = importLecture([{ path: 'Notes/tex.md', bytes: md(note) }], options({ source: 'Notes' }));
    expect(lecture.problems).toHaveLength(1);
    expect(lecture.problems[0]).toMatchObject({ file: 'Notes/tex.md', line: 5, column: 8 });
    expect(lecture.problems[0]!.message).toMatch(/^invalid TeX: .* in \$\\frac\{1\}\{\$$/);
    const { html, headings } = lecture.topics[0]!;
    expect(count(html, /class="katex"/g)).toBe(2);
    expect(html).toContain('class="math-error"');
    // the title heading is the page's h1, not the body's
    expect(lecture.topics[0]!.title).toBe('Formulas');
    expect(headings.map((h) => h.text)).toEqual(['After']);
    expect(html).not.toContain('<h1');
    expect(html).toContain('rendered.');
  });

  it('a note that fails to compile is one problem; the others import, its children move up', () => {
    // a registered diagram whose drawing throws stands for any failure inside one note's compile
    const broken = new Map<string, DiagramDefinition>([
      [
        'show-and-tell',
        {
          ...diagrams.get('show-and-tell')!,
          render: () => {
            throw new Error('cannot draw');
          },
        },
      ],
    ]);
    const files = [
      { path: 'L/a.md', bytes: md('# A') },
      { path: 'L/b.md', bytes: md('# B\n\n::diagram{id="show-and-tell"}') },
      { path: 'L/b/c.md', bytes: md('# C\n\n[to b](../b.md)') },
    ];
    const lecture = importLecture(files, options({ source: 'L', diagrams: broken }));
    expect(lecture.topics.map((t) => [t.id, t.parent])).toEqual([
      ['a', undefined],
      ['c', undefined],
    ]);
    expect(report(lecture)).toEqual(['L/b.md could not be imported: cannot draw']);
  });

  it('refuses the import when no note compiles at all', () => {
    const broken = new Map<string, DiagramDefinition>([
      [
        'show-and-tell',
        {
          ...diagrams.get('show-and-tell')!,
          render: () => {
            throw new Error('cannot draw');
          },
        },
      ],
    ]);
    expect(() => importLecture([{ path: 'b.md', bytes: md('::diagram{id="show-and-tell"}') }], options({ source: 'b.md', diagrams: broken }))).toThrow(
      new ImportError('none of the 1 Markdown files could be imported (b.md: could not be imported: cannot draw)'),
    );
  });

  it('bad input refuses the whole import with an ImportError that names the cause', () => {
    const refuse =
      (files: ImportFile[], over: Partial<ImportOptions> = {}) =>
      () =>
        importLecture(files, options(over));
    expect(refuse([{ path: 'notes.pdf', bytes: new Uint8Array(4) }])).toThrow(new ImportError('notes.pdf is not a Markdown file or a zip'));
    expect(refuse([{ path: 'x.zip', bytes: md('no zip') }])).toThrow(/^x\.zip is not a readable zip: /);
    expect(refuse([{ path: 'a.md', bytes: new Uint8Array(2048) }], { limits: { maxFileBytes: 1024, maxUnpackedBytes: 1e6, maxZipEntries: 10 } })).toThrow(
      'a.md is 2 KB; the limit is 1 KB per file',
    );
  });
});

describe('an import with ids, titles and names', () => {
  it('titles a note without a heading by its file name, its Notion id removed, and a lecture of several pages by its source', () => {
    const files = [
      { path: 'Week 3 0123456789abcdef0123456789abcdef.md', bytes: md('Just text.') },
      { path: 'Other.md', bytes: md('---\ntitle: From frontmatter\n---\n\nText.') },
    ];
    const lecture = importLecture(files, options({ source: 'Week 3 0123456789abcdef0123456789abcdef.md' }));
    expect(lecture.topics.map((t) => [t.id, t.title])).toEqual([
      ['other', 'From frontmatter'],
      ['week-3', 'Week 3'],
    ]);
    expect(lecture.title).toBe('Week 3');
    expect(lecture.id).toBe('week-3');
  });

  it('resolves images and links written in NFC to files named in NFD', () => {
    const folder = '강의'.normalize('NFD');
    const zip = zipSync({
      [`${folder}.md`]: md('# 강의\n\n![그림](강의/그림.png)\n\n[다음](강의/다음.md)'),
      [`${folder}/그림.png`.normalize('NFD')]: new Uint8Array([1]),
      [`${folder}/다음.md`.normalize('NFD')]: md('# 다음'),
    });
    const lecture = importLecture([{ path: 'k.zip', bytes: zip }], options({ source: 'k.zip' }));
    expect(lecture.problems).toEqual([]);
    expect(lecture.topics.map((t) => [t.id, t.parent])).toEqual([
      ['강의', undefined],
      ['다음', '강의'],
    ]);
    expect(lecture.topics[0]!.html).toContain(`src="sn-asset:${encodeURI('강의/그림.png')}"`);
    expect(lecture.topics[0]!.html).toContain(`href="?topic=${encodeURIComponent('다음')}"`);
    expect(Object.keys(lecture.assets)).toEqual(['강의/그림.png']);
  });

  it('gives a heading typed in NFD the NFC id, which a link typed in NFC finds', () => {
    const zip = zipSync({
      'a.md': md(`# 가\n\n## ${'해밍 창'.normalize('NFD')}\n\n[위로](#해밍-창)\n\n[다음](b.md#${'스펙트럼'.normalize('NFD')})`),
      'b.md': md('# 나\n\n## 스펙트럼'),
    });
    const lecture = importLecture([{ path: 'k.zip', bytes: zip }], options({ source: 'k.zip' }));
    expect(lecture.problems).toEqual([]);
    expect(lecture.topics[0]!.html).toContain(`id="${'해밍-창'}"`);
    expect(lecture.topics[0]!.html).toContain(`href="#${encodeURIComponent('해밍-창')}"`);
  });
});
