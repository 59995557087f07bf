/** One fuzz case through the pipeline as the build and an import run it: compile, draw, render. */
import { prepareNote } from '../../../src/content/note';
import { demoIds } from '../../../src/demos/registry';
import { inlineDiagrams } from '../../../src/diagrams/inline';
import { diagramIds } from '../../../src/diagrams/registry';
import type { DiagramDefinition } from '../../../src/diagrams/types';
import { renderNoteBody } from '../../../src/ui/renderNoteBody';

export interface CaseResult {
  ms: number;
  /** what is wrong with the case; empty when it held */
  failures: string[];
}

function compile(path: string, text: string, strict: boolean, diagrams: Map<string, DiagramDefinition>) {
  const { summary, tree } = prepareNote({ path, text }, { demoIds, diagramIds, strict, fileExists: () => false });
  inlineDiagrams(tree, summary.lang, diagrams);
  renderNoteBody(tree, summary.lang, summary.id);
  return summary;
}

export function runCase(path: string, text: string, diagrams: Map<string, DiagramDefinition>): CaseResult {
  const failures: string[] = [];
  let ms = 0;
  for (const strict of [true, false]) {
    try {
      const start = performance.now();
      const first = compile(path, text, strict, diagrams);
      ms = Math.max(ms, performance.now() - start);
      const anchors = first.anchors;
      if (new Set(anchors).size !== anchors.length) failures.push(`${strict ? 'strict' : 'lenient'}: duplicate ids ${anchors.filter((a, i) => anchors.indexOf(a) !== i).join(', ')}`);
      if (anchors.some((a) => a !== a.normalize('NFC'))) failures.push(`${strict ? 'strict' : 'lenient'}: an id not in NFC`);
      const again = compile(path, text, strict, diagrams).anchors;
      if (again.join('\n') !== anchors.join('\n')) failures.push(`${strict ? 'strict' : 'lenient'}: ids differ between two compiles`);
    } catch (error) {
      failures.push(`${strict ? 'strict' : 'lenient'}: threw ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 3).join(' / ') : String(error)}`);
    }
  }
  // a document's time: its slower compile (strict or lenient), drawing and rendering included
  return { ms, failures };
}
