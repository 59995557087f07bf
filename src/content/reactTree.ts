/**
 * The compiled note as React renders it: a compact JSON tree whose element props already carry
 * React's names (also small enough to hand from a worker or store for an imported note).
 *   "text"  |  [tagName, props | null, ...children]
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { find, html } from 'property-information';

export type NoteNode = string | NoteElement;
export type NoteElement = [tagName: string, props: NoteProps | null, ...children: NoteNode[]];
export type NoteProps = Record<string, string | number | boolean>;

/** Elements whose whitespace-only text children React rejects during hydration. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup']);

export function toNoteTree(root: Root): NoteNode[] {
  const convertChildren = (children: (ElementContent | RootContent)[], inTable: boolean): NoteNode[] => {
    const out: NoteNode[] = [];
    for (const child of children) {
      if (child.type === 'text') {
        if (inTable && !child.value.trim()) continue;
        const previous = out.at(-1);
        if (typeof previous === 'string') out[out.length - 1] = previous + child.value;
        else out.push(child.value);
      } else if (child.type === 'element') {
        out.push(convertElement(child));
      }
      // comments and doctypes carry nothing a reader sees
    }
    return out;
  };
  const convertElement = (node: Element): NoteElement => {
    return [node.tagName, convertProps(node.properties), ...convertChildren(node.children, TABLE_PARTS.has(node.tagName))];
  };
  return convertChildren(root.children, false);
}

function convertProps(properties: Element['properties']): NoteProps | null {
  let props: NoteProps | null = null;
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue;
    const info = find(html, key);
    const name = info.attribute.startsWith('data-') || info.attribute.startsWith('aria-') ? info.attribute : key === 'xLinkHref' ? 'xlinkHref' : key;
    (props ??= {})[name] = Array.isArray(value) ? value.join(info.commaSeparated ? ',' : ' ') : value;
  }
  return props;
}
