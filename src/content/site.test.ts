import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { compileSite, type NoteSource } from './site';
import type { TopicNode } from './types';

const options = { demoIds: ['stft-window'], diagramIds: [] };
const note = (path: string, front: string, body = '') => ({ path, text: `---\n${front}\n---\n${body}` });

const lecture: NoteSource[] = [
  note('lec/index.md', 'title: 강의\norder: 1\nid: lecture', '## 개요 {#overview}\n\n[STFT](sound/stft.md#window)'),
  note('lec/index.en.md', 'title: Lecture\norder: 1\nid: lecture', '## Overview {#overview}\n\n[STFT](sound/stft.md#window)'),
  note('lec/sound/index.md', 'title: 소리\norder: 2', '## 소개 {#intro}'),
  note('lec/sound/index.en.md', 'title: Sound\norder: 2', '## Intro {#intro}'),
  note('lec/sound/stft.md', 'title: STFT\norder: 2', '## 창 {#window}\n\n[뒤로](../index.md)'),
  note('lec/sound/stft.en.md', 'title: STFT\norder: 2', '## Window {#window}\n\n[Back](../index.md)'),
  note('lec/sound/wave.md', 'title: 파형\norder: 1', '## 파형 {#wave}'),
  note('lec/sound/wave.en.md', 'title: Waveform\norder: 1', '## Wave {#wave}'),
  note('lec/3d.md', 'title: 3D\norder: 3', '## 3D {#three}'),
  note('lec/3d.en.md', 'title: 3D\norder: 3', '## 3D {#three}'),
];

describe('compileSite', () => {
  const site = compileSite(lecture, options);

  it('accepts a consistent lecture', () => {
    expect(site.diagnostics).toEqual([]);
    expect(site.langs).toEqual(['ko', 'en']);
  });

  it('builds the topic tree from folders and files, ordered by frontmatter order', () => {
    const shape = (nodes: typeof site.trees.ko = []): unknown => nodes.map((n) => (n.children.length ? { [n.id]: shape(n.children) } : n.id));
    expect(shape(site.trees.ko)).toEqual([{ lecture: [{ sound: ['wave', 'stft'] }, '3d'] }]);
    expect(site.trees.en?.[0]?.title).toBe('Lecture');
    expect(site.trees.ko?.[0]?.sections).toEqual([{ id: 'overview', text: '개요' }]);
  });

  it('orders pages for reading and gives each breadcrumbs, previous and next', () => {
    const ko = site.pages.filter((p) => p.lang === 'ko');
    expect(ko.map((p) => p.id)).toEqual(['lecture', 'sound', 'wave', 'stft', '3d']);
    const stft = ko.find((p) => p.id === 'stft')!;
    expect(stft.breadcrumbs.map((b) => b.id)).toEqual(['lecture', 'sound']);
    expect([stft.prev?.id, stft.next?.id]).toEqual(['wave', '3d']);
    expect(stft.langs).toEqual(['ko', 'en']);
  });

  it('places pages at stable URLs: Korean at the root, English under en/', () => {
    expect(site.pages.map((p) => p.file)).toContain('stft.html');
    expect(site.pages.map((p) => p.file)).toContain('en/stft.html');
  });

  it('rewrites links to .md files into relative URLs of the same language', () => {
    const html = (id: string, lang: string) => toHtml(site.pages.find((p) => p.id === id && p.lang === lang)!.tree);
    expect(html('lecture', 'ko')).toContain('href="stft.html#window"');
    expect(html('lecture', 'en')).toContain('href="stft.html#window"');
    expect(html('stft', 'en')).toContain('href="lecture.html"');
  });
});

describe('headings and links in decomposed Hangul (NFD)', () => {
  const check = (heading: string, link: string) =>
    compileSite([note('l/index.md', 'title: L\norder: 1', `## ${heading}\n\n[위로](${link})`), note('l/b.md', 'title: B\norder: 2', `[거기](index.md${link})`)], options);

  it.each([
    ['an NFD heading, a link typed in NFC', '해밍 창'.normalize('NFD'), '#해밍-창'],
    ['an NFC heading, a link typed in NFD', '해밍 창', '#해밍-창'.normalize('NFD')],
    ['an NFC heading, an NFD link percent-encoded', '해밍 창', `#${encodeURIComponent('해밍-창'.normalize('NFD'))}`],
  ])('%s: the link finds the heading', (_case, heading, link) => {
    const site = check(heading, link);
    expect(site.diagnostics).toEqual([]);
    expect(site.pages.find((p) => p.id === 'l')?.headings[0]?.id).toBe('해밍-창');
    expect(toHtml(site.pages.find((p) => p.id === 'b')!.tree)).toContain(`href="l.html#${encodeURIComponent('해밍-창')}"`);
  });
});

describe('content errors', () => {
  const errors = (sources: NoteSource[]) => compileSite(sources, options).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);

  it('reports a link to a missing page', () => {
    expect(errors([note('l/index.md', 'title: L\norder: 1', '\n[x](nope.md)')])).toEqual(['l/index.md:6:1 link to missing page "nope.md"']);
  });

  it('reports a link to a missing anchor on another page and on the same page', () => {
    expect(
      errors([
        note('l/index.md', 'title: L\norder: 1', '## A {#a}\n\n[x](b.md#nope) [y](#gone)'),
        note('l/b.md', 'title: B\norder: 1', '## B {#b}'),
      ]),
    ).toEqual(['l/index.md:7:1 link to missing anchor "#nope" in l/b.md', 'l/index.md:7:16 link to missing anchor "#gone" on this page']);
  });

  it('reports two pages with the same topic id', () => {
    expect(errors([note('a/index.md', 'title: A\norder: 1'), note('a/x/index.md', 'title: X\norder: 1\nid: a')])).toEqual([
      'a/x/index.md:1:1 duplicate topic id "a" (also a/index.md); set a unique id in the frontmatter',
    ]);
  });

  it('reports a page or heading missing in one language', () => {
    expect(
      errors([
        note('l/index.md', 'title: L\norder: 1', '## A {#a}\n\n## B {#b}'),
        note('l/index.en.md', 'title: L\norder: 1', '## A {#a}'),
        note('l/x.md', 'title: X\norder: 1'),
      ]),
    ).toEqual(['l/index.en.md:1:1 heading id "b" of l/index.md is missing here (en)', 'l/x.md:1:1 page has no en version (expected l/x.en.md)']);
  });

  it('reports a folder without an index page', () => {
    expect(errors([note('l/index.md', 'title: L\norder: 1'), note('l/sub/x.md', 'title: X\norder: 1')])).toEqual([
      'l/sub/x.md:1:1 folder "l/sub" has no index.md (its page in the topic tree)',
    ]);
  });
});

describe('lenient content (an author’s own notes)', () => {
  const lenient = { ...options, strict: false };
  const shape = (nodes: TopicNode[] = []): unknown => nodes.map((n) => (n.children.length ? { [`${n.id}: ${n.title}`]: shape(n.children) } : `${n.id}: ${n.title}`));
  const messages = (site: ReturnType<typeof compileSite>) => site.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity ? `${d.severity}: ` : ''}${d.message}`);

  it('titles and orders plain notes, and gives each folder without index.md a page listing its topics', () => {
    const site = compileSite(
      [
        { path: 'course/10-last.md', text: '# 마지막\n\n본문' },
        { path: 'course/2-second.md', text: '---\n\n---\n## 둘째 {#two}' },
        { path: 'course/zeta.md', text: '그냥 글' },
        { path: 'course/alpha.md', text: '---\ntitle: 알파\n---\n' },
        { path: 'course/01-part/b.md', text: '# B' },
        { path: 'course/01-part/a.md', text: '# A' },
      ],
      lenient,
    );
    expect(messages(site)).toEqual([]);
    expect(shape(site.trees.ko)).toEqual([{ 'course: course': [{ 'part: part': ['a: A', 'b: B'] }, 'second: 둘째', 'last: 마지막', 'alpha: 알파', 'zeta: zeta'] }]);
    const html = (id: string) => toHtml(site.pages.find((p) => p.id === id)!.tree);
    expect(html('course')).toMatch(/<li><a href="part.html">part<\/a><\/li>\s*<li><a href="second.html">둘째<\/a><\/li>\s*<li><a href="last.html">마지막<\/a><\/li>/);
    expect(html('part')).toMatch(/<a href="a.html">A<\/a>[\s\S]*<a href="b.html">B<\/a>/);
    // strict content writes every index.md
    expect(compileSite([{ path: 'course/01-part/a.md', text: '---\ntitle: A\norder: 1\n---\n' }], options).diagnostics.map((d) => d.message)).toContain(
      'folder "course/01-part" has no index.md (its page in the topic tree)',
    );
  });

  it('gives a folder’s generated page in English only where its notes are in English', () => {
    const site = compileSite(
      [
        { path: 'c/a.md', text: '# 가 {#a}' },
        { path: 'c/a.en.md', text: '# A {#a}' },
        { path: 'c/b.md', text: '# 나' },
      ],
      lenient,
    );
    expect(messages(site)).toEqual([]);
    expect(shape(site.trees.ko)).toEqual([{ 'c: c': ['a: 가', 'b: 나'] }]);
    expect(shape(site.trees.en)).toEqual([{ 'c: c': ['a: A'] }]);
  });

  it('compares languages only where a page has both', () => {
    const sources = [
      note('l/index.md', 'title: L\norder: 1', '## A {#a}\n\n## B {#b}'),
      note('l/index.en.md', 'title: L\norder: 1', '## A {#a}'),
      note('l/x.md', 'title: X\norder: 1'),
    ];
    expect(messages(compileSite(sources, lenient))).toEqual(['l/index.en.md:1:1 heading id "b" of l/index.md is missing here (en)']);
    expect(messages(compileSite(sources, options))).toContain('l/x.md:1:1 page has no en version (expected l/x.en.md)');
  });

  it('warns on a link to a missing page or anchor; the missing page’s link keeps its text', () => {
    const site = compileSite([note('l/index.md', 'title: L\norder: 1', '[가버린 글](gone.md) [없는 곳](#nowhere)')], lenient);
    expect(messages(site)).toEqual(['l/index.md:5:1 warning: link to missing page "gone.md"', 'l/index.md:5:18 warning: link to missing anchor "#nowhere" on this page']);
    const html = toHtml(site.pages[0]!.tree);
    expect(html).toContain('<p>가버린 글 <a href="#nowhere">없는 곳</a></p>');
  });

  it('keeps invalid TeX and duplicate ids errors', () => {
    const site = compileSite([{ path: 'l/a.md', text: '$\\frac{1}{$\n\n## X {#x}\n\n## Y {#x}' }, { path: 'l/m/a.md', text: '# again' }], lenient);
    expect(site.diagnostics.filter((d) => !d.severity).map((d) => d.message)).toEqual([
      expect.stringMatching(/^invalid TeX: /),
      'duplicate heading id "x"',
      'duplicate topic id "a" (also l/a.md); set a unique id in the frontmatter',
    ]);
  });

  it('compiles each note in its own guard: one that breaks the compiler is one error, the others compile', () => {
    const site = compileSite(
      [
        { path: 'l/a.md', text: '# A\n\n![x](boom.png)' },
        { path: 'l/b.md', text: '# B\n\n[A](a.md)' },
      ],
      {
        ...lenient,
        fileExists: (path) => {
          if (path === 'l/boom.png') throw new Error('disk on fire\n    at somewhere');
          return false;
        },
      },
    );
    expect(messages(site)).toEqual(['l/a.md:1:1 could not be compiled: disk on fire']);
    expect(toHtml(site.pages.find((p) => p.id === 'b')!.tree)).toContain('<a href="a.html">A</a>');
  });
});
