import { describe, expect, it } from 'vitest';
import { isDue, rate, type StoredCard } from './schedule';

const DAY = 24 * 60 * 60 * 1000;
const start = new Date('2026-12-01T09:00:00Z');

/** Answers a card every time it falls due, for `days` days; returns the days it was asked. */
function simulate(answers: (reviewNumber: number) => boolean, days: number) {
  let card: StoredCard | undefined;
  const asked: number[] = [];
  for (let day = 0; day < days; day++) {
    const now = new Date(start.getTime() + day * DAY);
    if (card && !isDue(card, now.getTime())) continue;
    asked.push(day);
    card = rate(card, answers(asked.length), now);
  }
  return { card: card!, asked };
}

describe('FSRS review of a self-check question', () => {
  it('asks a question known every time less and less often', () => {
    const { asked, card } = simulate(() => true, 120);
    const gaps = asked.slice(1).map((day, i) => day - asked[i]!);
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    // each interval at least as long as the one before, and growing overall
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThanOrEqual(gaps[i - 1]!);
    expect(gaps.at(-1)!).toBeGreaterThan(gaps[0]! * 3);
    expect(card.lapses).toBe(0);
  });

  it('brings a forgotten question back soon, and counts the lapse', () => {
    const known = simulate(() => true, 60);
    const forgotten = simulate((n) => n !== 3, 60);
    expect(forgotten.card.lapses).toBe(1);
    expect(forgotten.asked.length).toBeGreaterThan(known.asked.length);
    const afterLapse = forgotten.asked[3]! - forgotten.asked[2]!;
    expect(afterLapse).toBeLessThanOrEqual(2);
  });

  it('is due again at once only when not known at the first answer', () => {
    const knew = rate(undefined, true, start);
    const didNot = rate(undefined, false, start);
    expect(knew.due).toBeGreaterThan(didNot.due);
    expect(isDue(didNot, start.getTime() + DAY)).toBe(true);
    expect(JSON.parse(JSON.stringify(knew))).toEqual(knew);
  });
});
