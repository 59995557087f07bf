import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { compileNote, type CompileOptions } from './pipeline';

const options: CompileOptions = { demoIds: ['stft-window'], diagramIds: ['show-and-tell'], strict: true };
const FRONT = '---\ntitle: T\norder: 1\n---\n';

function compile(markdown: string, extra: Partial<CompileOptions> = {}) {
  return compileNote('lecture/note.md', FRONT + markdown, { ...options, ...extra });
}

function elements(tree: Root, tagName: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === tagName) found.push(child);
      walk(child);
    }
  };
  walk(tree);
  return found;
}

describe('heading ids', () => {
  it.each([
    ['## Hello World', 'hello-world'],
    ['## 해밍 창 (Hamming window)', '해밍-창-hamming-window'],
    ['## Show, Attend, and Tell', 'show-attend-and-tell'],
    ['## STFT란?', 'stft란'],
    ['## 3D 데이터 표현 {#3d-data}', '3d-data'],
    ['## ', 'section'],
  ])('%s → #%s', (markdown, id) => {
    const { note, diagnostics } = compile(markdown);
    expect(diagnostics).toEqual([]);
    expect(note.headings[0]?.id).toBe(id);
    expect(elements(note.tree, 'h2')[0]?.properties.id).toBe(id);
  });

  it('strips the explicit id from the heading text', () => {
    const { note } = compile('## 해밍 창 {#hamming}');
    expect(note.headings[0]).toEqual({ id: 'hamming', depth: 2, text: '해밍 창' });
  });

  it('makes repeated headings unique in document order', () => {
    const { note } = compile('## Loss\n\n## Loss\n\n## Loss');
    expect(note.headings.map((h) => h.id)).toEqual(['loss', 'loss-1', 'loss-2']);
  });

  it('reserves explicit ids first, so adding one never shifts an automatic slug', () => {
    const before = compile('## Intro\n\n## Method').note.headings.map((h) => h.id);
    const after = compile('## Intro\n\n## Intro again {#method-2}\n\n## Method').note.headings.map((h) => h.id);
    expect(before).toEqual(['intro', 'method']);
    expect(after).toEqual(['intro', 'method-2', 'method']);
  });

  it('renaming one heading leaves the other ids unchanged', () => {
    const a = compile('## One\n\n## Two\n\n## Three').note.headings.map((h) => h.id);
    const b = compile('## One\n\n## Second\n\n## Three').note.headings.map((h) => h.id);
    expect([a[0], a[2]]).toEqual([b[0], b[2]]);
  });

  it("never takes the page's own ids: a heading Main is main-1, an explicit {#top} is reported and slugged", () => {
    const { note, diagnostics } = compile('## Main\n\n## Sidebar\n\n## Mine {#top}');
    expect(note.headings.map((h) => h.id)).toEqual(['main-1', 'sidebar-1', 'mine']);
    expect(diagnostics).toEqual([expect.objectContaining({ message: 'heading id "top" is the page\'s own; choose another' })]);
  });

  it('reports a duplicate explicit id at its line', () => {
    const { note, diagnostics } = compile('## A {#x}\n\n## B {#x}');
    expect(diagnostics).toEqual([expect.objectContaining({ line: 7, column: 1, message: 'duplicate heading id "x"' })]);
    // and the page still has unique ids
    expect(note.headings.map((h) => h.id)).toEqual(['x', 'b']);
  });
});

describe('Unicode normalisation', () => {
  it('gives a heading typed in decomposed Hangul (NFD) the id and text of the composed one', () => {
    const nfd = compile('## 해밍 창'.normalize('NFD'));
    const nfc = compile('## 해밍 창');
    expect(nfd.note.headings).toEqual(nfc.note.headings);
    expect(nfd.note.headings[0]?.id).toBe('해밍-창');
    expect(elements(nfd.note.tree, 'h2')[0]?.properties.id).toBe('해밍-창');
  });

  it('takes the title from decomposed frontmatter in NFC', () => {
    const { note } = compileNote('l/a.md', '---\ntitle: 스펙트로그램\norder: 1\n---\n'.normalize('NFD'), options);
    expect(note.title).toBe('스펙트로그램');
  });
});

describe('math', () => {
  it('renders TeX with KaTeX into one HTML string per formula', () => {
    const { note, diagnostics } = compile('Inline $\\Delta f = f_s / N$ and\n\n$$\nX[m,k]=\\sum_n x[n]\n$$');
    expect(diagnostics).toEqual([]);
    const math = elements(note.tree, 'sn-math');
    expect(math).toHaveLength(2);
    expect(math[0]?.properties.dataDisplay).toBe(false);
    expect(math[1]?.properties.dataDisplay).toBe(true);
    expect(String(math[0]?.properties.dataHtml)).toContain('class="katex"');
  });


  it('keeps the MathML tree screen readers read, without the namespace and the TeX annotation', () => {
    const { note } = compile('Inline $x_n^2 + \\alpha$.');
    const html = String(elements(note.tree, 'sn-math')[0]?.properties.dataHtml);
    expect(html).toContain('<math><mrow><msubsup><mi>x</mi><mi>n</mi><mn>2</mn></msubsup><mo>+</mo><mi>α</mi></mrow></math>');
    expect(html).not.toMatch(/xmlns|<semantics>|<annotation/);
    expect(html).toContain('class="katex-html" aria-hidden="true"');
    expect(elements(note.tree, 'sn-math')[0]?.properties.dataTex).toBe('x_n^2 + \\alpha');
  });
  it('turns invalid TeX into an inline error and a diagnostic at its position', () => {
    const { note, diagnostics } = compile('Text\n\n$$\n\\frac{1}{2\n$$\n\nAfter $\\badmacro$.');
    expect(diagnostics.map((d) => [d.line, d.message.split(':')[0]])).toEqual([
      [7, 'invalid TeX'],
      [11, 'invalid TeX'],
    ]);
    expect(elements(note.tree, 'sn-math-error')).toHaveLength(2);
    expect(toHtml(note.tree)).toContain('After');
  });
});

describe('directives', () => {
  it('places a registered demo with its settings and an anchor', () => {
    const { note, diagnostics } = compile('::demo{id="stft-window" n="1024" window="hann"}');
    expect(diagnostics).toEqual([]);
    const [demo] = elements(note.tree, 'sn-demo');
    expect(demo?.properties).toMatchObject({ dataId: 'stft-window', id: 'demo-stft-window' });
    expect(JSON.parse(String(demo?.properties.dataSettings))).toEqual({ n: '1024', window: 'hann' });
    expect(note.demos).toEqual(['stft-window']);
  });

  it('reports an unknown demo or diagram with the list of known ones', () => {
    const { diagnostics } = compile('::demo{id="nope"}\n\n::diagram{id="missing"}');
    expect(diagnostics.map((d) => d.message)).toEqual([
      'unknown demo "nope" (known: stft-window)',
      'unknown diagram "missing" (known: show-and-tell)',
    ]);
    expect(diagnostics[0]).toMatchObject({ line: 5, column: 1 });
  });

  it('splits a question from its answer at the --- line', () => {
    const { note } = compile(':::question\nWhy?\n\n---\n\nBecause.\n:::');
    expect(toHtml(note.tree)).toMatch(/^<sn-question data-id="(\w+)" id="q-\1"><p>Why\?<\/p><sn-answer><p>Because\.<\/p><\/sn-answer><\/sn-question>$/);
  });

  it('reports a question without an answer', () => {
    expect(compile(':::question\nWhy?\n:::').diagnostics[0]?.message).toMatch(/needs a --- line/);
  });

  it('keeps colons in prose as text (times, ratios, labels)', () => {
    const { note, diagnostics } = compile('회의는 12:30, 비율은 a:b, 예:문장 :smile: 그리고 :x[y]{z}');
    expect(diagnostics).toEqual([]);
    expect(toHtml(note.tree)).toBe('<p>회의는 12:30, 비율은 a:b, 예:문장 :smile: 그리고 :x[y]{z}</p>');
  });

  it('in an imported note, an unknown block directive is kept as text without an error', () => {
    const { note, diagnostics } = compile('::youtube{v="x"}', { strict: false });
    expect(diagnostics).toEqual([]);
    expect(toHtml(note.tree)).toContain('::youtube{v="x"}');
  });
});

describe('images', () => {
  it('a lost local image becomes a placeholder with its caption, never an <img>', () => {
    const { note, diagnostics } = compile('![STFT frames](img/frames.png)');
    expect(elements(note.tree, 'img')).toEqual([]);
    expect(elements(note.tree, 'sn-missing-image')[0]?.properties).toMatchObject({ dataAlt: 'STFT frames', dataReason: 'missing' });
    expect(diagnostics[0]?.message).toBe('missing image "img/frames.png"');
  });

  it('a lost image with a registered stand-in becomes that diagram', () => {
    const { note } = compile('![x](Export%20abc/Untitled%207.png)', {
      diagramForImage: (path) => (path === 'lecture/Export abc/Untitled 7.png' ? 'show-and-tell' : undefined),
    });
    expect(elements(note.tree, 'sn-diagram')[0]?.properties).toMatchObject({ dataId: 'show-and-tell', id: 'fig-show-and-tell' });
    expect(note.diagrams).toEqual(['show-and-tell']);
  });

  it('remote images are not fetched: a placeholder links to the original', () => {
    const { note, diagnostics } = compile('<img src="https://example.com/a.png" width="300">');
    expect(diagnostics).toEqual([]);
    expect(elements(note.tree, 'sn-missing-image')[0]?.properties).toMatchObject({ dataSrc: 'https://example.com/a.png', dataReason: 'remote' });
  });

  it('an existing local image keeps its file, lazily loaded', () => {
    const { note } = compile('![chart](chart.png)', { resolveLocalImage: (path) => (path === 'lecture/chart.png' ? 'media/lecture/chart.png' : undefined) });
    expect(elements(note.tree, 'img')[0]?.properties).toMatchObject({ src: 'media/lecture/chart.png', loading: 'lazy' });
  });

  it('an image inside a sentence stays inline (no figure inside a paragraph)', () => {
    const { note } = compile('See ![x](gone.png) here.', { strict: false });
    const [placeholder] = elements(note.tree, 'sn-missing-image');
    expect(placeholder?.properties.dataInline).toBe(true);
    expect(elements(note.tree, 'p')).toHaveLength(1);
  });
});

describe('raw HTML', () => {
  it('keeps formatting tags and removes scripts, handlers and javascript: links', () => {
    const { note } = compile('W<sub>1</sub> <script>alert(1)</script><b onclick="x()">b</b> <a href="javascript:alert(1)">j</a>');
    const html = toHtml(note.tree);
    expect(html).toContain('W<sub>1</sub>');
    expect(html).not.toMatch(/script|onclick|javascript:/);
  });

  it('cannot forge a trusted formula', () => {
    const { note } = compile('<sn-math data-html="<img src=x onerror=alert(1)>"></sn-math>');
    expect(toHtml(note.tree)).not.toContain('onerror');
  });
});

describe('frontmatter', () => {
  it('reads title, order, id, summary and lang', () => {
    const { note, diagnostics } = compileNote('a/b.md', '---\ntitle: STFT\norder: 2\nid: stft\nsummary: 요약\nlang: ko\n---\n', options);
    expect(diagnostics).toEqual([]);
    expect(note.frontmatter).toEqual({ title: 'STFT', order: 2, id: 'stft', summary: '요약', lang: 'ko' });
  });

  it.each([
    ['---\ntitle: [unclosed\norder: 1\n---\n', 2, /invalid frontmatter/],
    ['---\ntitle: T\norder: first\n---\n', 3, /`order` must be a number/],
    ['---\ntitle: T\norder: 1\nid: Not An Id\n---\n', 4, /`id` must be lower-case/],
    ['---\ntitle: T\norder: 1\ntitel: typo\n---\n', 4, /unknown key `titel`/],
    ['---\norder: 1\n---\n', 1, /`title` is required/],
    ['# No frontmatter\n', 1, /missing frontmatter/],
  ])('reports %j at line %i', (markdown, line, message) => {
    const { diagnostics } = compileNote('a/b.md', markdown, options);
    expect(diagnostics[0]?.message).toMatch(message);
    expect(diagnostics[0]?.line).toBe(line);
  });

  it('an imported note without frontmatter takes its title from the first heading', () => {
    const { note, diagnostics } = compileNote('x.md', '# Day 35 Notes\n\ntext', { ...options, strict: false });
    expect(diagnostics).toEqual([]);
    expect(note.title).toBe('Day 35 Notes');
  });
});
