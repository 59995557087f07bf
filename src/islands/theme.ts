import { applyTextSize, applyTheme, preferences, TEXT_SIZES, type ThemeChoice } from '../store/preferences';
import type { PageInfo } from './page';

const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** The text size menu; the choice is kept on the device. */
export function textSize(select: HTMLElement, _page: PageInfo): void {
  if (!(select instanceof HTMLSelectElement)) return;
  const show = () => {
    const size = preferences.getState().textSize;
    applyTextSize(size);
    select.value = size;
  };
  select.addEventListener('change', () => {
    const size = TEXT_SIZES.find((s) => s === select.value);
    if (size) preferences.getState().setTextSize(size);
  });
  preferences.subscribe(show);
  show();
}

/** The theme menu: follow the system, light or dark; the choice is kept on the device. */
export function theme(select: HTMLElement, _page: PageInfo): void {
  if (!(select instanceof HTMLSelectElement)) return;
  const show = () => {
    const choice = preferences.getState().theme;
    applyTheme(choice);
    select.value = choice;
  };
  select.addEventListener('change', () => {
    const choice = CHOICES.find((c) => c === select.value);
    if (choice) preferences.getState().setTheme(choice);
  });
  preferences.subscribe(show);
  show();
}
