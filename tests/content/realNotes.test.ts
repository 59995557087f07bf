/**
 * Real input: the seed lecture note (a Korean Notion export whose images are lost) and notes
 * written by other people (Notion, Obsidian, Typora exports). They are read from ../shared and
 * never copied into the project; without it these tests are skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { compileNote } from '../../src/content/pipeline';
import { toNoteTree } from '../../src/content/reactTree';
import { demoIds } from '../../src/demos/registry';
import { diagramIds } from '../../src/diagrams/registry';
import { SEED_EXPORT_FOLDER, seedFigureLookup } from '../../src/diagrams/seedFigures';
import { uiStrings } from '../../src/ui/i18n';
import { renderNote } from '../../src/ui/renderNote';
import { ViewProvider } from '../../src/ui/ViewContext';
import { inlineDiagrams, loadDiagrams } from '../../src/diagrams/inline';
import { skipWithoutShared } from '../setup/shared';

const shared = resolve(import.meta.dirname, '../../../shared');
const seedPath = join(shared, 'seed/day35-multimodal-3d.notion.md');
const corpusDir = join(shared, 'corpus/real-notes');

function renderToHtml(nodes: ReturnType<typeof toNoteTree>): string {
  const view = { lang: 'ko' as const, file: 'import.html', t: uiStrings('ko') };
  return renderToStaticMarkup(createElement(ViewProvider, { value: view }, ...renderNote(nodes)));
}

describe.skipIf(skipWithoutShared(seedPath))('the seed lecture note', async () => {
  const markdown = existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : '';
  const diagrams = await loadDiagrams();
  const { note, diagnostics } = compileNote('seed/day35.md', markdown, {
    demoIds,
    diagramIds,
    strict: false,
    diagramForImage: seedFigureLookup(diagrams.values()),
  });

  it('parses into the tree of its headings', () => {
    const outline = note.headings.map((h) => `${'#'.repeat(h.depth)} ${h.text}`);
    expect(outline).toEqual([
      '# Day 35 Multi-modal learning / 3D understanding',
      '# Multi-modal learning',
      '## Multi-modal tasks(1) - Visual data & Text',
      '### Joint embedding',
      '### Cross modal translation',
      '### Cross modal reasoning',
      '## Multi-modal tasks (2) - Visual data & Audio',
      '### Sound representation',
      '### Joint embedding',
      '### Cross modal translation',
      '### Cross modal reasoning',
      '# 3D understanding',
      '## 3D tasks',
      '## 3D application example',
    ]);
    expect(new Set(note.headings.map((h) => h.id)).size).toBe(note.headings.length);
    expect(note.title).toBe('Day 35 Multi-modal learning / 3D understanding');
    expect(diagnostics).toEqual([]);
  });

  it('shows a drawn diagram for every one of its 36 lost images', () => {
    expect(note.diagrams).toHaveLength(36);
    expect(new Set(note.diagrams).size).toBe(36);
  });

  it('renders with no image element and no broken reference to the export folder', () => {
    inlineDiagrams(note.tree, 'ko', diagrams);
    const html = renderToHtml(toNoteTree(note.tree));
    expect(html).not.toContain('<img');
    expect(html).not.toContain(SEED_EXPORT_FOLDER.replaceAll(' ', '%20'));
    expect(html.match(/<figure class="diagram"/g)).toHaveLength(36);
    expect(html).toContain('Show and Tell');
    expect(html).toContain('다양한 데이터 타입');
  });

  it('without registered diagrams, each lost image is a visible placeholder with its file name', () => {
    const bare = compileNote('seed/day35.md', markdown, { demoIds, diagramIds, strict: false });
    const html = renderToHtml(toNoteTree(bare.note.tree));
    expect(html).not.toContain('<img');
    expect(html.match(/class="missing-image"/g)).toHaveLength(36);
    expect(html).toContain('Untitled 35.png');
  });
});

describe.skipIf(skipWithoutShared(corpusDir))('notes written by other people', () => {
  const files = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md') : [];

  it('are all present', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s compiles and renders without throwing, fetching nothing', (file) => {
    const markdown = readFileSync(join(corpusDir, file), 'utf8');
    const { note } = compileNote(`import/${file}`, markdown, { demoIds, diagramIds, strict: false });
    const html = renderToHtml(toNoteTree(note.tree));
    expect(html.length).toBeGreaterThan(markdown.length / 4);
    expect(html).not.toMatch(/<img[^>]+src="https?:/);
    expect(html).not.toMatch(/<script|\son[a-z]+=/i);
    expect(note.title.length).toBeGreaterThan(0);
  });

  it('keeps raw-HTML formatting and drops the rest', () => {
    const markdown = readFileSync(join(corpusDir, 'jeangyuheo-day3-probability-ko.md'), 'utf8');
    const html = renderToHtml(toNoteTree(compileNote('x.md', markdown, { demoIds, diagramIds, strict: false }).note.tree));
    expect(html).toContain('<sub>1</sub>');
    expect(html).toContain('class="missing-image');
  });

  it('renders Obsidian math blocks and reports macros KaTeX does not know inline', () => {
    const markdown = readFileSync(join(corpusDir, 'mathwiki-basis-topology-obsidian.md'), 'utf8');
    const { note, diagnostics } = compileNote('x.md', markdown, { demoIds, diagramIds, strict: false });
    const html = renderToHtml(toNoteTree(note.tree));
    expect(diagnostics.some((d) => d.message.startsWith('invalid TeX'))).toBe(true);
    expect(html).toContain('class="math-error"');
  });
});
