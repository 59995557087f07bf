// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_KEY, progress, validateProgress } from './progress';
import { notices } from './storage';

afterEach(() => {
  localStorage.clear();
  progress.setState({ read: {}, places: {}, bookmarks: {} });
  notices.setState({ items: [] });
  vi.restoreAllMocks();
});

const stored = () => JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null') as { state: unknown; version: number };

describe('the progress store', () => {
  it('saves read marks, places and bookmarks under a schema version, and reads them back', async () => {
    progress.getState().setRead('stft', 'lecture', true);
    progress.getState().setPlace('lecture', { topic: 'stft', anchor: 'definition', label: 'STFT의 정의', lang: 'ko', at: 5 });
    progress.getState().toggleBookmark({ topic: 'stft', anchor: 'fig-a', label: 'Figure', topicTitle: 'STFT', lang: 'ko', at: 6 });
    const saved = stored();
    expect(saved.version).toBe(1);
    // a new page reads back what this one saved
    progress.setState({ read: {}, places: {}, bookmarks: {} });
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(saved));
    await progress.persist.rehydrate();
    expect(Object.keys(progress.getState().read)).toEqual(['stft']);
    expect(progress.getState().places.lecture?.anchor).toBe('definition');
    expect(Object.keys(progress.getState().bookmarks)).toEqual(['stft#fig-a']);
    progress.getState().setRead('stft', 'lecture', false);
    progress.getState().toggleBookmark({ topic: 'stft', anchor: 'fig-a', label: 'Figure', topicTitle: 'STFT', lang: 'ko', at: 7 });
    expect(progress.getState().read).toEqual({});
    expect(progress.getState().bookmarks).toEqual({});
  });

  it('starts fresh from stored data that does not parse, keeps that data aside and says so once', async () => {
    localStorage.setItem(PROGRESS_KEY, '{"state": {"read": ');
    await progress.persist.rehydrate();
    expect(progress.getState().read).toEqual({});
    const kept = Object.keys(localStorage).filter((key) => key.startsWith(`${PROGRESS_KEY}:unreadable:`));
    expect(kept).toHaveLength(1);
    expect(localStorage.getItem(kept[0]!)).toBe('{"state": {"read": ');
    expect(notices.getState().items).toEqual([{ kind: 'reset' }]);
  });

  it('keeps what is valid in stored data and drops the rest', async () => {
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ version: 1, state: { read: { stft: { lecture: 'l', at: 1 }, broken: { lecture: 3 } }, places: 'nonsense', bookmarks: {} } }),
    );
    await progress.persist.rehydrate();
    expect(progress.getState().read).toEqual({ stft: { lecture: 'l', at: 1 } });
    expect(progress.getState().places).toEqual({});
    expect(notices.getState().items[0]?.kind).toBe('reset');
  });

  it('follows another tab that saves', async () => {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, state: { read: { mel: { lecture: 'l', at: 2 } }, places: {}, bookmarks: {} } }));
    window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY }));
    await vi.waitFor(() => expect(Object.keys(progress.getState().read)).toEqual(['mel']));
  });

  it('keeps working, and says so, when saving fails', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    progress.getState().setRead('stft', 'l', true);
    expect(progress.getState().read.stft?.lecture).toBe('l');
    expect(notices.getState().items).toEqual([{ kind: 'save-failed', detail: 'QuotaExceededError' }]);
  });
});

describe('validateProgress', () => {
  it('counts what it drops', () => {
    expect(validateProgress(null).dropped).toBe(1);
    expect(validateProgress({ read: { a: { lecture: 'l', at: -1 } } })).toEqual({ data: { read: {}, places: {}, bookmarks: {} }, dropped: 1 });
  });
});
