import type { ReactElement } from 'react';

export type Lang = 'ko' | 'en';

/** A figure drawn by us as SVG. Rendered to static markup at build time; readers download no diagram code. */
export interface DiagramDefinition {
  /** kebab-case, equals the file name under src/diagrams/ */
  id: string;
  /** SVG user units; the figure scales to the column width keeping this aspect ratio */
  width: number;
  height: number;
  /** short caption, per language */
  title: Record<Lang, string>;
  /** text alternative: what the figure shows, in one to three sentences, per language */
  description: Record<Lang, string>;
  /** the lost images of the seed note this diagram stands in for, e.g. ['Untitled 7.png'] */
  seedImages?: readonly string[];
  /** the SVG content (no outer <svg>): shapes and labels in the given language */
  render: (lang: Lang) => ReactElement;
}

export function defineDiagram(definition: DiagramDefinition): DiagramDefinition {
  return definition;
}
