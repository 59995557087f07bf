/**
 * All notes → one site: topic tree per language, pages with resolved links, and every content
 * error. Pure (no file system): the caller hands in the sources and says which local files exist.
 */
import type { Root } from 'hast';
import { applyLinkHrefs, failedNote, prepareNote, type NoteOptions, type NoteSource, type NoteSummary } from './note';
import { basename, dirname, joinPath, orderPrefix, topicName } from './paths';
import { DEFAULT_LANG, LANGS, type Diagnostic, type Lang, type TopicId, type TopicNode } from './types';
import { encodeHash, pageFile, relativeUrl, RESERVED_IDS } from './urls';

export type { NoteSource } from './note';

/** A page as the reader receives it: its note's summary, placed in the site. */
export interface Page extends Pick<NoteSummary, 'id' | 'lang' | 'title' | 'summary' | 'headings' | 'places' | 'demos' | 'diagrams' | 'media'> {
  /** site-root-relative file, e.g. en/stft.html */
  file: string;
  /** content-relative path of the note */
  source: string;
  /** the lecture (top-level topic) the page belongs to */
  lecture: TopicId;
  /** ancestors from the lecture down to the parent */
  breadcrumbs: { id: TopicId; title: string }[];
  prev?: { id: TopicId; title: string };
  next?: { id: TopicId; title: string };
  /** languages this page exists in */
  langs: Lang[];
  /** the href of each of the note's link placeholders */
  linkHrefs: string[];
}

export interface SiteStructure {
  langs: Lang[];
  /** lectures (top-level topics) per language */
  trees: Partial<Record<Lang, TopicNode[]>>;
  /** in reading order per language */
  pages: Page[];
  /** content-relative paths of the local files pages show or link */
  media: string[];
  diagnostics: Diagnostic[];
}

/** A site compiled in one go, each page with its rendered tree (tests, imported notes). */
export interface Site extends Omit<SiteStructure, 'pages'> {
  pages: (Page & { tree: Root })[];
}

export function compileSite(sources: readonly NoteSource[], options: NoteOptions): Site {
  const strict = options.strict ?? true;
  // each note in its own guard: one that breaks the compiler is one error, the rest are still checked
  const prepare = (source: NoteSource) => {
    try {
      return prepareNote(source, options);
    } catch (error) {
      return { summary: failedNote(source, error), tree: { type: 'root', children: [] } as Root };
    }
  };
  const prepared = sources.map(prepare);
  if (!strict) prepared.push(...folderIndexSources(prepared.map((p) => p.summary)).map(prepare));
  const structure = assembleSite(prepared.map((p) => p.summary), { strict });
  const treeOf = new Map(prepared.map((p) => [p.summary.path, p.tree]));
  return {
    ...structure,
    pages: structure.pages.map((page) => {
      const tree = treeOf.get(page.source)!;
      applyLinkHrefs(tree, page.linkHrefs);
      return { ...page, tree };
    }),
  };
}

/**
 * The site from its notes' summaries: topic tree per language, pages in reading order with
 * breadcrumbs and neighbours, links resolved, and every content error. Linear in the number of notes.
 */
export interface AssembleOptions {
  /** curated content: every page in each of its lecture's languages, every link and image found.
   * Lenient (authors' own notes): only pages that exist in two languages are compared, and a link
   * to a missing page or anchor is a warning (the link keeps its text). Default: strict. */
  strict?: boolean;
}

export function assembleSite(notes: readonly NoteSummary[], options: AssembleOptions = {}): SiteStructure {
  const strict = options.strict ?? true;
  const entries = [...notes].sort((a, b) => compareStrings(a.path, b.path));
  const diagnostics: Diagnostic[] = entries.flatMap((e) => e.diagnostics);
  checkIds(entries, diagnostics);
  checkLanguageParity(entries, diagnostics, strict);

  const byKey = new Map<string, Map<Lang, Entry>>();
  for (const entry of entries) {
    if (!byKey.has(entry.key)) byKey.set(entry.key, new Map());
    byKey.get(entry.key)!.set(entry.lang, entry);
  }
  const langs = LANGS.filter((lang) => entries.some((e) => e.lang === lang));
  const trees: SiteStructure['trees'] = {};
  const pages: Page[] = [];
  for (const lang of langs) {
    const inLang = entries.filter((e) => e.lang === lang);
    const { roots, parentOf, childrenOf } = buildTree(inLang, diagnostics);
    trees[lang] = roots.map(function toNode(entry): TopicNode {
      return {
        id: entry.id,
        title: entry.title,
        sections: entry.headings.filter((h) => h.depth === 2).map(({ id, text }) => ({ id, text })),
        children: (childrenOf.get(entry) ?? []).map(toNode),
      };
    });
    const reading: { entry: Entry; lecture: Entry }[] = [];
    const walk = (list: Entry[], lecture?: Entry) =>
      list.forEach((e) => {
        reading.push({ entry: e, lecture: lecture ?? e });
        walk(childrenOf.get(e) ?? [], lecture ?? e);
      });
    walk(roots);
    reading.forEach(({ entry, lecture }, i) => {
      const breadcrumbs: Page['breadcrumbs'] = [];
      for (let p = parentOf.get(entry); p; p = parentOf.get(p)) breadcrumbs.unshift({ id: p.id, title: p.title });
      const link = (e: Entry | undefined) => (e ? { id: e.id, title: e.title } : undefined);
      pages.push({
        id: entry.id,
        lang,
        file: pageFile(lang, entry.id),
        source: entry.path,
        title: entry.title,
        summary: entry.summary,
        headings: entry.headings,
        places: entry.places,
        demos: entry.demos,
        diagrams: entry.diagrams,
        lecture: lecture.id,
        breadcrumbs,
        prev: link(reading[i - 1]?.entry),
        next: link(reading[i + 1]?.entry),
        langs: LANGS.filter((l) => byKey.get(entry.key)?.has(l)),
        linkHrefs: [],
        media: entry.media,
      });
    });
  }

  resolveLinks(pages, entries, diagnostics, strict);
  diagnostics.sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column);
  const media = [...new Set(entries.flatMap((e) => e.media))].sort();
  return { langs, trees, pages, media, diagnostics };
}

type Entry = NoteSummary;

const LANG_SUFFIX = new RegExp(`\\.(${LANGS.join('|')})\\.md$`);

/** Code-point order: the same on every machine, unlike localeCompare. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkIds(entries: Entry[], diagnostics: Diagnostic[]) {
  const seen = new Map<string, Entry>();
  for (const entry of entries) {
    if (RESERVED_IDS.includes(entry.id)) {
      diagnostics.push({ file: entry.path, line: 1, column: 1, message: `topic id "${entry.id}" is the name of a page the site makes; set another id in the frontmatter` });
    }
    const key = `${entry.lang}:${entry.id}`;
    const other = seen.get(key);
    if (other) {
      diagnostics.push({
        file: entry.path,
        line: 1,
        column: 1,
        message: `duplicate topic id "${entry.id}" (also ${other.path}); set a unique id in the frontmatter`,
      });
    } else seen.set(key, entry);
  }
}

/**
 * Strict: where a lecture has pages in a second language, every page and heading exists in both.
 * Lenient: a page written in one language is fine; a page in both has the same headings.
 */
function checkLanguageParity(entries: Entry[], diagnostics: Diagnostic[], strict: boolean) {
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
    for (const lang of strict ? expected : []) {
      if (!present.includes(lang)) {
        const path = lang === DEFAULT_LANG ? `${key}.md` : `${first.path.replace(LANG_SUFFIX, '.md').replace(/\.md$/, '')}.${lang}.md`;
        diagnostics.push({ file: first.path, line: 1, column: 1, message: `page has no ${lang} version (expected ${path})` });
      }
    }
    for (const version of versions) {
      for (const other of versions) {
        if (other === version) continue;
        if (other.id !== version.id) {
          diagnostics.push({ file: other.path, line: 1, column: 1, message: `topic id "${other.id}" differs from "${version.id}" in ${version.path}` });
          continue;
        }
        const ids = new Set(other.headings.map((h) => h.id));
        for (const heading of version.headings) {
          if (!ids.has(heading.id)) {
            diagnostics.push({
              file: other.path,
              line: 1,
              column: 1,
              message: `heading id "${heading.id}" of ${version.path} is missing here (${other.lang})`,
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
      diagnostics.push({ file: entry.path, line: 1, column: 1, message: `folder "${folder}" has no index.md (its page in the topic tree)` });
    }
    if (parent) {
      parentOf.set(entry, parent);
      childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), entry]);
    } else roots.push(entry);
  }
  roots.sort(byOrder);
  for (const list of childrenOf.values()) list.sort(byOrder);
  return { roots, parentOf, childrenOf };
}

/** Siblings by their order (frontmatter, else file-name prefix); unordered ones last, by file name. */
function byOrder(a: Pick<Entry, 'order' | 'title' | 'key'>, b: Pick<Entry, 'order' | 'title' | 'key'>): number {
  if (a.order !== b.order) return a.order - b.order;
  return a.order === Number.MAX_SAFE_INTEGER ? compareStrings(basename(a.key), basename(b.key)) : compareStrings(a.title, b.title);
}

/**
 * A folder of notes without an index.md (a folder of plain notes, as an author or an export has
 * it) gets a generated page in each language its notes are in: its name as title, its topics
 * listed as links. Nested folders get theirs too. Only for lenient content: strict content
 * writes every index.md.
 */
export function folderIndexSources(notes: readonly NoteSummary[]): NoteSource[] {
  type Child = { key: string; title: string; order: number; path: string };
  const present = new Set(notes.map((n) => `${n.lang}:${n.key}`));
  const childrenOf = new Map<string, Child[]>();
  const add = (lang: Lang, folder: string, child: Child) => {
    const id = `${lang}:${folder}`;
    const list = childrenOf.get(id);
    if (list) list.push(child);
    else childrenOf.set(id, [child]);
  };
  const missing = new Map<string, { lang: Lang; folder: string }>();
  for (const note of notes) {
    let child: Child = { key: note.key, title: note.title, order: note.order, path: note.path };
    for (let folder = dirname(note.key); folder; folder = dirname(folder)) {
      add(note.lang, folder, child);
      if (present.has(`${note.lang}:${folder}`)) break;
      const id = `${note.lang}:${folder}`;
      if (missing.has(id)) break;
      missing.set(id, { lang: note.lang, folder });
      child = { key: folder, title: topicName(`${folder}/index.md`), order: orderPrefix(basename(folder)) ?? Number.MAX_SAFE_INTEGER, path: indexPath(folder, note.lang) };
    }
  }
  return [...missing.values()].map(({ lang, folder }) => {
    const path = indexPath(folder, lang);
    const children = [...(childrenOf.get(`${lang}:${folder}`) ?? [])].sort(byOrder);
    const order = orderPrefix(basename(folder));
    const front = [`title: ${JSON.stringify(topicName(path))}`, ...(order === undefined ? [] : [`order: ${order}`]), `lang: ${lang}`];
    const list = children.map((c) => `- [${escapeMarkdown(c.title)}](<${relativePath(path, c.path)}>)`);
    return { path, text: `---\n${front.join('\n')}\n---\n\n${list.join('\n')}\n` };
  });
}

function indexPath(folder: string, lang: Lang): string {
  return lang === DEFAULT_LANG ? `${folder}/index.md` : `${folder}/index.${lang}.md`;
}

/** `to` relative to the folder of `from` (both content-relative, `to` below that folder). */
function relativePath(from: string, to: string): string {
  const base = dirname(from);
  return joinPath('', to).slice(base.length + 1);
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+!|$~]/g, '\\$&');
}

/**
 * Each note's links to other notes become relative URLs of the target page in the same language;
 * links to missing pages or anchors are content errors.
 */
function resolveLinks(pages: Page[], entries: Entry[], diagnostics: Diagnostic[], strict: boolean) {
  const severity = strict ? {} : { severity: 'warning' as const };
  const entryByPath = new Map(entries.map((e) => [e.path, e]));
  const pageByKeyLang = new Map<string, { page: Page; entry: Entry }>();
  for (const page of pages) {
    const entry = entryByPath.get(page.source)!;
    pageByKeyLang.set(`${page.lang}:${entry.key}`, { page, entry });
  }
  const anchorSets = new Map<Entry, Set<string>>();
  const anchorsOf = (entry: Entry) => {
    let set = anchorSets.get(entry);
    if (!set) anchorSets.set(entry, (set = new Set(entry.anchors)));
    return set;
  };
  for (const page of pages) {
    const entry = entryByPath.get(page.source)!;
    page.linkHrefs = entry.links.map((link) => {
      const fail = (message: string) => diagnostics.push({ file: entry.path, line: link.line, column: link.column, message, ...severity });
      if (!link.target) {
        if (link.anchor && !anchorsOf(entry).has(link.anchor)) fail(`link to missing anchor "#${link.anchor}" on this page`);
        return `#${encodeHash(link.anchor ?? '')}`;
      }
      const key = entryByPath.get(link.target)?.key ?? entryByPath.get(link.target.replace(/\.md$/, `.${page.lang}.md`))?.key;
      const target = key === undefined ? undefined : pageByKeyLang.get(`${page.lang}:${key}`);
      if (!target) {
        fail(`link to missing page "${link.written}"`);
        // strict content fails; a lenient page keeps the link's text, as an import does
        return strict ? '#' : '';
      }
      if (link.anchor && !anchorsOf(target.entry).has(link.anchor)) fail(`link to missing anchor "#${link.anchor}" in ${target.entry.path}`);
      return relativeUrl(page.file, target.page.file, link.anchor);
    });
  }
}
