/**
 * How far to scroll so that a demo's main control and its main picture are on screen together:
 * the smallest vertical scroll that brings both boxes (viewport coordinates) between `top` (below
 * the sticky top bar) and `bottom`. 0 when they are already in view, or when together they are
 * taller than the room (then the browser's own scroll to the control stands).
 */
export function scrollToReveal(control: { top: number; bottom: number }, picture: { top: number; bottom: number }, top: number, bottom: number): number {
  const from = Math.min(control.top, picture.top);
  const to = Math.max(control.bottom, picture.bottom);
  if (to - from > bottom - top) return 0;
  if (from < top) return from - top;
  if (to > bottom) return to - bottom;
  return 0;
}
