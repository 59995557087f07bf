/**
 * What the reader has read, where they were, and what they bookmarked: on this device only, in
 * localStorage under a schema version. Stored data is checked entry by entry when it is read back:
 * what is valid is kept, the rest is dropped and the reader is told once.
 */
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { notices, safeStorage, syncAcrossTabs } from './storage';

export const PROGRESS_KEY = 'study-notes:progress';
export const PROGRESS_VERSION = 1;

export interface ReadMark {
  lecture: string;
  /** when it was marked read (ms since 1970) */
  at: number;
}

/** Where the reader last was in a lecture: a topic and the section being read. */
export interface LastPlace {
  topic: string;
  anchor: string;
  /** the section's heading, to say where "continue" goes */
  label: string;
  lang: 'ko' | 'en';
  at: number;
}

export interface Bookmark {
  topic: string;
  anchor: string;
  label: string;
  /** the topic's title, for the list */
  topicTitle: string;
  lang: 'ko' | 'en';
  at: number;
}

export interface ProgressData {
  read: Record<string, ReadMark>;
  places: Record<string, LastPlace>;
  bookmarks: Record<string, Bookmark>;
}

interface ProgressActions {
  setRead: (topic: string, lecture: string, read: boolean) => void;
  setPlace: (lecture: string, place: LastPlace) => void;
  toggleBookmark: (bookmark: Bookmark) => void;
  replace: (data: ProgressData) => void;
}

export type ProgressState = ProgressData & ProgressActions;

export const bookmarkKey = (topic: string, anchor: string) => `${topic}#${anchor}`;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isLang = (value: unknown): value is 'ko' | 'en' => value === 'ko' || value === 'en';

/** Keeps the valid entries of a record; `dropped` counts the others. */
function validEntries<T>(value: unknown, valid: (entry: Record<string, unknown>) => boolean, dropped: { count: number }): Record<string, T> {
  const out: Record<string, T> = {};
  if (value === undefined) return out;
  if (!isObject(value)) {
    dropped.count++;
    return out;
  }
  for (const [key, entry] of Object.entries(value)) {
    if (isObject(entry) && valid(entry)) out[key] = entry as T;
    else dropped.count++;
  }
  return out;
}

/** Stored progress as far as it is valid; `dropped` says how much was not. */
export function validateProgress(value: unknown): { data: ProgressData; dropped: number } {
  const dropped = { count: isObject(value) ? 0 : 1 };
  const source = isObject(value) ? value : {};
  return {
    data: {
      read: validEntries<ReadMark>(source.read, (e) => isString(e.lecture) && isTime(e.at), dropped),
      places: validEntries<LastPlace>(
        source.places,
        (e) => isString(e.topic) && isString(e.anchor) && isString(e.label) && isLang(e.lang) && isTime(e.at),
        dropped,
      ),
      bookmarks: validEntries<Bookmark>(
        source.bookmarks,
        (e) => isString(e.topic) && isString(e.anchor) && isString(e.label) && isString(e.topicTitle) && isLang(e.lang) && isTime(e.at),
        dropped,
      ),
    },
    dropped: dropped.count,
  };
}

export const progress = createStore<ProgressState>()(
  persist(
    (set, get) => ({
      read: {},
      places: {},
      bookmarks: {},
      setRead: (topic, lecture, read) => {
        const next = { ...get().read };
        if (read) next[topic] = { lecture, at: Date.now() };
        else delete next[topic];
        set({ read: next });
      },
      setPlace: (lecture, place) => set({ places: { ...get().places, [lecture]: place } }),
      toggleBookmark: (bookmark) => {
        const key = bookmarkKey(bookmark.topic, bookmark.anchor);
        const next = { ...get().bookmarks };
        if (next[key]) delete next[key];
        else next[key] = bookmark;
        set({ bookmarks: next });
      },
      replace: (data) => set(data),
    }),
    {
      name: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      storage: safeStorage<ProgressData>(),
      partialize: ({ read, places, bookmarks }) => ({ read, places, bookmarks }),
      // version 0 had no stored progress; any other version is read for what is still valid
      migrate: (stored) => stored as ProgressData,
      merge: (stored, current) => {
        const { data, dropped } = validateProgress(stored ?? {});
        if (dropped) notices.getState().push({ kind: 'reset', detail: `${dropped}` });
        return { ...current, ...data };
      },
    },
  ),
);

syncAcrossTabs(PROGRESS_KEY, () => progress.persist.rehydrate());
