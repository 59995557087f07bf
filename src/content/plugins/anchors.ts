import type { Element, Root, Text } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { report } from '../diagnostics';
import { SN } from '../elements';
import type { Heading } from '../types';
import { PAGE_IDS } from '../urls';

const EXPLICIT_ID = /\s*\{#([^\s{}]+)\}\s*$/;

/** Anchors of the placed components: figures, demos, and self-check questions (q-<hash of the question>). */
const FIGURE_PREFIX: Record<string, string> = { [SN.diagram]: 'fig-', [SN.demo]: 'demo-', [SN.question]: 'q-' };

/**
 * Gives every heading a stable id: an explicit `{#id}` wins; otherwise GitHub's slug of the text
 * (Unicode kept), made unique within the page. Explicit ids are reserved first, so adding an
 * explicit id never shifts another heading's slug. Fills file.data.headings.
 * Diagrams and demos get anchors too (fig-<name>, demo-<name>), so a link can point at a figure.
 */
export const rehypeAnchors: Plugin<[], Root> = () => (tree, file) => {
  const headings: { node: Element; depth: number; explicit?: string }[] = [];
  const figures: { node: Element; base: string }[] = [];
  visit(tree, 'element', (node) => {
    const prefix = FIGURE_PREFIX[node.tagName];
    if (prefix) figures.push({ node, base: prefix + String(node.properties.dataId || 'figure') });
    // GFM's footnote section labels itself with a heading; it is not part of the outline.
    if (node.tagName === 'section' && node.properties.dataFootnotes !== undefined) return SKIP;
    const depth = headingRank(node);
    if (!depth) return;
    headings.push({ node, depth, explicit: takeExplicitId(node) });
  });

  const taken = new Set<string>(PAGE_IDS);
  for (const heading of headings) {
    if (!heading.explicit) continue;
    if (PAGE_IDS.includes(heading.explicit)) {
      report(file, heading.node, `heading id "${heading.explicit}" is the page's own; choose another`);
      heading.explicit = undefined;
      continue;
    }
    if (taken.has(heading.explicit)) {
      // reported (an error in curated content); the page still gets unique ids
      report(file, heading.node, `duplicate heading id "${heading.explicit}"`);
      heading.explicit = undefined;
      continue;
    }
    taken.add(heading.explicit);
  }
  const slugger = new GithubSlugger();
  file.data.headings = headings.map(({ node, depth, explicit }) => {
    const text = toString(node).trim();
    let id = explicit;
    if (!id) {
      do id = slugger.slug(text) || 'section';
      while (taken.has(id));
      taken.add(id);
    }
    node.properties.id = id;
    return { id, depth, text } satisfies Heading;
  });
  for (const { node, base } of figures) {
    let id = base;
    for (let n = 1; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    node.properties.id = id;
  }
};

function takeExplicitId(heading: Element): string | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = EXPLICIT_ID.exec(last.value);
  if (!match) return undefined;
  (last as Text).value = last.value.slice(0, match.index);
  return match[1];
}

declare module 'vfile' {
  interface DataMap {
    headings: Heading[];
  }
}
