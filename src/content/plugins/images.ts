import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { report } from '../diagnostics';
import { SN, snElement } from '../elements';
import { joinPath, dirname, safeDecode } from '../paths';

export interface ImageOptions {
  /** the site-root-relative URL of a local image, or undefined when the file does not exist */
  resolveLocalImage: (contentPath: string) => string | undefined;
  /** a registered diagram that stands in for a lost image (e.g. the seed note's figures) */
  diagramForImage: (contentPath: string) => string | undefined;
  /** a missing local image is a content error (strict), else a warning and a placeholder (real exports lose attachments) */
  strict: boolean;
}

/**
 * Decides what every <img> becomes. Local files that exist stay images; a lost image becomes the
 * diagram registered for it, or a visible placeholder with its caption (never a broken-image icon);
 * remote images are not fetched (the site makes no request to other hosts) and become a placeholder
 * linking to the original.
 */
export const rehypeImages: Plugin<[ImageOptions], Root> = (options) => (tree, file) => {
  const notePath = file.path ?? '';
  visitParents(tree, 'element', (node, ancestors) => {
    const parent = ancestors.at(-1);
    const grandparent = ancestors.at(-2);
    if (node.tagName !== 'img' || !parent) return;
    const index = parent.children.indexOf(node);
    const src = typeof node.properties.src === 'string' ? node.properties.src : '';
    const alt = typeof node.properties.alt === 'string' ? node.properties.alt : '';
    if (/^data:image\//i.test(src)) return;

    let replacement: Element;
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) {
      replacement = placeholder(src, alt, 'remote');
    } else {
      const contentPath = joinPath(dirname(notePath), safeDecode(src.split(/[?#]/)[0] ?? ''));
      const url = src.startsWith('/') ? undefined : options.resolveLocalImage(contentPath);
      if (url) {
        // site-root-relative until the page's place is known (see compileSite)
        node.properties.src = url;
        node.properties.dataRootRelative = true;
        node.properties.loading = 'lazy';
        return;
      }
      const diagram = options.diagramForImage(contentPath);
      if (diagram) {
        replacement = snElement(SN.diagram, { dataId: diagram });
        (file.data.diagrams ??= []).push(diagram);
      } else {
        report(file, node, `missing image "${src}"`, options.strict ? undefined : 'warning');
        replacement = placeholder(src, alt, 'missing');
      }
    }
    replacement.position = node.position;

    // A figure is block content: lift it out of a paragraph it stands alone in, else keep it inline.
    const alone = parent.type === 'element' && parent.tagName === 'p' && parent.children.every((c) => c === node || isBlank(c));
    if (alone && grandparent) {
      grandparent.children[grandparent.children.indexOf(parent)] = replacement;
    } else {
      replacement.properties.dataInline = true;
      parent.children[index] = replacement;
    }
    return SKIP;
  });
};

function placeholder(src: string, alt: string, reason: 'remote' | 'missing'): Element {
  return snElement(SN.missingImage, { dataSrc: src, dataAlt: alt, dataReason: reason });
}

function isBlank(node: ElementContent): boolean {
  return (node.type === 'text' && !node.value.trim()) || (node.type === 'element' && node.tagName === 'br');
}

