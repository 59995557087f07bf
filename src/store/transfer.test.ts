// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { progress } from './progress';
import { reviews } from './reviews';
import { exportData, importData } from './transfer';

afterEach(() => {
  localStorage.clear();
  progress.setState({ read: {}, places: {}, bookmarks: {} });
  reviews.setState({ cards: {} });
});

const card = (lastReview: number) => ({
  due: lastReview + 1000,
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  lastReview,
});

describe('export and import', () => {
  it('takes everything out as one file and back in, merging with what is there', async () => {
    progress.getState().setRead('stft', 'l', true);
    progress.getState().toggleBookmark({ topic: 'stft', anchor: 'a', label: 'A', topicTitle: 'STFT', lang: 'ko', at: 1 });
    progress.getState().setPlace('l', { topic: 'stft', anchor: 'a', label: 'A', lang: 'ko', at: 10 });
    const file = JSON.stringify(await exportData());
    progress.setState({ read: { mel: { lecture: 'l', at: 3 } }, places: { l: { topic: 'mel', anchor: '', label: 'Mel', lang: 'ko', at: 20 } }, bookmarks: {} });
    expect(await importData(file)).toEqual({ ok: true, counts: { read: 1, bookmarks: 1, notes: 0, lectures: 0 }, failedLectures: [] });
    const state = progress.getState();
    expect(Object.keys(state.read).sort()).toEqual(['mel', 'stft']);
    expect(Object.keys(state.bookmarks)).toEqual(['stft#a']);
    // the newer place stays
    expect(state.places.l?.topic).toBe('mel');
  });

  it('carries review cards, keeping the more recently reviewed one', async () => {
    reviews.getState().setCard('q-a', { topic: 'stft', lecture: 'l', lang: 'ko', card: card(100) });
    reviews.getState().setCard('q-b', { topic: 'stft', lecture: 'l', lang: 'ko', card: card(100) });
    const file = JSON.stringify(await exportData());
    reviews.setState({ cards: { 'q-a': { topic: 'stft', lecture: 'l', lang: 'ko', card: card(500) } } });
    expect(await (await importData(file)).ok).toBe(true);
    expect(reviews.getState().cards['q-a']?.card.lastReview).toBe(500);
    expect(reviews.getState().cards['q-b']?.card.lastReview).toBe(100);
  });

  it('refuses what is not an export of this app, or is damaged, and changes nothing', async () => {
    progress.getState().setRead('stft', 'l', true);
    const before = JSON.stringify(progress.getState().read);
    expect(await importData('not json')).toEqual({ ok: false, reason: 'not-json' });
    expect(await importData('{"hello": 1}')).toEqual({ ok: false, reason: 'not-ours' });
    expect(await importData(JSON.stringify({ ...(await exportData()), version: 99 }))).toEqual({ ok: false, reason: 'newer' });
    expect(await importData(JSON.stringify({ ...(await exportData()), progress: { read: { x: { lecture: 1 } } } }))).toEqual({ ok: false, reason: 'invalid' });
    expect(JSON.stringify(progress.getState().read)).toBe(before);
  });
});
