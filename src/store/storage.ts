/**
 * localStorage for the persisted stores, made safe: stored data that does not parse is moved aside
 * (never overwritten) and the store starts fresh; a save that fails (storage full or disabled)
 * leaves the page working and says so. Either is told to the reader once, through the notices.
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

export function safeStorage<S>(): PersistStorage<S> {
  return {
    getItem: (name) => {
      const raw = local()?.getItem(name);
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
      try {
        local()?.setItem(name, JSON.stringify(value));
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
    if (event.key === name) void rehydrate();
  });
}
