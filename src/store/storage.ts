/**
 * localStorage for the persisted stores, made safe: stored data that does not parse is moved aside
 * (never overwritten) and the store starts fresh; a save that fails (storage full or disabled)
 * leaves the page working and says so. Either is told to the reader once, through the notices.
 * Two tabs may save at the same moment: a save merges this tab's changes into what the other wrote
 * since this tab last read, entry by entry; and as each tab sees the storage only a moment late, a
 * tab whose save was just overwritten by another's applies its change again on top. Neither is lost.
 */
import { createStore } from 'zustand/vanilla';
import type { PersistStorage, StorageValue } from 'zustand/middleware';

export type NoticeKind = 'reset' | 'save-failed' | 'imported' | 'import-failed';
export interface Notice {
  kind: NoticeKind;
  detail?: string;
}

/** Messages for the reader about their stored data, shown by the notices island. */
export const notices = createStore<{ items: Notice[]; push: (notice: Notice) => void; shift: () => void }>()((set, get) => ({
  items: [],
  push: (notice) => {
    // once per kind until it has been shown
    if (!get().items.some((n) => n.kind === notice.kind)) set({ items: [...get().items, notice] });
  },
  shift: () => set({ items: get().items.slice(1) }),
}));

function local(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** What this tab last read from or wrote to each store: the base of a merge with another tab's save. */
const baselines = new Map<string, string | null>();
/** This tab's last save of each store and what it was based on, while another tab's save may still cross it. */
const recentSaves = new Map<string, { base: string | null; written: string; at: number }>();
const CROSSING_MS = 2000;

export function safeStorage<S>(): PersistStorage<S> {
  return {
    getItem: (name) => {
      const raw = local()?.getItem(name);
      baselines.set(name, raw ?? null);
      if (raw === null || raw === undefined) return null;
      try {
        const value = JSON.parse(raw) as StorageValue<S>;
        if (!value || typeof value !== 'object' || !('state' in value)) throw new Error('not a stored state');
        return value;
      } catch {
        // kept beside the store, so nothing is lost; the store itself starts fresh
        try {
          local()?.setItem(`${name}:unreadable:${Date.now()}`, raw);
          local()?.removeItem(name);
        } catch {
          // no room to keep it either: it stays where it is until the next save
        }
        notices.getState().push({ kind: 'reset' });
        return null;
      }
    },
    setItem: (name, value) => {
      const storage = local();
      if (!storage) {
        notices.getState().push({ kind: 'save-failed', detail: 'storage unavailable' });
        return;
      }
      try {
        const base = baselines.get(name);
        const raw = JSON.stringify(withOtherTabs(value, storage.getItem(name), base));
        storage.setItem(name, raw);
        baselines.set(name, raw);
        recentSaves.set(name, { base: base ?? null, written: raw, at: Date.now() });
      } catch (error) {
        notices.getState().push({ kind: 'save-failed', detail: (error as { name?: string } | null)?.name ?? String(error) });
      }
    },
    removeItem: (name) => {
      try {
        local()?.removeItem(name);
      } catch {
        // nothing to remove from a storage that cannot be used
      }
    },
  };
}

/** Keeps a persisted store in step with other tabs of the site (the storage event). */
export function syncAcrossTabs(name: string, rehydrate: () => Promise<void> | void): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('storage', (event) => {
    if (event.key !== name) return;
    const save = recentSaves.get(name);
    recentSaves.delete(name);
    if (save && event.newValue !== null && event.newValue !== save.written && Date.now() - save.at < CROSSING_MS) {
      // the other tab's save crossed this one: put this tab's change back on top of it
      try {
        const merged = JSON.stringify(withOtherTabs(JSON.parse(save.written) as StorageValue<unknown>, event.newValue, save.base));
        if (merged !== event.newValue) localStorage.setItem(name, merged);
      } catch {
        // the other tab's save stands; this tab reads it
      }
    }
    void rehydrate();
  });
}

type State = Record<string, unknown>;
const isRecord = (value: unknown): value is State => !!value && typeof value === 'object' && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `value` with what another tab saved since `base` (this tab's last read) kept: this tab's changes win where both changed. */
function withOtherTabs<S>(value: StorageValue<S>, current: string | null, base: string | null | undefined): StorageValue<S> {
  if (current === null || base === undefined || current === base) return value;
  try {
    const stored = JSON.parse(current) as StorageValue<S>;
    const before = (base === null ? { state: {} } : JSON.parse(base)) as StorageValue<S>;
    if (stored.version !== value.version || !isRecord(stored.state) || !isRecord(value.state) || !isRecord(before.state)) return value;
    return { ...value, state: mergeChanges(before.state, stored.state, value.state) as S };
  } catch {
    return value;
  }
}

/** `current` with the changes from `base` to `mine` applied; records (read marks, bookmarks, cards) entry by entry. */
export function mergeChanges(base: State, current: State, mine: State): State {
  const merged: State = { ...current };
  for (const key of new Set([...Object.keys(base), ...Object.keys(mine)])) {
    if (same(base[key], mine[key])) continue;
    if (isRecord(mine[key]) && isRecord(current[key])) {
      const was = isRecord(base[key]) ? base[key] : {};
      const entries: State = { ...current[key] };
      for (const entry of new Set([...Object.keys(was), ...Object.keys(mine[key])])) {
        if (same(was[entry], mine[key][entry])) continue;
        if (entry in mine[key]) entries[entry] = mine[key][entry];
        else delete entries[entry];
      }
      merged[key] = entries;
    } else if (key in mine) merged[key] = mine[key];
    else delete merged[key];
  }
  return merged;
}
