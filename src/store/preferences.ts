import { createJSONStorage, persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { PREFERENCES_KEY } from './keys';

export type ThemeChoice = 'system' | 'light' | 'dark';

interface Preferences {
  theme: ThemeChoice;
  setTheme: (theme: ThemeChoice) => void;
}

/**
 * The reader's display preferences, kept on the device. A vanilla store: the reading path has no
 * React. The head script reads the same key to set the theme before first paint.
 */
export const preferences = createStore<Preferences>()(
  persist(
    (set) => ({
      theme: 'system',
      setTheme: (theme) => set({ theme }),
    }),
    {
      name: PREFERENCES_KEY,
      version: 0,
      // localStorage can be missing or throw (disabled storage): then preferences last for the page only
      storage: createJSONStorage(() => localStorage),
      partialize: ({ theme }) => ({ theme }),
    },
  ),
);

/** Applies a theme choice to the document: the CSS follows :root[data-theme] and color-scheme. */
export function applyTheme(theme: ThemeChoice): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
