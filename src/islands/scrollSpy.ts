/** How far below the top of the viewport a heading counts as "being read" (px; clears the top bar). */
const READING_LINE_PX = 96;

/** The id of the section being read: the last of `ids` (in page order) above the reading line. */
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

/** Calls `onChange` with the section being read now and whenever it changes (at most once per frame). */
export function followCurrentSection(ids: readonly string[], onChange: (id: string | undefined) => void): () => void {
  let frame = 0;
  let last: string | undefined | null = null;
  const update = () => {
    frame = 0;
    const current = currentSectionId(ids);
    if (current !== last) onChange((last = current));
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  // not at once: reading positions then would force the first layout of the whole page inside
  // the script that mounts the islands, one long task before anything is painted
  schedule();
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  window.addEventListener('hashchange', schedule);
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule);
    window.removeEventListener('resize', schedule);
    window.removeEventListener('hashchange', schedule);
  };
}
