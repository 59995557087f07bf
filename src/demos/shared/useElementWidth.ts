import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The CSS width (clientWidth) of the element in `ref`, kept up to date by a ResizeObserver so that
 * reading it never forces the page's layout. `fallback` stands in while the element has no width
 * yet (jsdom, not laid out).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 0): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth || fallback);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
    // measured once per element: the observer reports every later change
    // oxlint-disable-next-line react/exhaustive-deps
  }, []);
  return width;
}
