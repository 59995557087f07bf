/**
 * Spaced review of the self-check questions with FSRS (ts-fsrs): "I knew it" is a Good answer,
 * "I didn't" an Again. Cards are kept as plain JSON (dates as ms since 1970) so they can be stored,
 * exported and validated.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';

export interface StoredCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview?: number;
}

// no same-day learning steps: a self-check answered today is asked again on a later day
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

function toCard(stored: StoredCard): Card {
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsedDays,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state,
    last_review: stored.lastReview === undefined ? undefined : new Date(stored.lastReview),
  };
}

function fromCard(card: Card): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review?.getTime(),
  };
}

/** The card after the reader answered at `now`: knew it (Good) or not (Again). A new question starts empty. */
export function rate(stored: StoredCard | undefined, knew: boolean, now: Date): StoredCard {
  const card = stored ? toCard(stored) : createEmptyCard(now);
  const grade: Grade = knew ? Rating.Good : Rating.Again;
  return fromCard(scheduler.next(card, now, grade).card);
}

export function isDue(card: StoredCard, now: number): boolean {
  return card.due <= now;
}
