/**
 * The seed note (a Notion export) lost its 36 figures; each is referenced as
 * `<export folder>/Untitled N.png`. Diagrams name the seed images they stand in for, so an import
 * of the seed shows the diagram where the lost image was.
 */
import { basename, dirname } from '../content/paths';
import type { DiagramDefinition } from './types';

export const SEED_EXPORT_FOLDER = 'Day 35 Multi-modal learning 3D understanding e052c2133c124b0997f39549fc02b26a';

/** A `diagramForImage` for the pipeline: only images inside the seed's export folder are matched. */
export function seedFigureLookup(diagrams: Iterable<DiagramDefinition>): (contentPath: string) => string | undefined {
  const byImage = new Map<string, string>();
  for (const diagram of diagrams) for (const image of diagram.seedImages ?? []) byImage.set(image, diagram.id);
  return (contentPath) => (basename(dirname(contentPath)) === SEED_EXPORT_FOLDER ? byImage.get(basename(contentPath)) : undefined);
}
