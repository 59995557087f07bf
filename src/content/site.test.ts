import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { compileSite, type NoteSource } from './site';

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
