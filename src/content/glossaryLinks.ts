/**
 * Links each glossary term's first use on a page to the lecture's glossary page. Only running
 * text is linked: not headings, links, code, formulas, figures or demos.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { SN } from './elements';
import type { GlossaryEntry } from './glossary';

const SKIP = new Set<string>(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', SN.math, SN.mathError, SN.diagram, SN.demo, SN.missingImage, 'figcaption']);

const PARTICLE = '(?:으로|에서|에게|까지|부터|처럼|보다|이다|을|를|이|가|은|는|의|에|로|와|과|도|만)(?![\\p{L}])';

/** The glossary page of a lecture folder: a dot keeps it apart from every topic id. */
export function glossaryPageId(folder: string): string {
  return `glossary.${folder.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'lecture'}`;
}

export function termAnchor(entry: GlossaryEntry): string {
  return `term-${entry.en.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/** Word-bounded, case-insensitive; a Korean particle may follow a term ("창을", "spectrogram이"). */
function patternOf(entry: GlossaryEntry): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const english = `(?<![\\p{L}\\p{N}])${escape(entry.en)}(?![\\p{Script=Latin}\\p{N}])`;
  // after a Korean name only a particle may follow, or nothing: "창을" but not "창문"
  const korean = entry.ko.map((name) => `(?<![\\p{L}\\p{N}])${escape(name)}(?=${PARTICLE}|[^\\p{L}\\p{N}]|$)`);
  return new RegExp([english, ...korean].join('|'), 'iu');
}

/** Wraps the first use of each term in a link to `glossaryHref#term-…`; returns how many were linked. */
export function linkGlossaryTerms(tree: Root, entries: readonly GlossaryEntry[], glossaryHref: string): number {
  const pending = new Map(entries.map((entry) => [entry, patternOf(entry)]));
  let linked = 0;
  const walk = (parent: Root | Element) => {
    for (let i = 0; i < parent.children.length && pending.size; i++) {
      const child = parent.children[i]!;
      if (child.type === 'element') {
        if (!SKIP.has(child.tagName)) walk(child);
        continue;
      }
      if (child.type !== 'text') continue;
      // the earliest term in this text
      let best: { entry: GlossaryEntry; index: number; length: number } | undefined;
      for (const [entry, pattern] of pending) {
        const match = pattern.exec(child.value);
        if (match && (!best || match.index < best.index)) best = { entry, index: match.index, length: match[0].length };
      }
      if (!best) continue;
      pending.delete(best.entry);
      linked++;
      const { value } = child;
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: { href: `${glossaryHref}#${termAnchor(best.entry)}`, className: ['term'] },
        children: [{ type: 'text', value: value.slice(best.index, best.index + best.length) }],
      };
      const parts: ElementContent[] = [];
      if (best.index > 0) parts.push({ type: 'text', value: value.slice(0, best.index) } satisfies Text);
      parts.push(link);
      if (best.index + best.length < value.length) parts.push({ type: 'text', value: value.slice(best.index + best.length) } satisfies Text);
      parent.children.splice(i, 1, ...(parts as typeof parent.children));
      // continue after the link, in the rest of the same text
      i += parts.length - 2;
    }
  };
  walk(tree);
  return linked;
}
