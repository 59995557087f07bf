import type { PageInfo } from './page';

/**
 * A display formula or a table wider than the column scrolls sideways. Those that do (on this
 * screen, now) become a labelled group that the keyboard can reach and scroll; the CSS draws
 * shadows at the edges of formulas that still hide something. A formula far from the screen is
 * not laid out (content-visibility: auto) and its own box shows no overflow; its content, asked
 * for its width, is laid out for the answer, so a wide formula is a tab stop before it is reached.
 */
export function wideFormulas(main: HTMLElement, { t }: PageInfo): void {
  const formulas = [...main.querySelectorAll<HTMLElement>('.math-display, .note-body table')];
  if (!formulas.length || typeof ResizeObserver === 'undefined') return;
  const update = (formula: HTMLElement) => {
    const contentWidth = Math.max(formula.scrollWidth, ...[...formula.children].map((child) => child.scrollWidth));
    const wide = contentWidth > formula.clientWidth + 1;
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
  const observer = new ResizeObserver((entries) => entries.forEach((entry) => update(entry.target as HTMLElement)));
  formulas.forEach((formula) => observer.observe(formula));
}
