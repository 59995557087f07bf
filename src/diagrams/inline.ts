/**
 * Registered diagrams placed in a compiled note as static SVG. Browser-safe (no Node APIs): the
 * build uses it in its compile workers, and an import uses it in a Web Worker.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { isSnElement, SN } from '../content/elements';
import type { Lang } from '../content/types';
import { diagramIds, diagramRegistry } from './registry';
import { renderDiagramSvg } from './renderDiagram';
import type { DiagramDefinition } from './types';

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
    if (!isSnElement(node, SN.diagram)) return;
    const diagram = diagrams.get(String(node.properties.dataId));
    if (!diagram) return;
    node.properties.dataHtml = renderDiagramSvg(diagram, lang, instance++);
    node.properties.dataTitle = diagram.title[lang];
  });
}
