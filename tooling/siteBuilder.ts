/**
 * The build-time side of the content pipeline: reads content/ from disk, compiles the site, and
 * renders the registered diagrams into static SVG, so readers download no diagram code.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { compileSite, type NoteSource, type Site } from '../src/content/site';
import type { Lang } from '../src/content/types';
import { demoIds } from '../src/demos/registry';
import { diagramIds, diagramRegistry } from '../src/diagrams/registry';
import { renderDiagramSvg } from '../src/diagrams/renderDiagram';
import type { DiagramDefinition } from '../src/diagrams/types';

export const MEDIA_DIR = 'media';

export function loadSources(contentDir: string): NoteSource[] {
  const sources: NoteSource[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md') && name !== 'README.md') {
        sources.push({ path: relative(contentDir, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
      }
    }
  };
  if (existsSync(contentDir)) walk(contentDir);
  return sources;
}

export interface BuiltSite extends Site {
  /** content-relative paths of local files the pages show or link, to copy under media/ */
  media: string[];
}

export async function buildSite(contentDir: string): Promise<BuiltSite> {
  const media = new Set<string>();
  const isFile = (contentPath: string) => {
    const full = join(contentDir, contentPath);
    return !contentPath.startsWith('..') && existsSync(full) && statSync(full).isFile();
  };
  const site = compileSite(loadSources(contentDir), {
    demoIds,
    diagramIds,
    resolveLocalImage: (path) => (isFile(path) ? (media.add(path), `${MEDIA_DIR}/${encodeURI(path)}`) : undefined),
    fileExists: (path) => isFile(path) && (media.add(path), true),
  });
  const diagrams = await loadDiagrams(new Set(site.pages.flatMap((page) => page.diagrams)));
  for (const page of site.pages) inlineDiagrams(page.tree, page.lang, diagrams);
  return { ...site, media: [...media].sort() };
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
