/**
 * One note compiled for the build: the pure pipeline, the registered diagrams as static SVG, and
 * the note rendered to HTML. Runs in the compile workers (and in-process for a single edit).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { GLOSSARY_FILE, parseGlossary, type GlossaryEntry } from '../src/content/glossary';
import { glossaryPageId, linkGlossaryTerms } from '../src/content/glossaryLinks';
import { MACROS_FILE, parseMacros } from '../src/content/macros';
import { prepareNote, type NoteSource, type NoteSummary } from '../src/content/note';
import { isSnElement, SN } from '../src/content/elements';
import type { Diagnostic } from '../src/content/types';
import type { Lang } from '../src/content/types';
import { demoIds } from '../src/demos/registry';
import { inlineDiagrams, loadDiagrams } from '../src/diagrams/inline';
import { diagramIds } from '../src/diagrams/registry';
import { noteSections, type NoteSection } from '../src/search/sections';
import { formulaChars } from './formulaChars';
import { renderNoteBody } from '../src/ui/renderNoteBody';

export interface CompiledForBuild {
  summary: NoteSummary;
  /** the note's body as HTML, its links to other notes still placeholders */
  html: string;
  /** the note cut into sections for search */
  sections: NoteSection[];
  /** its self-check questions, for the review page */
  questions: NoteQuestion[];
}

/** A self-check question as the review page shows it. */
export interface NoteQuestion {
  id: string;
  question: string;
  answer: string;
}

export type NoteCompiler = (source: NoteSource) => CompiledForBuild;

export interface NoteCompilerOptions {
  /** curated content (see NoteOptions.strict); default lenient */
  strict?: boolean;
}

/** A compiler for notes under `contentDir`, with every registered diagram loaded once. */
export async function createNoteCompiler(contentDir: string, options: NoteCompilerOptions = {}): Promise<NoteCompiler> {
  const diagrams = await loadDiagrams();
  const demoTitles = await loadDemoTitles();
  const fileExists = (contentPath: string) => {
    const full = join(contentDir, contentPath);
    return existsSync(full) && statSync(full).isFile();
  };
  return (source) => {
    const folder = source.path.split('/')[0] ?? '';
    const macros = readMacros(contentDir, folder).macros;
    const { summary, tree } = prepareNote(source, { demoIds, diagramIds, fileExists, strict: options.strict ?? false, macros });
    inlineDiagrams(tree, summary.lang, diagrams);
    const glossary = readGlossary(contentDir, folder).entries;
    if (glossary.length) linkGlossaryTerms(tree, glossary, `${glossaryPageId(folder)}.html`);
    nameDemos(tree, summary.lang, demoTitles);
    const titles = new Map<string, string>();
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string' && typeof node.properties.dataTitle === 'string') titles.set(node.properties.id, node.properties.dataTitle);
    });
    for (const place of summary.places) if (place.kind !== 'heading') place.text = titles.get(place.id) ?? place.id;
    Object.assign(summary, mathUsageOf(tree));
    return {
      summary,
      html: renderNoteBody(tree, summary.lang, summary.id),
      sections: noteSections(tree),
      questions: questionsOf(tree, summary.lang, summary.id),
    };
  };
}

/** The class names in the note's formulas and the characters they show, each sorted. */
function mathUsageOf(tree: Root): { mathClasses: string[]; mathChars: string } {
  const classes = new Set<string>();
  const chars = new Set<string>();
  visit(tree, 'element', (node) => {
    if (!isSnElement(node, SN.math)) return;
    const html = String(node.properties.dataHtml ?? '');
    for (const match of html.matchAll(/\bclass="([^"]*)"/g)) {
      for (const name of match[1]!.split(' ')) if (name) classes.add(name);
    }
    for (const char of formulaChars(html)) chars.add(char);
  });
  return { mathClasses: [...classes].sort(), mathChars: [...chars].sort().join('') };
}

/** A lecture folder's glossary, read again only when the file changes. */
const glossaries = new Map<string, { mtimeMs: number; text: string; entries: GlossaryEntry[] }>();
export function readGlossary(contentDir: string, folder: string): { text: string; entries: GlossaryEntry[]; diagnostics: Diagnostic[] } {
  const file = join(contentDir, folder, GLOSSARY_FILE);
  if (!folder || !existsSync(file) || !statSync(file).isFile()) return { text: '', entries: [], diagnostics: [] };
  const mtimeMs = statSync(file).mtimeMs;
  const cached = glossaries.get(file);
  if (cached?.mtimeMs === mtimeMs) return { ...cached, diagnostics: [] };
  const text = readFileSync(file, 'utf8');
  const parsed = parseGlossary(`${folder}/${GLOSSARY_FILE}`, text);
  glossaries.set(file, { mtimeMs, text, entries: parsed.entries });
  return { text, ...parsed };
}

/** A lecture folder's KaTeX macros (macros.tex), read again only when the file changes. */
const macroFiles = new Map<string, { mtimeMs: number; text: string; macros: Record<string, string>; diagnostics: Diagnostic[] }>();
export function readMacros(contentDir: string, folder: string): { text: string; macros: Record<string, string>; diagnostics: Diagnostic[] } {
  const file = join(contentDir, folder, MACROS_FILE);
  if (!folder || !existsSync(file) || !statSync(file).isFile()) return { text: '', macros: {}, diagnostics: [] };
  const mtimeMs = statSync(file).mtimeMs;
  const cached = macroFiles.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached;
  const text = readFileSync(file, 'utf8');
  const entry = { mtimeMs, text, ...parseMacros(`${folder}/${MACROS_FILE}`, text) };
  macroFiles.set(file, entry);
  return entry;
}

/** The note's self-check questions, each part rendered as the page renders it. */
function questionsOf(tree: Root, lang: Lang, topic: string): NoteQuestion[] {
  const questions: NoteQuestion[] = [];
  visit(tree, 'element', (node) => {
    if (!isSnElement(node, SN.question) || typeof node.properties.id !== 'string') return;
    const answer = node.children.find((child) => isSnElement(child, SN.answer));
    const part = (children: Root['children']) => renderNoteBody({ type: 'root', children }, lang, topic);
    questions.push({
      id: node.properties.id,
      question: part(node.children.filter((child) => child !== answer)),
      answer: answer?.type === 'element' ? part(answer.children) : '',
    });
  });
  return questions;
}

export interface DemoMeta {
  title: Record<Lang, string>;
  /** SVG content on a 120 × 72 view box */
  preview: string;
}

/** Every registered demo's title and picture, from the meta.ts beside it (the demo itself is not loaded). */
export async function loadDemoMeta(): Promise<Map<string, DemoMeta>> {
  const entries = await Promise.all(demoIds.map(async (id) => [id, (await import(`../src/demos/${id}/meta.ts`)) as DemoMeta] as const));
  return new Map(entries);
}

async function loadDemoTitles(): Promise<Map<string, Record<Lang, string>>> {
  return new Map([...(await loadDemoMeta())].map(([id, meta]) => [id, meta.title]));
}

/** Gives each sn-demo its title, so the page shows it before the demo loads. */
function nameDemos(tree: Root, lang: Lang, titles: Map<string, Record<Lang, string>>): void {
  visit(tree, 'element', (node) => {
    if (isSnElement(node, SN.demo)) node.properties.dataTitle = titles.get(String(node.properties.dataId))?.[lang];
  });
}
