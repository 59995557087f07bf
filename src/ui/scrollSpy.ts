import { useEffect, useState } from 'react';

/** How far below the top of the viewport a heading counts as "being read" (px; clears the top bar). */
const READING_LINE_PX = 96;

/** The id of the section being read: the last listed heading above the reading line. */
export function currentSectionId(ids: readonly string[]): string | undefined {
  let current: string | undefined;
  for (const id of ids) {
    const element = document.getElementById(id);
    if (!element) continue;
    if (element.getBoundingClientRect().top <= READING_LINE_PX) current = id;
    else break;
  }
  return current;
}

/** Follows the scroll: the section being read, updated at most once per frame. */
export function useCurrentSection(ids: readonly string[]): string | undefined {
  const [current, setCurrent] = useState<string | undefined>(undefined);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      setCurrent(currentSectionId(ids));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    window.addEventListener('hashchange', schedule);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      window.removeEventListener('hashchange', schedule);
    };
  }, [ids]);
  return current;
}
