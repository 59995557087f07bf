/**
 * The reader's own notes, in IndexedDB (idb-keyval): one record per topic, holding its notes — a
 * note for the whole page, and notes pinned to a heading. They survive reloads, going offline and
 * new versions of the site; other tabs hear of every change (BroadcastChannel). When IndexedDB
 * cannot be used, notes last for the page and the reader is told.
 */
import { createStore as createIdbStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { notices } from './storage';

export interface Note {
  id: string;
  /** the heading it is pinned to; '' for the whole page */
  anchor: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

export interface TopicNotes {
  topic: string;
  lecture: string;
  /** the topic's title, and the headings notes are pinned to, as they read when last saved */
  title: string;
  labels: Record<string, string>;
  lang: 'ko' | 'en';
  notes: Note[];
}

const KEY_PREFIX = 'topic:';
let idb: UseStore | undefined;
const memory = new Map<string, TopicNotes>();
const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('study-notes:notes');
const listeners = new Set<(topic: string) => void>();
channel?.addEventListener('message', (event: MessageEvent<string>) => listeners.forEach((listener) => listener(event.data)));

function store(): UseStore | undefined {
  try {
    idb ??= createIdbStore('study-notes', 'notes');
    return idb;
  } catch {
    return undefined;
  }
}

function unsaved(error: unknown) {
  notices.getState().push({ kind: 'save-failed', detail: (error as { name?: string } | null)?.name ?? String(error) });
}

export async function getTopicNotes(topic: string): Promise<TopicNotes | undefined> {
  const db = store();
  if (!db) return memory.get(topic);
  try {
    return (await get<TopicNotes>(KEY_PREFIX + topic, db)) ?? memory.get(topic);
  } catch {
    return memory.get(topic);
  }
}

export async function saveTopicNotes(value: TopicNotes): Promise<void> {
  memory.set(value.topic, value);
  const db = store();
  try {
    if (!db) throw new Error('IndexedDB unavailable');
    if (value.notes.length) await set(KEY_PREFIX + value.topic, value, db);
    else await del(KEY_PREFIX + value.topic, db);
  } catch (error) {
    unsaved(error);
  }
  channel?.postMessage(value.topic);
  listeners.forEach((listener) => listener(value.topic));
}

export async function allTopicNotes(): Promise<TopicNotes[]> {
  const db = store();
  let stored: TopicNotes[] = [];
  try {
    if (db) stored = (await entries<string, TopicNotes>(db)).filter(([key]) => String(key).startsWith(KEY_PREFIX)).map(([, value]) => value);
  } catch {
    // fall back to what this page holds
  }
  const byTopic = new Map(stored.map((value) => [value.topic, value]));
  for (const [topic, value] of memory) if (!byTopic.has(topic)) byTopic.set(topic, value);
  return [...byTopic.values()];
}

/** Called with a topic id whenever that topic's notes change, in this tab or another. */
export function onNotesChange(listener: (topic: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function validTopicNotes(value: unknown): value is TopicNotes {
  const v = value as Partial<TopicNotes> | null;
  return (
    !!v &&
    typeof v.topic === 'string' &&
    typeof v.lecture === 'string' &&
    typeof v.title === 'string' &&
    typeof v.labels === 'object' &&
    v.labels !== null &&
    (v.lang === 'ko' || v.lang === 'en') &&
    Array.isArray(v.notes) &&
    v.notes.every(
      (n) =>
        typeof n?.id === 'string' && typeof n.anchor === 'string' && typeof n.text === 'string' && Number.isFinite(n.createdAt) && Number.isFinite(n.updatedAt),
    )
  );
}

/** The lecture's notes as one Markdown file: each topic a heading linking back to its page, pinned notes under their section. */
export function notesAsMarkdown(lectureTitle: string, topics: readonly TopicNotes[], href: (topic: TopicNotes, anchor: string) => string): string {
  const lines = [`# ${lectureTitle}`, ''];
  for (const topic of topics) {
    lines.push(`## [${topic.title}](${href(topic, '')})`, '');
    for (const note of [...topic.notes].sort((a, b) => a.createdAt - b.createdAt)) {
      if (note.anchor) lines.push(`### [${topic.labels[note.anchor] ?? note.anchor}](${href(topic, note.anchor)})`, '');
      lines.push(note.text.trim(), '');
    }
  }
  return `${lines.join('\n').trim()}\n`;
}
