/**
 * The review schedule of the self-check questions the reader has answered (FSRS cards), on this
 * device, under a schema version; checked entry by entry when read back, like the progress store.
 */
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import type { StoredCard } from '../study/schedule';
import { notices, safeStorage, syncAcrossTabs } from './storage';

export const REVIEWS_KEY = 'study-notes:reviews';
export const REVIEWS_VERSION = 1;

export interface ReviewEntry {
  /** the question's page and lecture, for the review page and the home page's counts */
  topic: string;
  lecture: string;
  lang: 'ko' | 'en';
  card: StoredCard;
}

export interface ReviewsData {
  cards: Record<string, ReviewEntry>;
}

interface ReviewsState extends ReviewsData {
  setCard: (questionId: string, entry: ReviewEntry) => void;
  replace: (data: ReviewsData) => void;
}

const CARD_NUMBERS = ['due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state'] as const;

function validCard(value: unknown): value is StoredCard {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Record<string, unknown>;
  return (
    CARD_NUMBERS.every((key) => typeof card[key] === 'number' && Number.isFinite(card[key])) &&
    (card.lastReview === undefined || typeof card.lastReview === 'number')
  );
}

export function validateReviews(value: unknown): { data: ReviewsData; dropped: number } {
  const cards: Record<string, ReviewEntry> = {};
  let dropped = 0;
  const source = typeof value === 'object' && value !== null ? (value as { cards?: unknown }).cards : undefined;
  if (source !== undefined && (typeof source !== 'object' || source === null)) dropped++;
  for (const [id, entry] of Object.entries((source as Record<string, unknown>) ?? {})) {
    const e = entry as Partial<ReviewEntry> | null;
    if (e && typeof e.topic === 'string' && typeof e.lecture === 'string' && (e.lang === 'ko' || e.lang === 'en') && validCard(e.card))
      cards[id] = e as ReviewEntry;
    else dropped++;
  }
  return { data: { cards }, dropped };
}

export const reviews = createStore<ReviewsState>()(
  persist(
    (set, get) => ({
      cards: {},
      setCard: (questionId, entry) => set({ cards: { ...get().cards, [questionId]: entry } }),
      replace: (data) => set(data),
    }),
    {
      name: REVIEWS_KEY,
      version: REVIEWS_VERSION,
      storage: safeStorage<ReviewsData>(),
      partialize: ({ cards }) => ({ cards }),
      migrate: (stored) => stored as ReviewsData,
      merge: (stored, current) => {
        const { data, dropped } = validateReviews(stored ?? {});
        if (dropped) notices.getState().push({ kind: 'reset' });
        return { ...current, ...data };
      },
    },
  ),
);

syncAcrossTabs(REVIEWS_KEY, () => reviews.persist.rehydrate());

/** How many of the lecture's questions are due now (all lectures when `lecture` is undefined). */
export function dueCount(cards: Record<string, ReviewEntry>, now: number, lecture?: string): number {
  return Object.values(cards).filter((entry) => (lecture === undefined || entry.lecture === lecture) && entry.card.due <= now).length;
}
