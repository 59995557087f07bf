/**
 * All the reader's data as one JSON file, and back. A file is taken only whole: anything that is not
 * this app's export, or whose parts do not validate, is refused with a reason and nothing changes.
 * An accepted file is merged in: read marks and bookmarks are added, the newer last place, the
 * more recently reviewed card and the more recently edited note win; an imported lecture is
 * restored unless the one here was imported later.
 */
import { progress, validateProgress, type ProgressData } from './progress';
import { allTopicNotes, saveTopicNotes, validTopicNotes, type TopicNotes } from './notes';
import { reviews, validateReviews, type ReviewsData } from './reviews';
import type { ImportedLecture } from '../import/types';
import { exportedLecture, validExportedLecture, type ExportedLecture } from './exportedLectures';
import { allImportedLectures, saveImportedLecture } from './imports';
import { importedOutlines } from './importOutlines';

export const EXPORT_FORMAT = 'study-notes-export';
/** 2: imported lectures. An older app refuses a newer file rather than drop what it cannot read. */
export const EXPORT_VERSION = 2;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  progress: ProgressData;
  reviews: ReviewsData;
  /** the reader's own notes, per topic */
  notes: TopicNotes[];
  /** the reader's imported lectures (since version 2) */
  lectures?: ExportedLecture[];
}

export async function exportData(): Promise<ExportFile> {
  const { read, places, bookmarks } = progress.getState();
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    progress: { read, places, bookmarks },
    reviews: { cards: reviews.getState().cards },
    notes: await allTopicNotes(),
    lectures: (await allImportedLectures()).map(exportedLecture),
  };
}

/** Compiles an exported lecture again (the import worker); throws when it does not compile. */
export type RestoreLecture = (lecture: ExportedLecture) => Promise<ImportedLecture>;

export type ImportResult =
  | { ok: true; counts: { read: number; bookmarks: number; notes: number; lectures: number }; failedLectures: string[] }
  | { ok: false; reason: 'not-json' | 'not-ours' | 'newer' | 'invalid' };

/** Reads an export; changes nothing unless the whole file is valid. */
export async function importData(text: string, restoreLecture?: RestoreLecture): Promise<ImportResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const file = value as Partial<ExportFile> | null;
  if (!file || typeof file !== 'object' || file.format !== EXPORT_FORMAT) return { ok: false, reason: 'not-ours' };
  if (typeof file.version !== 'number' || file.version > EXPORT_VERSION) return { ok: false, reason: 'newer' };
  const { data, dropped } = validateProgress(file.progress);
  const cards = validateReviews(file.reviews ?? { cards: {} });
  const notes = file.notes ?? [];
  const lectures = file.lectures ?? [];
  if (dropped || cards.dropped || !Array.isArray(notes) || !notes.every(validTopicNotes)) return { ok: false, reason: 'invalid' };
  if (!Array.isArray(lectures) || !lectures.every(validExportedLecture)) return { ok: false, reason: 'invalid' };
  const current = progress.getState();
  const places = { ...current.places };
  for (const [lecture, place] of Object.entries(data.places)) if (!places[lecture] || places[lecture]!.at < place.at) places[lecture] = place;
  current.replace({ read: { ...data.read, ...current.read }, bookmarks: { ...current.bookmarks, ...data.bookmarks }, places });
  // a card reviewed later on either side is the one that counts
  const merged = { ...reviews.getState().cards };
  for (const [id, entry] of Object.entries(cards.data.cards))
    if (!merged[id] || (merged[id]!.card.lastReview ?? 0) < (entry.card.lastReview ?? 0)) merged[id] = entry;
  reviews.getState().replace({ cards: merged });
  // notes merge note by note: the more recently edited one stays
  const notesHere = new Map((await allTopicNotes()).map((topic) => [topic.topic, topic]));
  for (const incoming of notes) {
    const here = notesHere.get(incoming.topic);
    const byId = new Map((here?.notes ?? []).map((note) => [note.id, note]));
    for (const note of incoming.notes) if (!byId.has(note.id) || byId.get(note.id)!.updatedAt < note.updatedAt) byId.set(note.id, note);
    await saveTopicNotes({ ...incoming, labels: { ...here?.labels, ...incoming.labels }, notes: [...byId.values()] });
  }
  const { restored, failed } = await restoreLectures(lectures, restoreLecture);
  return {
    ok: true,
    counts: {
      read: Object.keys(data.read).length,
      bookmarks: Object.keys(data.bookmarks).length,
      notes: notes.reduce((n, t) => n + t.notes.length, 0),
      lectures: restored,
    },
    failedLectures: failed,
  };
}

/** Each lecture compiled again and stored, unless this device has a later import of it; a failure is named, the others go on. */
async function restoreLectures(lectures: readonly ExportedLecture[], restoreLecture?: RestoreLecture): Promise<{ restored: number; failed: string[] }> {
  const here = new Map(importedOutlines().map((outline) => [outline.id, outline.importedAt]));
  let restored = 0;
  const failed: string[] = [];
  for (const lecture of lectures) {
    if ((here.get(lecture.id) ?? -Infinity) >= lecture.importedAt) continue;
    try {
      if (!restoreLecture) throw new Error('no import pipeline');
      const compiled = await restoreLecture(lecture);
      // the same lecture as exported: its id (links and notes point at it), the reader's title, its time
      await saveImportedLecture({ ...compiled, id: lecture.id, title: lecture.title, importedAt: lecture.importedAt });
      restored++;
    } catch {
      failed.push(lecture.title);
    }
  }
  return { restored, failed };
}
