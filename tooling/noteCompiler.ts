/**
 * One note compiled for the build: the pure pipeline, the registered diagrams as static SVG, and
 * the note rendered to HTML. Runs in the compile workers (and in-process for a single edit).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { prepareNote, type NoteSource, type NoteSummary } from '../src/content/note';
import type { Lang } from '../src/content/types';
import { demoIds } from '../src/demos/registry';
import { diagramIds, diagramRegistry } from '../src/diagrams/registry';
import { renderDiagramSvg } from '../src/diagrams/renderDiagram';
import type { DiagramDefinition } from '../src/diagrams/types';
import { renderNoteBody } from '../src/ui/renderNoteBody';

export interface CompiledForBuild {
  summary: NoteSummary;
  /** the note's body as HTML, its links to other notes still placeholders */
  html: string;
}

export type NoteCompiler = (source: NoteSource) => CompiledForBuild;

/** A compiler for notes under `contentDir`, with every registered diagram loaded once. */
export async function createNoteCompiler(contentDir: string): Promise<NoteCompiler> {
  const diagrams = await loadDiagrams();
  const fileExists = (contentPath: string) => {
    const full = join(contentDir, contentPath);
    return existsSync(full) && statSync(full).isFile();
  };
  return (source) => {
    const { summary, tree } = prepareNote(source, { demoIds, diagramIds, fileExists });
    inlineDiagrams(tree, summary.lang, diagrams);
    return { summary, html: renderNoteBody(tree, summary.lang, summary.id) };
  };
}

/** Loads the given registered diagrams (all of them by default). */
export async function loadDiagrams(ids: Iterable<string> = diagramIds): Promise<Map<string, DiagramDefinition>> {
  const known = [...ids].filter((id) => id in diagramRegistry);
  const entries = await Promise.all(known.map(async (id) => [id, (await diagramRegistry[id]!()).default] as const));
  return new Map(entries);
}

/** Puts each sn-diagram's SVG and caption on the element; unknown ids were reported by the pipeline. */
export function inlineDiagrams(tree: Root, lang: Lang, diagrams: Map<string, DiagramDefinition>): void {
  let instance = 0;
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'sn-diagram') return;
    const diagram = diagrams.get(String(node.properties.dataId));
    if (!diagram) return;
    node.properties.dataHtml = renderDiagramSvg(diagram, lang, instance++);
    node.properties.dataTitle = diagram.title[lang];
  });
}
