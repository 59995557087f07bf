import { applyTextSize, applyTheme, preferences, TEXT_SIZES } from '../store/preferences';
import type { PageInfo } from './page';

/** A menu bound to one of the stored preferences: shows it, applies it, and stores a new choice. */
function preferenceMenu<T extends string>(
  element: HTMLElement,
  choices: readonly T[],
  read: () => T,
  write: (choice: T) => void,
  apply: (choice: T) => void,
): void {
  if (!(element instanceof HTMLSelectElement)) return;
  const show = () => {
    apply(read());
    element.value = read();
  };
  element.addEventListener('change', () => {
    const choice = choices.find((c) => c === element.value);
    if (choice) write(choice);
  });
  preferences.subscribe(show);
  show();
}

/** The theme menu: follow the system, light or dark; the choice is kept on the device. */
export function theme(select: HTMLElement, _page: PageInfo): void {
  preferenceMenu(
    select,
    ['system', 'light', 'dark'] as const,
    () => preferences.getState().theme,
    (t) => preferences.getState().setTheme(t),
    applyTheme,
  );
}

/** The text size menu; the choice is kept on the device. */
export function textSize(select: HTMLElement, _page: PageInfo): void {
  preferenceMenu(
    select,
    TEXT_SIZES,
    () => preferences.getState().textSize,
    (s) => preferences.getState().setTextSize(s),
    applyTextSize,
  );
}
