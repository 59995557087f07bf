/**
 * A compiled note cut into the pieces search returns: one per section (the text before the first
 * heading, then each heading with what follows it up to the next heading). Each carries its
 * heading, its text (paragraphs, lists, tables, figure captions, self-check questions) and its
 * formulas' TeX apart, so a formula's source is searchable without cluttering snippets.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { isSnElement, SN } from '../content/elements';

export interface NoteSection {
  /** the heading's id; '' for the text before the first heading */
  anchor: string;
  heading: string;
  text: string;
  tex: string;
}

const BLOCK = new Set(['p', 'li', 'td', 'th', 'figcaption', 'blockquote', 'pre', 'dt', 'dd', 'summary', SN.question, SN.answer, 'br', 'tr', 'div', 'section']);

export function noteSections(tree: Root): NoteSection[] {
  const sections: NoteSection[] = [];
  let current = { anchor: '', heading: '', text: [] as string[], tex: [] as string[] };
  const flush = () => {
    const text = current.text.join('').replace(/\s+/g, ' ').trim();
    if (current.anchor || text) sections.push({ anchor: current.anchor, heading: current.heading, text, tex: current.tex.join(' ').trim() });
  };
  const walk = (nodes: (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (node.type === 'text') current.text.push(node.value);
      if (node.type !== 'element') continue;
      if (/^h[1-6]$/.test(node.tagName) && typeof node.properties.id === 'string') {
        flush();
        current = { anchor: node.properties.id, heading: textOf(node), text: [], tex: [] };
        continue;
      }
      if (isSnElement(node, SN.math)) {
        // the source stays in the text too, so a snippet reads "N = 512" where the formula was
        const tex = String(node.properties.dataTex ?? '');
        current.tex.push(tex);
        current.text.push(` ${tex} `);
        continue;
      }
      if (isSnElement(node, SN.diagram) || isSnElement(node, SN.demo)) {
        if (typeof node.properties.dataTitle === 'string') current.text.push(` ${node.properties.dataTitle}. `);
        continue;
      }
      // footnote back-references and the like carry no words
      if (isSnElement(node, SN.missingImage)) continue;
      if (BLOCK.has(node.tagName)) current.text.push(' ');
      walk(node.children);
      if (BLOCK.has(node.tagName)) current.text.push(' ');
    }
  };
  walk(tree.children);
  flush();
  return sections;
}

function textOf(node: Element): string {
  let text = '';
  const walk = (nodes: ElementContent[]) => {
    for (const child of nodes) {
      if (child.type === 'text') text += child.value;
      else if (child.type === 'element') {
        if (isSnElement(child, SN.math)) text += String(child.properties.dataTex ?? '');
        else walk(child.children);
      }
    }
  };
  walk(node.children);
  return text.replace(/\s+/g, ' ').trim();
}
