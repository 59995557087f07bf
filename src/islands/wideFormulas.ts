import type { PageInfo } from './page';

/** Measuring a formula far from the screen lays its content out: a few per task, never one long task. */
const SLICE_MS = 6;

/**
 * A display formula or a table wider than the column scrolls sideways. Those that do (on this
 * screen, now) become a labelled group that the keyboard can reach and scroll; the CSS draws
 * shadows at the edges of formulas that still hide something. A formula far from the screen is
 * not laid out (content-visibility: auto) and its own box shows no overflow; its content, asked
 * for its width, is laid out for the answer, so a wide formula is a tab stop before it is reached.
 * That costs a note with many formulas tens of milliseconds: they are measured in slices of tasks,
 * in page order, each slice reading all its widths before it writes (one layout per slice).
 */
export function wideFormulas(main: HTMLElement, { t }: PageInfo): void {
  const formulas = [...main.querySelectorAll<HTMLElement>('.math-display, .note-body table')];
  if (!formulas.length || typeof ResizeObserver === 'undefined') return;
  const isWide = (formula: HTMLElement) => Math.max(formula.scrollWidth, ...[...formula.children].map((child) => child.scrollWidth)) > formula.clientWidth + 1;
  const mark = (formula: HTMLElement, wide: boolean) => {
    if (wide === formula.hasAttribute('data-wide')) return;
    if (wide) {
      formula.setAttribute('data-wide', '');
      formula.tabIndex = 0;
      // a table keeps its own role; a formula's box becomes a named group
      if (formula.tagName !== 'TABLE') formula.setAttribute('role', 'group');
      formula.setAttribute('aria-label', formula.tagName === 'TABLE' ? t.wideTable : t.wideFormula);
    } else {
      formula.removeAttribute('data-wide');
      formula.removeAttribute('tabindex');
      formula.removeAttribute('role');
      formula.removeAttribute('aria-label');
    }
  };

  const pending = new Set<HTMLElement>();
  let scheduled = false;
  const measureSlice = () => {
    scheduled = false;
    const start = performance.now();
    const measured: [HTMLElement, boolean][] = [];
    for (const formula of pending) {
      pending.delete(formula);
      measured.push([formula, isWide(formula)]);
      if (performance.now() - start > SLICE_MS) break;
    }
    for (const [formula, wide] of measured) mark(formula, wide);
    if (pending.size) schedule();
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(measureSlice, 0);
  };
  const observer = new ResizeObserver((entries) => {
    // a formula resized again before its turn keeps its place and is measured once
    for (const entry of entries) pending.add(entry.target as HTMLElement);
    schedule();
  });
  formulas.forEach((formula) => observer.observe(formula));
}
