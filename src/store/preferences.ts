import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { PREFERENCES_KEY } from './keys';
import { safeStorage, syncAcrossTabs } from './storage';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type TextSize = 'small' | 'normal' | 'large' | 'larger';
export const TEXT_SIZES: readonly TextSize[] = ['small', 'normal', 'large', 'larger'];

interface Preferences {
  theme: ThemeChoice;
  textSize: TextSize;
  setTheme: (theme: ThemeChoice) => void;
  setTextSize: (size: TextSize) => void;
}

/**
 * The reader's display preferences, kept on the device. A vanilla store: the reading path has no
 * React. The head script reads the same key to set the theme before first paint.
 */
export const preferences = createStore<Preferences>()(
  persist(
    (set) => ({
      theme: 'system',
      textSize: 'normal',
      setTheme: (theme) => set({ theme }),
      setTextSize: (textSize) => set({ textSize }),
    }),
    {
      name: PREFERENCES_KEY,
      version: 0,
      // localStorage can be missing or throw (disabled storage): then preferences last for the page only
      storage: safeStorage<Pick<Preferences, 'theme' | 'textSize'>>(),
      partialize: ({ theme, textSize }) => ({ theme, textSize }),
      // stored preferences are two small fields: keep each only if it is a known value
      merge: (stored, current) => {
        const value = (stored ?? {}) as Partial<Preferences>;
        return {
          ...current,
          theme: (['system', 'light', 'dark'] as const).find((t) => t === value.theme) ?? current.theme,
          textSize: TEXT_SIZES.find((s) => s === value.textSize) ?? current.textSize,
        };
      },
    },
  ),
);

syncAcrossTabs(PREFERENCES_KEY, () => preferences.persist.rehydrate());

/** Applies a text size to the document (the CSS scales the root font size). */
export function applyTextSize(size: TextSize): void {
  const root = document.documentElement;
  if (size === 'normal') root.removeAttribute('data-text-size');
  else root.setAttribute('data-text-size', size);
}

/** Applies a theme choice to the document: the CSS follows :root[data-theme] and color-scheme. */
export function applyTheme(theme: ThemeChoice): void {
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
