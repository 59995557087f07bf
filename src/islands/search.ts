import { lazy } from './lazy';
import type { PageInfo } from './page';

/** Whether a key press is the reader typing somewhere, not a shortcut. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The search button in the top bar, and its keys: "/" anywhere but in a field, and Ctrl+K or ⌘K.
 * The search itself (React, MiniSearch, the indexes) loads the first time it is opened.
 */
export function search(button: HTMLElement, page: PageInfo): void {
  const open = async () => {
    // the search bundle takes React from the shared runtime, which the React islands bundle fills
    await lazy.reactIslands();
    const { openSearch } = await lazy.search();
    openSearch(page, button);
  };
  button.addEventListener('click', () => void open());
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !commandK) return;
    event.preventDefault();
    void open();
  });
}
