/**
 * The URL scheme. Every page is a real .html file and every link between pages is relative, so the
 * same build works from disk (file://), at a server's root and under any sub-path:
 *   index.html, <topic-id>.html            pages in the default language (Korean)
 *   en/index.html, en/<topic-id>.html      pages in English
 *   my-lectures.html?lecture=<id>&topic=<id>   a topic of a lecture the reader imported (on this device)
 *   <page>#<heading-id>                    a section, figure (fig-…) or demo (demo-…) on a page
 */
import { DEFAULT_LANG, type Lang, type TopicId } from './types';

/** Pages the site makes itself: no topic may take their names. */
export const REVIEW_PAGE = 'review';
/** the reader's own imported lectures: the list, and each imported topic at ?lecture=…&topic=… */
export const MY_LECTURES_PAGE = 'my-lectures';
/** The page that prints a whole lecture (a dot: no note id has one). */
export const printPageId = (lecture: string) => `print.${lecture}`;

export const RESERVED_IDS: readonly string[] = ['index', '404', REVIEW_PAGE, MY_LECTURES_PAGE];
/** Element ids of the page around a note: a note's anchors never take them (a heading "Main" becomes main-1). */
export const PAGE_IDS: readonly string[] = ['top', 'main', 'sidebar', 'help-title', 'import-title', 'imported-title'];

/** The site-root-relative file of a page; `undefined` id means the home page. */
export function pageFile(lang: Lang, id?: TopicId): string {
  const name = id === undefined ? 'index.html' : `${id}.html`;
  return lang === DEFAULT_LANG ? name : `${lang}/${name}`;
}

/** '' at the root, '../' one folder down: prefix for site-root-relative URLs on this page. */
export function rootPrefix(fromFile: string): string {
  return '../'.repeat(fromFile.split('/').length - 1);
}

/** A relative URL from one site file to another (both site-root-relative). */
export function relativeUrl(fromFile: string, toFile: string, hash?: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const path = '../'.repeat(from.length - common) + to.slice(common).join('/');
  return hash ? `${path}#${encodeHash(hash)}` : path;
}

/** Heading ids may be Korean: percent-encode what a URL fragment cannot carry, keep the rest. */
export function encodeHash(id: string): string {
  return encodeURIComponent(id).replace(/%2D/gi, '-');
}
