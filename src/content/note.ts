/**
 * One note, placed in the site: its key, language and id, every anchor it offers and every link it
 * makes. The summary is plain JSON that does not depend on any other note, so a build can compile
 * notes in parallel, cache them by content, and assemble the site from summaries alone.
 *
 * Links to other notes cannot be written before the site is known (the target's id comes from its
 * own frontmatter), so each internal link's href becomes a placeholder `sn-link:<n>` that
 * assembleSite resolves; `resolveLinkPlaceholders` fills them into rendered HTML.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { positionOf } from './diagnostics';
import { isSnElement, SN } from './elements';
import { basename, dirname, joinPath, orderPrefix, safeDecode, topicName, withoutOrderPrefix } from './paths';
import { compileNote, type CompileOptions } from './pipeline';
import { DEFAULT_LANG, LANGS, type Diagnostic, type Frontmatter, type Heading, type Lang, type SourcePosition, type TopicId } from './types';
import { pageFile, rootPrefix } from './urls';

export interface NoteSource {
  /** content-relative, posix separators */
  path: string;
  text: string;
}

export interface NoteOptions extends Omit<CompileOptions, 'strict' | 'resolveLocalImage'> {
  /** a local file exists (content-relative path); images and linked files are copied under media/ */
  fileExists?: (contentPath: string) => boolean;
  /** content notes (the default) fail on anything questionable; imported notes render what they can */
  strict?: boolean;
  /** the URL of a local file the note shows or links; default media/<path>, site-root-relative.
   * A URL with a scheme (an import's `sn-asset:<key>`) is used as is, never made page-relative. */
  fileUrl?: (contentPath: string) => string;
}

/** An internal link: to another note (`target` ends in .md), a local file, or an anchor on this page. */
export interface NoteLink extends SourcePosition {
  /** content-relative path of the target note or file; '' for an anchor on this page */
  target: string;
  /** the path as the author wrote it, for error messages */
  written: string;
  anchor?: string;
}

/** A place a link can land on, in document order: a heading, a figure or a demo (the table of contents lists them). */
export interface Place {
  id: string;
  kind: 'heading' | 'figure' | 'demo';
  /** a heading's level; a figure or demo sits one level below the heading it follows */
  depth: number;
  /** a heading's text; a figure's or demo's title, given by the build (the pipeline knows only ids) */
  text: string;
}

export interface NoteSummary {
  path: string;
  /** the path without language suffix and extension; a folder's index.md is keyed by the folder */
  key: string;
  lang: Lang;
  id: TopicId;
  order: number;
  title: string;
  summary?: string;
  headings: Heading[];
  /** headings, figures and demos in document order */
  places: Place[];
  demos: string[];
  diagrams: string[];
  /** every element id in the note: headings, figures, demos, footnotes */
  anchors: string[];
  /** links to other notes or to anchors, in placeholder order (sn-link:<index>) */
  links: NoteLink[];
  /** content-relative paths of local files the note shows or links (copied under media/) */
  media: string[];
  /** every file-existence question the compile asked, with its answer (a cache stays valid while they hold) */
  fileChecks: Record<string, boolean>;
  diagnostics: Diagnostic[];
  /** the class names its formulas' HTML uses (the build keeps only the KaTeX rules these need) */
  mathClasses?: string[];
  /** the characters its formulas show, each once (the build's KaTeX fonts keep only these glyphs) */
  mathChars?: string;
}

export const MEDIA_DIR = 'media';
export const LINK_PLACEHOLDER = 'sn-link:';
/** an absolute URL (or a scheme-relative one): not a path inside the content */
const HAS_SCHEME = /^([a-z][a-z0-9+.-]*:|\/\/)/i;
const LANG_SUFFIX = new RegExp(`\\.(${LANGS.join('|')})\\.md$`);

/** Compiles one note and places it: its summary, and its tree with link placeholders. */
export function prepareNote(source: NoteSource, options: NoteOptions): { summary: NoteSummary; tree: Root } {
  const fileChecks: Record<string, boolean> = {};
  const exists = (contentPath: string) => (fileChecks[contentPath] ??= !contentPath.startsWith('..') && (options.fileExists?.(contentPath) ?? false));
  const media = new Set<string>();
  const fileUrl = options.fileUrl ?? mediaUrl;
  const strict = options.strict ?? true;
  const { note, diagnostics } = compileNote(source.path, source.text, {
    ...options,
    strict,
    resolveLocalImage: (path) => (exists(path) ? (media.add(path), fileUrl(path)) : undefined),
  });
  const { key, lang, id } = placeOf(source.path, note.frontmatter);
  // a plain note often starts with its title as an h1, and exports use h1s for sections
  const { headings, dropped } = strict ? { headings: note.headings, dropped: undefined } : fitHeadings(note.tree, note.headings, note.title);
  const pagePrefix = rootPrefix(pageFile(lang, id));
  const prefix = (url: string) => (HAS_SCHEME.test(url) ? url : pagePrefix + url);

  // a link to the title heading still lands on the page
  const anchors: string[] = dropped ? [dropped] : [];
  const links: NoteLink[] = [];
  const places: Place[] = [];
  const headingById = new Map(headings.map((h) => [h.id, h]));
  let sectionDepth = 1;
  visit(note.tree, 'element', (node, index, parent) => {
    if (typeof node.properties.id === 'string') {
      const id = node.properties.id;
      anchors.push(id);
      const heading = /^h[1-6]$/.test(node.tagName) ? headingById.get(id) : undefined;
      if (heading) places.push({ id, kind: 'heading', depth: (sectionDepth = heading.depth), text: heading.text });
      else if (isSnElement(node, SN.diagram) || isSnElement(node, SN.demo)) {
        places.push({ id, kind: node.tagName === SN.demo ? 'demo' : 'figure', depth: sectionDepth + 1, text: '' });
      }
    }
    if (node.tagName === 'img' && node.properties.dataRootRelative) {
      node.properties.src = prefix(String(node.properties.src));
      delete node.properties.dataRootRelative;
    }
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
    const href = node.properties.href;
    if (HAS_SCHEME.test(href)) return;
    const [pathPart = '', hashPart] = href.split('#', 2);
    // the note's text is NFC; a percent-encoded anchor may still be decomposed
    const anchor = hashPart === undefined ? undefined : safeDecode(hashPart).normalize('NFC');
    if (!pathPart && !anchor) return;
    const target = pathPart ? joinPath(dirname(source.path), safeDecode(pathPart)) : '';
    if (target && !target.endsWith('.md')) {
      if (exists(target)) {
        media.add(target);
        node.properties.href = prefix(fileUrl(target)) + (hashPart === undefined ? '' : `#${hashPart}`);
        return;
      }
      // real exports lose attachments: a lenient note keeps the link's text and goes on
      diagnostics.push({ file: source.path, ...positionOf(node), message: `link to missing file "${pathPart}"`, ...(strict ? {} : { severity: 'warning' as const }) });
      if (!strict && parent && index !== undefined) {
        parent.children.splice(index, 1, ...node.children);
        return index;
      }
      return;
    }
    links.push({ target, written: pathPart, anchor, ...positionOf(node) });
    node.properties.href = `${LINK_PLACEHOLDER}${links.length - 1}`;
  });

  return {
    summary: {
      path: source.path,
      key,
      lang,
      id,
      order: note.frontmatter.order ?? orderPrefix(basename(key)) ?? Number.MAX_SAFE_INTEGER,
      title: note.title,
      summary: note.frontmatter.summary,
      headings,
      places,
      demos: note.demos,
      diagrams: note.diagrams,
      anchors,
      links,
      media: [...media].sort(),
      fileChecks,
      diagnostics,
    },
    tree: note.tree,
  };
}

/**
 * The page has one h1, the topic's title: a note's own title heading leaves the body, and its
 * other headings move down so that the highest is an h2 (a Notion page's sections are often h1s).
 */
function fitHeadings(tree: Root, headings: Heading[], title: string): { headings: Heading[]; dropped?: string } {
  const first = headings[0];
  const dropped = first?.depth === 1 && first.text.trim() === title.trim() ? first.id : undefined;
  const kept = headings.filter((heading) => heading.id !== dropped);
  const shift = Math.max(0, 2 - Math.min(6, ...kept.map((heading) => heading.depth)));
  if (!dropped && !shift) return { headings };
  visit(tree, 'element', (node, index, parent) => {
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (!depth) return;
    if (dropped && node.properties.id === dropped && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    node.tagName = `h${Math.min(6, Number(depth) + shift)}`;
  });
  return { headings: kept.map((heading) => ({ ...heading, depth: Math.min(6, heading.depth + shift) })), dropped };
}

/** A note's key, language and topic id, from its path and frontmatter. */
function placeOf(path: string, frontmatter: Frontmatter): Pick<NoteSummary, 'key' | 'lang' | 'id'> {
  const suffix = LANG_SUFFIX.exec(path);
  const lang = (suffix?.[1] as Lang | undefined) ?? frontmatter.lang ?? DEFAULT_LANG;
  const stem = path.replace(/(\.[a-z]{2})?\.md$/, '');
  const key = basename(stem) === 'index' ? dirname(stem) : stem;
  // a number before the name orders the note; it is not part of its id, so renumbering keeps URLs
  const id = frontmatter.id ?? withoutOrderPrefix(basename(key));
  return { key, lang, id };
}

/** The summary of a note the compiler failed on: its place in the site (links to it still resolve) and the one error. */
export function failedNote(source: NoteSource, error: unknown): NoteSummary {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return {
    path: source.path,
    ...placeOf(source.path, {}),
    order: orderPrefix(basename(source.path)) ?? Number.MAX_SAFE_INTEGER,
    title: topicName(source.path),
    headings: [],
    places: [],
    demos: [],
    diagrams: [],
    anchors: [],
    links: [],
    media: [],
    fileChecks: {},
    diagnostics: [{ file: source.path, line: 1, column: 1, message: `could not be compiled: ${message}` }],
  };
}

function mediaUrl(contentPath: string): string {
  return `${MEDIA_DIR}/${encodeURI(contentPath)}`;
}

/** Puts the resolved hrefs in place of a tree's link placeholders; an empty href (a lenient note's link to a missing page) leaves the link's text. */
export function applyLinkHrefs(tree: Root, hrefs: readonly string[]): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    const href = node.properties.href;
    if (node.tagName !== 'a' || typeof href !== 'string' || !href.startsWith(LINK_PLACEHOLDER)) return;
    const resolved = hrefs[Number(href.slice(LINK_PLACEHOLDER.length))] ?? '#';
    if (resolved || !parent || index === undefined) {
      node.properties.href = resolved || '#';
      return;
    }
    parent.children.splice(index, 1, ...node.children);
    return index;
  });
}

/** Puts the resolved hrefs in place of the link placeholders of a note rendered to HTML (an empty one leaves the link's text). */
export function resolveLinkPlaceholders(html: string, hrefs: readonly string[]): string {
  // a link holds no other link, so its end is the first </a> after it
  return html
    .replace(/<a [^>]*href="sn-link:(\d+)"[^>]*>([\s\S]*?)<\/a>/g, (link: string, index: string, text: string) => (hrefs[Number(index)] === '' ? text : link))
    .replace(/href="sn-link:(\d+)"/g, (_, index: string) => `href="${escapeAttribute(hrefs[Number(index)] ?? '#')}"`);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
