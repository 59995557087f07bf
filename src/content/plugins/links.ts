import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { safeDecode } from '../paths';

const CLOBBER_PREFIX = 'user-content-';

/**
 * External links open in a new tab without handing over window.opener. In-page links whose target
 * id the sanitiser prefixed (footnotes, raw HTML anchors) are pointed at the prefixed id.
 */
export const rehypeLinks: Plugin<[], Root> = () => (tree) => {
  const ids = new Set<string>();
  visit(tree, 'element', (node) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
    const href = node.properties.href;
    if (/^https?:\/\//i.test(href)) {
      node.properties.target = '_blank';
      node.properties.rel = ['noopener', 'noreferrer'];
    } else if (href.startsWith('#')) {
      const target = safeDecode(href.slice(1));
      if (!ids.has(target) && ids.has(CLOBBER_PREFIX + target)) node.properties.href = `#${CLOBBER_PREFIX}${target}`;
    }
  });
};
