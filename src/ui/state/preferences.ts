import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** Storage key; the inline script in the page head reads it too, to set the theme before first paint. */
export const PREFERENCES_KEY = 'study-notes:preferences';

interface Preferences {
  theme: ThemeChoice;
  setTheme: (theme: ThemeChoice) => void;
}

export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      theme: 'system',
      setTheme: (theme) => set({ theme }),
    }),
    {
      name: PREFERENCES_KEY,
      // localStorage can be missing or throw (disabled storage, SSR): then preferences last for the page only
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
