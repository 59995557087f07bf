/**
 * The outline of every imported lecture, kept in localStorage so that the topic tree on every page
 * can list them synchronously without opening IndexedDB (see ./imports for the lectures themselves).
 */
import type { Lang } from '../content/types';
import { IMPORTS_KEY } from './keys';

/** Fired on window when this tab changed the imported lectures (other tabs see the storage event). */
export const IMPORTS_CHANGED_EVENT = 'study-notes:imports-changed';

export interface ImportedOutline {
  id: string;
  title: string;
  lang: Lang;
  source: string;
  importedAt: number;
  topics: { id: string; title: string; parent?: string }[];
}

/** Every imported lecture's outline, newest import first. */
export function importedOutlines(): ImportedOutline[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(IMPORTS_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter(validOutline) : [];
  } catch {
    return [];
  }
}

export function validOutline(value: unknown): value is ImportedOutline {
  const v = value as Partial<ImportedOutline> | null;
  return (
    !!v &&
    typeof v.id === 'string' &&
    typeof v.title === 'string' &&
    typeof v.importedAt === 'number' &&
    Array.isArray(v.topics) &&
    v.topics.every((t) => typeof t?.id === 'string' && typeof t.title === 'string')
  );
}

/** Where an imported topic is read: the my-lectures page with the lecture and topic in its query. */
export function importedTopicQuery(lecture: string, topic?: string): string {
  return `?lecture=${encodeURIComponent(lecture)}${topic ? `&topic=${encodeURIComponent(topic)}` : ''}`;
}

/** The keys read marks and notes use for an imported topic: apart from every course topic id. */
export const importedTopicKey = (lecture: string, topic: string) => `mine:${lecture}:${topic}`;

/** The imported lecture and topic a key names; undefined for a course topic. */
export function importedTopicOfKey(key: string): { lecture: string; topic: string } | undefined {
  const match = /^mine:([^:]+):(.+)$/.exec(key);
  return match ? { lecture: match[1]!, topic: match[2]! } : undefined;
}
export const importedLectureKey = (lecture: string) => `mine:${lecture}`;
