import { applyTheme, preferences } from '../store/preferences';
import type { PageInfo } from './page';

/** The theme button: light or dark; until the reader chooses, the theme follows the system. */
export function theme(button: HTMLElement, _page: PageInfo): void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => {
    const choice = preferences.getState().theme;
    return choice === 'dark' || (choice === 'system' && media.matches);
  };
  const show = () => {
    applyTheme(preferences.getState().theme);
    button.setAttribute('aria-pressed', String(isDark()));
  };
  button.addEventListener('click', () => preferences.getState().setTheme(isDark() ? 'light' : 'dark'));
  preferences.subscribe(show);
  media.addEventListener('change', show);
  show();
}
