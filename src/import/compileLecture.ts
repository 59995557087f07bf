/**
 * Each imported note through the build's own pipeline (lenient: an import renders what it can),
 * then placed in the lecture: links between its pages become `?topic=<id>`, images it carries
 * become `sn-asset:<key>`, lost seed figures become their diagrams. A note that fails is one
 * problem; the others still import.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { basename, safeDecode, topicName } from '../content/paths';
import { isSnElement, SN } from '../content/elements';
import { LINK_PLACEHOLDER, prepareNote, type NoteLink, type NoteSummary } from '../content/note';
import type { Lang } from '../content/types';
import { encodeHash } from '../content/urls';
import { inlineDiagrams } from '../diagrams/inline';
import { diagramIds } from '../diagrams/registry';
import { seedFigureLookup } from '../diagrams/seedFigures';
import type { DiagramDefinition } from '../diagrams/types';
import { noteSections } from '../search/sections';
import { renderNoteBody } from '../ui/renderNoteBody';
import { cleanPath, pageFinder, pageName, type LecturePage } from './notion';
import type { ImportedAsset, ImportedTopic, ImportProblem } from './types';
import { imageType, type UnpackedImport } from './unpack';

export const ASSET_SCHEME = 'sn-asset:';
const MAX_PROBLEM_LENGTH = 200;
/** hrefs that work in the reader as they are: absolute URLs (the sanitiser kept only safe schemes), same-page anchors */
const KEPT_HREF = /^([a-z][a-z0-9+.-]*:|\/\/|#)/i;

export interface LectureOptions {
  lang: Lang;
  diagrams: Map<string, DiagramDefinition>;
  /** the registered demos a note may place (src/demos/registry); passed in, so the worker does not bundle the demos */
  demoIds: readonly string[];
  /** registered demos' titles, shown on their places and in the table of contents (the build's meta.ts) */
  demoTitles?: ReadonlyMap<string, Record<Lang, string>>;
}

export interface CompiledLecture {
  /** in the pages' order, without the notes that failed */
  topics: ImportedTopic[];
  assets: Record<string, ImportedAsset>;
  problems: ImportProblem[];
}

interface Prepared {
  page: LecturePage;
  summary: NoteSummary;
  tree: Root;
}

export function compileLecture(pages: readonly LecturePage[], unpacked: UnpackedImport, options: LectureOptions): CompiledLecture {
  const problems: ImportProblem[] = [];
  const texts = new Map(unpacked.notes.map((note) => [note.path, note.text]));
  const findImage = imageFinder(unpacked.images);
  const diagramForImage = seedFigureLookup(options.diagrams.values());

  // first every note, so links can be checked against the pages (and anchors) that compiled
  const prepared: Prepared[] = [];
  for (const page of pages) {
    const note = attempt(page, problems, () => {
      const { summary, tree } = prepareNote(
        { path: page.path, text: texts.get(page.path) ?? '' },
        {
          demoIds: options.demoIds,
          diagramIds,
          strict: false,
          fileExists: (path) => findImage(path) !== undefined,
          fileUrl: (path) => ASSET_SCHEME + encodeURI(findImage(path) ?? path),
          diagramForImage,
        },
      );
      problems.push(...summary.diagnostics.map((d) => ({ file: cleanPath(d.file), line: d.line, column: d.column, message: readable(d.message) })));
      return { page, summary, tree };
    });
    if (note) prepared.push(note);
  }

  const findPage = pageFinder(prepared.map((note) => note.page));
  const anchors = new Map(prepared.map((note) => [note.page.id, new Set(note.summary.anchors)]));
  const topics: ImportedTopic[] = [];
  const shown = new Set<string>();
  for (const note of prepared) {
    const topic = attempt(note.page, problems, () => {
      const hrefs = note.summary.links.map((link) => linkHref(link, note.page, findPage, anchors, problems));
      applyHrefs(note.tree, hrefs);
      return finishTopic(note, options);
    });
    if (!topic) continue;
    topics.push(topic);
    for (const path of note.summary.media) {
      const key = findImage(path);
      if (key) shown.add(key);
    }
  }
  reparent(topics, pages);
  // a note's problems in the order of its lines (links are checked after every note compiled)
  const order = new Map(pages.map((page, index) => [page.file, index]));
  problems.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { topics, assets: assetsOf(shown, unpacked.images), problems };
}

/** Runs one note's step; a throw becomes the note's one problem instead of failing the import. */
function attempt<T>(page: LecturePage, problems: ImportProblem[], step: () => T): T | undefined {
  try {
    return step();
  } catch (error) {
    problems.push({ file: page.file, message: `could not be imported: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
}

/** The build's message for a linked file names it as written (URL-encoded, Notion ids); the reader's report, as a name. */
function readable(message: string): string {
  const named = message
    .replace(/^link to missing file "(.*)"$/, (_, written: string) => `link to a file that is not in the import: ${cleanPath(safeDecode(written))}`)
    .replace(/^missing image "(.*)"$/, (_, written: string) => `image that is not in the import: ${cleanPath(safeDecode(written))}`);
  // a formula that swallowed a paragraph (an unclosed $) would fill the report: one line, cut
  const line = named.replace(/\s+/g, ' ');
  return line.length > MAX_PROBLEM_LENGTH ? `${line.slice(0, MAX_PROBLEM_LENGTH - 1)}…` : line;
}

/** An image of the import by a path as a note wrote it: exactly, or without Notion ids. */
function imageFinder(images: ReadonlyMap<string, Uint8Array>): (path: string) => string | undefined {
  const byClean = new Map<string, string>();
  for (const key of images.keys()) if (!byClean.has(cleanPath(key))) byClean.set(cleanPath(key), key);
  return (path) => {
    const nfc = path.normalize('NFC');
    return images.has(nfc) ? nfc : byClean.get(cleanPath(nfc));
  };
}

/** Where one link of a note goes; undefined when its page is not in the import (the link is dropped). */
function linkHref(
  link: NoteLink,
  from: LecturePage,
  findPage: (path: string) => LecturePage | undefined,
  anchors: ReadonlyMap<string, ReadonlySet<string>>,
  problems: ImportProblem[],
): string | undefined {
  const at = { file: from.file, line: link.line, column: link.column };
  const target = link.target ? findPage(link.target) : from;
  if (!target) {
    problems.push({ ...at, message: `link to a page that is not in the import: ${cleanPath(safeDecode(link.written))}` });
    return undefined;
  }
  const hash = link.anchor ? `#${encodeHash(link.anchor)}` : '';
  if (link.anchor && !anchors.get(target.id)?.has(link.anchor)) {
    problems.push({ ...at, message: `link to missing anchor "#${link.anchor}"${target === from ? ' on this page' : ` in ${target.file}`}` });
  }
  return link.target ? `?topic=${encodeURIComponent(target.id)}${hash}` : hash;
}

/**
 * Puts the hrefs in place of the link placeholders. A link that goes nowhere becomes its text: a
 * page not in the import, or a file path the pipeline left as written (it reported the file missing).
 */
function applyHrefs(tree: Root, hrefs: readonly (string | undefined)[]): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    const href = node.properties.href;
    if (node.tagName !== 'a' || typeof href !== 'string') return;
    const resolved = href.startsWith(LINK_PLACEHOLDER) ? hrefs[Number(href.slice(LINK_PLACEHOLDER.length))] : KEPT_HREF.test(href) ? href : undefined;
    if (resolved !== undefined) {
      node.properties.href = resolved;
      return;
    }
    if (parent && index !== undefined) {
      parent.children.splice(index, 1, ...node.children);
      return index; // visit what took its place
    }
    delete node.properties.href;
  });
}

/** Diagrams drawn, demos named, places titled, the body rendered: the build's steps for a note. */
function finishTopic({ page, summary, tree }: Prepared, options: LectureOptions): ImportedTopic {
  inlineDiagrams(tree, options.lang, options.diagrams);
  const titles = new Map<string, string>();
  visit(tree, 'element', (node) => {
    if (isSnElement(node, SN.demo)) node.properties.dataTitle = options.demoTitles?.get(String(node.properties.dataId))?.[options.lang];
    if (typeof node.properties.id === 'string' && typeof node.properties.dataTitle === 'string') titles.set(node.properties.id, node.properties.dataTitle);
  });
  const title = titleOf(summary, page);
  // the pipeline (lenient) already took the title heading out of the body and moved the others under it
  const places = summary.places.map((place) => (place.kind === 'heading' ? place : { ...place, text: titles.get(place.id) ?? place.id }));
  return {
    id: page.id,
    ...(page.parent ? { parent: page.parent } : {}),
    title,
    file: page.file,
    html: renderNoteBody(tree, options.lang, page.id),
    headings: summary.headings,
    places,
    sections: noteSections(tree),
  };
}

/** The note's title; when the pipeline fell back to the file name, that name without Notion's id. */
function titleOf(summary: NoteSummary, page: LecturePage): string {
  const fileName = basename(page.path);
  const fromFileName = summary.title === fileName || summary.title === fileName.replace(/(\.[a-z]{2})?\.md$/i, '') || summary.title === topicName(page.path);
  return fromFileName || !summary.title.trim() ? pageName(page.path) : summary.title;
}

/** A topic whose parent failed to import sits under the nearest ancestor that did. */
function reparent(topics: ImportedTopic[], pages: readonly LecturePage[]): void {
  const ids = new Set(topics.map((topic) => topic.id));
  const parentOf = new Map(pages.map((page) => [page.id, page.parent]));
  for (const topic of topics) {
    let parent = topic.parent;
    while (parent && !ids.has(parent)) parent = parentOf.get(parent);
    if (parent) topic.parent = parent;
    else delete topic.parent;
  }
}

function assetsOf(keys: ReadonlySet<string>, images: ReadonlyMap<string, Uint8Array>): Record<string, ImportedAsset> {
  const assets: Record<string, ImportedAsset> = {};
  for (const key of [...keys].sort()) {
    const bytes = images.get(key);
    if (bytes) assets[key] = { type: imageType(key) ?? 'application/octet-stream', bytes };
  }
  return assets;
}
