/**
 * Names and the lecture's tree. Notion exports name every page and folder after the page's title
 * plus a 32-hex id (`Page title 0123…cdef.md`, `Page title 0123…cdef/`) and put a page's
 * sub-pages in the folder beside it; links and image paths are written with the ids. The reader
 * sees names without ids; the paths with ids stay the keys, so what the export wrote resolves.
 */
import GithubSlugger, { slug } from 'github-slugger';
import { basename, dirname } from '../content/paths';

/** ` 0123…cdef` before a segment's extension (or at its end, for a folder) */
const NOTION_ID = / [0-9a-f]{32}(?=(\.[^./]*)?$)/;
/** the folder or zip Notion wraps an export in: `Export-<uuid>`, `Export-<uuid>-Part-1` */
const EXPORT_WRAPPER = /^Export-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}(-Part-\d+)?$/i;
const MARKDOWN = /\.(md|markdown)$/i;
const INDEX_NAMES = ['index.md', 'index.markdown', 'readme.md', 'readme.markdown'];

/** A path without Notion's ids and export wrapper folders: what the reader and the report show. */
export function cleanPath(path: string): string {
  return path
    .split('/')
    .filter((part) => !EXPORT_WRAPPER.test(part))
    .map((part) => part.replace(NOTION_ID, ''))
    .join('/');
}

/** The source's name as a person would call it: no folders, extension, Notion ids or export wrapper. */
export function cleanSourceName(source: string): string {
  const name = basename(source.replace(/\\/g, '/').replace(/\/+$/, '')).normalize('NFC');
  const stem = name.replace(/\.(zip|md|markdown)$/i, '');
  return EXPORT_WRAPPER.test(stem) ? '' : stem.replace(NOTION_ID, '').trim();
}

/** A lower-case slug (Hangul kept); never empty. */
function slugOf(text: string): string {
  return slug(text) || 'topic';
}

/** The lecture's id: stable for the same source name; from the title when the name is only Notion's wrapper. */
export function lectureIdOf(source: string, title: string): string {
  return slugOf(cleanSourceName(source) || title);
}

/** A note's place in the lecture, in reading order. */
export interface LecturePage {
  /** the note's path in the import, Notion ids kept (its links and images are written against it) */
  path: string;
  /** the path without Notion ids */
  file: string;
  /** unique within the lecture */
  id: string;
  /** the id of the page it sits under */
  parent?: string;
}

const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Segment by segment, numbers by value: "Week 2" before "Week 10", a folder's notes together. */
function comparePaths(a: string, b: string): number {
  const as = cleanPath(a).replace(MARKDOWN, '').split('/');
  const bs = cleanPath(b).replace(MARKDOWN, '').split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const order = natural.compare(as[i]!, bs[i]!);
    if (order) return order;
  }
  return as.length - bs.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The page a folder's notes sit under: the page beside the folder (Notion: `A.md` and `A/`),
 * else the folder's own index.md or README.md.
 */
function folderPages(paths: readonly string[]): (folder: string) => string[] {
  const byStem = new Map<string, string>();
  const byCleanStem = new Map<string, string>();
  const indexOf = new Map<string, string>();
  for (const path of paths) {
    const stem = path.replace(MARKDOWN, '');
    byStem.set(stem, path);
    if (!byCleanStem.has(cleanPath(stem))) byCleanStem.set(cleanPath(stem), path);
    const rank = INDEX_NAMES.indexOf(basename(path).toLowerCase());
    const current = indexOf.get(dirname(path));
    if (rank >= 0 && (current === undefined || rank < INDEX_NAMES.indexOf(basename(current).toLowerCase()))) indexOf.set(dirname(path), path);
  }
  return (folder) => [byStem.get(folder) ?? byCleanStem.get(cleanPath(folder)), indexOf.get(folder)].filter((p): p is string => !!p);
}

/** The parent of every note that has one: the nearest folder above it with a page (flat when none has). */
function parentsOf(paths: readonly string[]): Map<string, string> {
  const pagesOf = folderPages(paths);
  const parents = new Map<string, string>();
  for (const path of paths) {
    for (let folder = dirname(path); folder; folder = dirname(folder)) {
      const page = pagesOf(folder).find((candidate) => candidate !== path);
      if (page) {
        parents.set(path, page);
        break;
      }
    }
  }
  return parents;
}

/** A note's name without Notion's id: the file's, or its folder's for an index or README (ids and fallback titles). */
export function pageName(path: string): string {
  const clean = cleanPath(path);
  const isIndex = INDEX_NAMES.includes(basename(path).toLowerCase()) && dirname(clean);
  return basename(isIndex ? dirname(clean) : clean).replace(MARKDOWN, '');
}

/** The lecture's pages in reading order (a parent before its children, siblings by name), with ids. */
export function planLecture(paths: readonly string[]): LecturePage[] {
  const parents = parentsOf(paths);
  const children = new Map<string | undefined, string[]>();
  for (const path of paths) {
    const parent = parents.get(path);
    children.set(parent, [...(children.get(parent) ?? []), path]);
  }
  for (const list of children.values()) list.sort(comparePaths);

  const slugger = new GithubSlugger();
  const idOf = new Map<string, string>();
  const pages: LecturePage[] = [];
  const visit = (path: string) => {
    if (idOf.has(path)) return;
    const id = slugger.slug(slugOf(pageName(path)));
    idOf.set(path, id);
    const parent = idOf.get(parents.get(path) ?? '');
    pages.push({ path, file: cleanPath(path), id, ...(parent ? { parent } : {}) });
    for (const child of children.get(path) ?? []) visit(child);
  };
  for (const root of children.get(undefined) ?? []) visit(root);
  // parents always sit in a folder above (no loops), so every note was reached; this is only a guard
  for (const path of [...paths].sort(comparePaths)) visit(path);
  return pages;
}

/** Finds an imported page by a path as a link wrote it: exactly, or without Notion ids. */
export function pageFinder(pages: readonly LecturePage[]): (path: string) => LecturePage | undefined {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const byFile = new Map<string, LecturePage>();
  for (const page of pages) if (!byFile.has(page.file)) byFile.set(page.file, page);
  return (path) => {
    const nfc = path.normalize('NFC');
    return byPath.get(nfc) ?? byFile.get(cleanPath(nfc));
  };
}
