import type { Root, RootContent, Text } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { report } from '../diagnostics';
import { SN, snDirective } from '../elements';

export interface DirectiveOptions {
  demoIds: readonly string[];
  diagramIds: readonly string[];
  /** report directives the reader does not know (content notes); imported notes keep them as text */
  strict: boolean;
}

type Directive = ContainerDirective | LeafDirective | TextDirective;

/**
 * The reader's component vocabulary in Markdown:
 *   ::demo{id="stft-window" …settings}   ::diagram{id="show-and-tell"}   :::question … --- … :::
 * Anything else written with directive syntax (e.g. "12:30" or "a:b" in prose) is put back as text.
 */
export const remarkReaderDirectives: Plugin<[DirectiveOptions], Root> = (options) => (tree, file) => {
  visit(tree, (node, index, parent) => {
    if (!isDirective(node) || !parent || index === undefined) return;
    if (node.data?.hName === SN.answer) return;
    if (node.type === 'leafDirective' && (node.name === 'demo' || node.name === 'diagram')) {
      placeComponent(node, file, options);
      return SKIP;
    }
    if (node.type === 'containerDirective' && node.name === 'question') {
      splitQuestion(node, file);
      return;
    }
    if (options.strict && node.type !== 'textDirective') {
      report(file, node, `unknown directive "${node.name}" (known: ::demo, ::diagram, :::question)`);
    }
    parent.children.splice(index, 1, ...restore(node, file));
    return index;
  });
};

function isDirective(node: { type: string }): node is Directive {
  return node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective';
}

function placeComponent(node: LeafDirective, file: VFile, { demoIds, diagramIds }: DirectiveOptions) {
  const kind = node.name as 'demo' | 'diagram';
  const known = kind === 'demo' ? demoIds : diagramIds;
  const { id, ...settings } = node.attributes ?? {};
  if (!id) report(file, node, `::${kind} needs an id, e.g. ::${kind}{id="${known[0] ?? 'name'}"}`);
  else if (!known.includes(id)) report(file, node, `unknown ${kind} "${id}" (known: ${known.join(', ')})`);
  const list = (file.data[kind === 'demo' ? 'demos' : 'diagrams'] ??= []);
  if (id) list.push(id);
  node.children = [];
  node.data = kind === 'demo' ? snDirective(SN.demo, { dataId: id ?? '', dataSettings: JSON.stringify(settings) }) : snDirective(SN.diagram, { dataId: id ?? '' });
}

/** A short, stable name for a text: FNV-1a, base 36. */
function textHash(text: string): string {
  let hash = 2166136261;
  for (const char of text.normalize('NFC').replace(/\s+/g, ' ').trim()) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619);
  return (hash >>> 0).toString(36);
}

/** Question before the first thematic break, answer after it. */
function splitQuestion(node: ContainerDirective, file: VFile) {
  const breakAt = node.children.findIndex((child) => child.type === 'thematicBreak');
  // a question keeps its id while its wording stays the same, wherever it moves (review cards use it)
  node.data = snDirective(SN.question, { dataId: textHash(toString(node.children.slice(0, breakAt < 0 ? undefined : breakAt))) });
  if (breakAt < 0) {
    report(file, node, 'a :::question needs a --- line between the question and its answer');
    return;
  }
  const answer: ContainerDirective = {
    type: 'containerDirective',
    name: 'answer',
    attributes: {},
    children: node.children.slice(breakAt + 1),
    data: { hName: SN.answer },
  };
  node.children = [...node.children.slice(0, breakAt), answer];
}

/** The directive as the author typed it: its source text, keeping parsed children of containers. */
function restore(node: Directive, file: VFile): RootContent[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const source = start !== undefined && end !== undefined ? String(file.value).slice(start, end) : `:${node.name}`;
  const text = (value: string): Text => ({ type: 'text', value });
  if (node.type === 'textDirective') return [text(source)];
  if (node.type === 'leafDirective') return [{ type: 'paragraph', children: [text(source)] }];
  const firstLine = source.split('\n')[0] ?? '';
  return [{ type: 'paragraph', children: [text(firstLine)] }, ...(node.children as RootContent[])];
}

declare module 'vfile' {
  interface DataMap {
    demos: string[];
    diagrams: string[];
  }
}

