/**
 * Lectures the reader imported: each whole lecture (pages, images, import report) in IndexedDB,
 * and a small outline of every lecture (titles and topic ids) in localStorage, so the topic tree on
 * every page lists them without opening the database. A lecture is written whole or not at all;
 * the outline changes only after the database did.
 */
import { createStore as createIdbStore, delMany, entries, get, setMany, type UseStore } from 'idb-keyval';
import type { ImportedLecture } from '../import/types';
import { IMPORTS_CHANGED_EVENT, importedOutlines, validOutline, type ImportedOutline } from './importOutlines';
import { IMPORTS_KEY } from './keys';

export type { ImportedOutline };

const LECTURE_PREFIX = 'lecture:';
const OUTLINE_PREFIX = 'outline:';
let idb: UseStore | undefined;

function store(): UseStore {
  idb ??= createIdbStore('study-notes-imports', 'lectures');
  return idb;
}

/** The outlines as the database holds them, written back to localStorage (which may have been cleared apart from it). */
export async function syncImportedOutlines(): Promise<ImportedOutline[]> {
  const stored = (await entries<string, ImportedOutline>(store()))
    .filter(([key, value]) => String(key).startsWith(OUTLINE_PREFIX) && validOutline(value))
    .map(([, value]) => value);
  stored.sort((a, b) => b.importedAt - a.importedAt);
  if (JSON.stringify(stored) !== JSON.stringify(importedOutlines())) writeOutlines(stored);
  return stored;
}

export function outlineOf(lecture: ImportedLecture): ImportedOutline {
  return {
    id: lecture.id,
    title: lecture.title,
    lang: lecture.lang,
    source: lecture.source,
    importedAt: lecture.importedAt,
    topics: lecture.topics.map(({ id, title, parent }) => (parent ? { id, title, parent } : { id, title })),
  };
}

/** Every stored lecture, newest import first; none where the database cannot be opened. */
export async function allImportedLectures(): Promise<ImportedLecture[]> {
  try {
    const lectures = await Promise.all((await syncImportedOutlines()).map((outline) => getImportedLecture(outline.id)));
    return lectures.filter((lecture): lecture is ImportedLecture => Boolean(lecture));
  } catch {
    return [];
  }
}

export async function getImportedLecture(id: string): Promise<ImportedLecture | undefined> {
  return get<ImportedLecture>(LECTURE_PREFIX + id, store());
}

/** Stores a lecture, replacing one with the same id. Throws when it could not be stored; nothing changed then. */
export async function saveImportedLecture(lecture: ImportedLecture): Promise<void> {
  const outline = outlineOf(lecture);
  // one transaction: the lecture and its outline are stored together or not at all
  await setMany(
    [
      [LECTURE_PREFIX + lecture.id, lecture],
      [OUTLINE_PREFIX + lecture.id, outline],
    ],
    store(),
  );
  writeOutlines([outline, ...importedOutlines().filter((o) => o.id !== lecture.id)]);
  // imported lectures are the reader's own work: ask the browser not to evict them under storage pressure
  void navigator.storage?.persist?.().catch(() => undefined);
}

export async function renameImportedLecture(id: string, title: string): Promise<void> {
  const lecture = await getImportedLecture(id);
  if (!lecture) return;
  await saveImportedLecture({ ...lecture, title });
}

export async function deleteImportedLecture(id: string): Promise<void> {
  await delMany([LECTURE_PREFIX + id, OUTLINE_PREFIX + id], store());
  writeOutlines(importedOutlines().filter((o) => o.id !== id));
}

function writeOutlines(outlines: ImportedOutline[]): void {
  try {
    localStorage.setItem(IMPORTS_KEY, JSON.stringify(outlines));
  } catch {
    // the tree then lists what it last knew; the my-lectures page reads the database itself
  }
  // this tab hears it here; other tabs through the storage event
  window.dispatchEvent(new Event(IMPORTS_CHANGED_EVENT));
}
