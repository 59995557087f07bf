/**
 * All notes → one site: topic tree per language, pages with resolved links, and every content
 * error. Pure (no file system): the caller hands in the sources and says which local files exist.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { positionOf } from './diagnostics';
import { basename, dirname, joinPath, safeDecode } from './paths';
import { compileNote, type CompileOptions } from './pipeline';
import { DEFAULT_LANG, LANGS, type CompiledNote, type Diagnostic, type Lang, type TopicId, type TopicNode } from './types';
import { pageFile, relativeUrl, rootPrefix } from './urls';

export interface NoteSource {
  /** content-relative, posix separators */
  path: string;
  text: string;
}

export interface SiteOptions extends Omit<CompileOptions, 'strict'> {
  /** a local, non-image file linked from a note exists (content-relative path) */
  fileExists?: (contentPath: string) => boolean;
}

/** A page as the reader receives it. */
export interface Page {
  id: TopicId;
  lang: Lang;
  /** site-root-relative file, e.g. en/stft.html */
  file: string;
  source: string;
  title: string;
  summary?: string;
  headings: CompiledNote['headings'];
  tree: Root;
  demos: string[];
  diagrams: string[];
  /** ancestors from the lecture down to the parent */
  breadcrumbs: { id: TopicId; title: string }[];
  prev?: { id: TopicId; title: string };
  next?: { id: TopicId; title: string };
  /** languages this page exists in */
  langs: Lang[];
}

export interface Site {
  langs: Lang[];
  /** lectures (top-level topics) per language */
  trees: Partial<Record<Lang, TopicNode[]>>;
  pages: Page[];
  diagnostics: Diagnostic[];
}

interface Entry {
  /** path without language suffix and extension; a folder's index.md is keyed by the folder */
  key: string;
  lang: Lang;
  note: CompiledNote;
  id: TopicId;
  order: number;
}

const LANG_SUFFIX = new RegExp(`\\.(${LANGS.join('|')})\\.md$`);

export function compileSite(sources: readonly NoteSource[], options: SiteOptions): Site {
  const diagnostics: Diagnostic[] = [];
  const entries: Entry[] = [];
  for (const source of [...sources].sort((a, b) => a.path.localeCompare(b.path))) {
    const result = compileNote(source.path, source.text, { ...options, strict: true });
    diagnostics.push(...result.diagnostics);
    const suffix = LANG_SUFFIX.exec(source.path);
    const lang = (suffix?.[1] as Lang | undefined) ?? result.note.frontmatter.lang ?? DEFAULT_LANG;
    const stem = source.path.replace(/(\.[a-z]{2})?\.md$/, '');
    const key = basename(stem) === 'index' ? dirname(stem) : stem;
    const id = result.note.frontmatter.id ?? basename(key);
    entries.push({ key, lang, note: result.note, id, order: result.note.frontmatter.order ?? Number.MAX_SAFE_INTEGER });
  }

  checkIds(entries, diagnostics);
  checkLanguageParity(entries, diagnostics);

  const byKey = new Map<string, Map<Lang, Entry>>();
  for (const entry of entries) {
    if (!byKey.has(entry.key)) byKey.set(entry.key, new Map());
    byKey.get(entry.key)!.set(entry.lang, entry);
  }
  const langs = LANGS.filter((lang) => entries.some((e) => e.lang === lang));
  const trees: Site['trees'] = {};
  const pages: Page[] = [];
  for (const lang of langs) {
    const inLang = entries.filter((e) => e.lang === lang);
    const { roots, parentOf, childrenOf } = buildTree(inLang, diagnostics);
    trees[lang] = roots.map(function toNode(entry): TopicNode {
      return {
        id: entry.id,
        title: entry.note.title,
        sections: entry.note.headings.filter((h) => h.depth === 2).map(({ id, text }) => ({ id, text })),
        children: (childrenOf.get(entry) ?? []).map(toNode),
      };
    });
    const reading: Entry[] = [];
    const walk = (list: Entry[]) => list.forEach((e) => (reading.push(e), walk(childrenOf.get(e) ?? [])));
    walk(roots);
    reading.forEach((entry, i) => {
      const breadcrumbs: Page['breadcrumbs'] = [];
      for (let p = parentOf.get(entry); p; p = parentOf.get(p)) breadcrumbs.unshift({ id: p.id, title: p.note.title });
      const link = (e: Entry | undefined) => (e ? { id: e.id, title: e.note.title } : undefined);
      pages.push({
        id: entry.id,
        lang,
        file: pageFile(lang, entry.id),
        source: entry.note.path,
        title: entry.note.title,
        summary: entry.note.frontmatter.summary,
        headings: entry.note.headings,
        tree: entry.note.tree,
        demos: entry.note.demos,
        diagrams: entry.note.diagrams,
        breadcrumbs,
        prev: link(reading[i - 1]),
        next: link(reading[i + 1]),
        langs: LANGS.filter((l) => byKey.get(entry.key)?.has(l)),
      });
    });
  }

  resolveLinks(pages, entries, options, diagnostics);
  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { langs, trees, pages, diagnostics };
}

function checkIds(entries: Entry[], diagnostics: Diagnostic[]) {
  const seen = new Map<string, Entry>();
  for (const entry of entries) {
    const key = `${entry.lang}:${entry.id}`;
    const other = seen.get(key);
    if (other) {
      diagnostics.push({
        file: entry.note.path,
        line: 1,
        column: 1,
        message: `duplicate topic id "${entry.id}" (also ${other.note.path}); set a unique id in the frontmatter`,
      });
    } else seen.set(key, entry);
  }
}

/** Where a lecture has pages in a second language, every page and heading exists in both. */
function checkLanguageParity(entries: Entry[], diagnostics: Diagnostic[]) {
  const lectureOf = (key: string) => key.split('/')[0] ?? key;
  const lecturesByLang = new Map<string, Set<Lang>>();
  for (const e of entries) {
    const set = lecturesByLang.get(lectureOf(e.key)) ?? new Set<Lang>();
    set.add(e.lang);
    lecturesByLang.set(lectureOf(e.key), set);
  }
  const byKey = new Map<string, Entry[]>();
  for (const e of entries) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
  for (const [key, versions] of byKey) {
    const expected = lecturesByLang.get(lectureOf(key)) ?? new Set<Lang>();
    const present = versions.map((v) => v.lang);
    const first = versions[0]!;
    for (const lang of expected) {
      if (!present.includes(lang)) {
        const path = lang === DEFAULT_LANG ? `${key}.md` : `${first.note.path.replace(LANG_SUFFIX, '.md').replace(/\.md$/, '')}.${lang}.md`;
        diagnostics.push({ file: first.note.path, line: 1, column: 1, message: `page has no ${lang} version (expected ${path})` });
      }
    }
    for (const version of versions) {
      for (const other of versions) {
        if (other === version) continue;
        if (other.id !== version.id) {
          diagnostics.push({ file: other.note.path, line: 1, column: 1, message: `topic id "${other.id}" differs from "${version.id}" in ${version.note.path}` });
          continue;
        }
        const ids = new Set(other.note.headings.map((h) => h.id));
        for (const heading of version.note.headings) {
          if (!ids.has(heading.id)) {
            diagnostics.push({
              file: other.note.path,
              line: 1,
              column: 1,
              message: `heading id "${heading.id}" of ${version.note.path} is missing here (${other.lang})`,
            });
          }
        }
      }
    }
  }
}

function buildTree(entries: Entry[], diagnostics: Diagnostic[]) {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const parentOf = new Map<Entry, Entry>();
  const childrenOf = new Map<Entry, Entry[]>();
  const roots: Entry[] = [];
  for (const entry of entries) {
    const folder = dirname(entry.key);
    const parent = folder ? byKey.get(folder) : undefined;
    if (folder && !parent) {
      diagnostics.push({ file: entry.note.path, line: 1, column: 1, message: `folder "${folder}" has no index.md (its page in the topic tree)` });
    }
    if (parent) {
      parentOf.set(entry, parent);
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), entry]);
    } else roots.push(entry);
  }
  const byOrder = (a: Entry, b: Entry) => a.order - b.order || a.note.title.localeCompare(b.note.title);
  roots.sort(byOrder);
  for (const list of childrenOf.values()) list.sort(byOrder);
  return { roots, parentOf, childrenOf };
}

/**
 * Links written as relative paths to .md files become relative URLs of the target page in the
 * same language; links to missing pages, anchors or files are content errors.
 */
function resolveLinks(pages: Page[], entries: Entry[], options: SiteOptions, diagnostics: Diagnostic[]) {
  const keyOfSource = new Map(entries.map((e) => [e.note.path, e.key]));
  const pageByKeyLang = new Map<string, Page>();
  const entryOfPage = new Map<Page, Entry>();
  for (const page of pages) {
    const entry = entries.find((e) => e.note.path === page.source)!;
    entryOfPage.set(page, entry);
    pageByKeyLang.set(`${page.lang}:${entry.key}`, page);
  }
  const anchorsOf = new Map<Page, Set<string>>();
  const anchors = (page: Page) => {
    let set = anchorsOf.get(page);
    if (!set) {
      set = new Set();
      visit(page.tree, 'element', (node) => {
        if (typeof node.properties.id === 'string') set!.add(node.properties.id);
      });
      anchorsOf.set(page, set);
    }
    return set;
  };

  for (const page of pages) {
    const fail = (node: Element, message: string) => diagnostics.push({ file: page.source, ...positionOf(node), message });
    visit(page.tree, 'element', (node) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const href = node.properties.href;
      if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return;
      const [pathPart = '', hashPart] = href.split('#', 2);
      const anchor = hashPart === undefined ? undefined : safeDecode(hashPart);
      if (!pathPart) {
        if (anchor && !anchors(page).has(anchor)) fail(node, `link to missing anchor "#${anchor}" on this page`);
        return;
      }
      const target = joinPath(dirname(page.source), safeDecode(pathPart));
      if (!target.endsWith('.md')) {
        if (!options.fileExists?.(target)) fail(node, `link to missing file "${pathPart}"`);
        return;
      }
      const key = keyOfSource.get(target) ?? keyOfSource.get(target.replace(/\.md$/, `.${page.lang}.md`));
      const targetPage = key === undefined ? undefined : pageByKeyLang.get(`${page.lang}:${key}`);
      if (!targetPage) {
        fail(node, `link to missing page "${pathPart}"`);
        return;
      }
      if (anchor && !anchors(targetPage).has(anchor)) {
        fail(node, `link to missing anchor "#${anchor}" in ${targetPage.source}`);
      }
      node.properties.href = relativeUrl(page.file, targetPage.file, anchor);
    });
    visit(page.tree, 'element', (node) => {
      if (node.tagName !== 'img' || !node.properties.dataRootRelative) return;
      node.properties.src = rootPrefix(page.file) + String(node.properties.src);
      delete node.properties.dataRootRelative;
    });
  }
}
