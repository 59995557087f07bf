import { useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * The CSS width of the element in `ref`, as a ResizeObserver reports it: first in the rendering of
 * the frame the element appears in, after the layout the browser does anyway (read at mount, it
 * would force that layout from script), then at every change. Each report re-renders at once
 * (flushSync), so what depends on the width is drawn in that same frame. `fallback` stands in
 * where there is no ResizeObserver (jsdom). An element that is not laid out (display: none)
 * reports 0.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 0): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (typeof ResizeObserver === 'undefined') {
      setWidth(element.clientWidth || fallback);
      return;
    }
    const observer = new ResizeObserver(([entry]) => {
      if (entry) flushSync(() => setWidth(Math.round(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
    // measured once per element: the observer reports every later change
    // oxlint-disable-next-line react/exhaustive-deps
  }, []);
  return width;
}
