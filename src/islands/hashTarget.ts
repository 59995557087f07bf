/**
 * A deep link must land on its heading even when content above it grows after the first scroll
 * (web fonts arriving, a demo replacing its loading box). Until the reader scrolls by themselves,
 * or for a few seconds, the target is put back at the top whenever the page's size changes.
 */
const SETTLE_MS = 4000;
const USER_SCROLL_EVENTS = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;

export function keepHashTargetInView(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target || typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(() => target.scrollIntoView({ block: 'start' }));
  const stop = () => {
    observer.disconnect();
    for (const type of USER_SCROLL_EVENTS) window.removeEventListener(type, stop);
  };
  for (const type of USER_SCROLL_EVENTS) window.addEventListener(type, stop, { passive: true, once: true });
  window.addEventListener('hashchange', stop, { once: true });
  observer.observe(document.body);
  window.setTimeout(stop, SETTLE_MS);
}
