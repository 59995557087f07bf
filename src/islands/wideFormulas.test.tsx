import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeResizeObserver } from '../../tests/components/resizeObserver';
import { readPageInfo } from './page';
import { wideFormulas } from './wideFormulas';

/** A formula's laid-out widths, as the browser would report them (jsdom lays nothing out). */
function setWidths(element: HTMLElement, scrollWidth: number, clientWidth: number) {
  Object.defineProperty(element, 'scrollWidth', { value: scrollWidth, configurable: true });
  Object.defineProperty(element, 'clientWidth', { value: clientWidth, configurable: true });
}

describe('formulas wider than the column', () => {
  let resize: ReturnType<typeof fakeResizeObserver>;
  beforeEach(() => {
    resize = fakeResizeObserver();
    document.documentElement.lang = 'ko';
    document.body.innerHTML =
      '<main><div class="note-body"><div class="math math-display" id="near"></div><div class="math math-display" id="far"></div><table id="table"></table></div></main>';
  });
  afterEach(() => vi.unstubAllGlobals());

  const formula = (id: string) => document.getElementById(id)!;

  it('become a labelled, focusable group when they overflow, and stop being one when they fit', () => {
    wideFormulas(document.querySelector('main')!, readPageInfo());
    setWidths(formula('near'), 700, 340);
    resize.report(formula('near'), 340);
    expect(formula('near')).toHaveAttribute('data-wide');
    expect(formula('near')).toHaveAttribute('tabindex', '0');
    expect(formula('near')).toHaveAttribute('role', 'group');
    expect(formula('near')).toHaveAttribute('aria-label', '수식 (옆으로 스크롤)');

    setWidths(formula('near'), 700, 720);
    resize.report(formula('near'), 720);
    expect(formula('near')).not.toHaveAttribute('data-wide');
    expect(formula('near')).not.toHaveAttribute('tabindex');
    expect(formula('near')).not.toHaveAttribute('role');
  });

  it('keeps a table its own role', () => {
    wideFormulas(document.querySelector('main')!, readPageInfo());
    setWidths(formula('table'), 900, 340);
    resize.report(formula('table'), 340);
    expect(formula('table')).toHaveAttribute('data-wide');
    expect(formula('table')).not.toHaveAttribute('role');
    expect(formula('table')).toHaveAttribute('aria-label', '표 (옆으로 스크롤)');
  });

  it('measures a formula far from the screen, whose own box shows no overflow, by its content', () => {
    const far = formula('far');
    far.innerHTML = '<span class="katex-display"></span>';
    // skipped: the box is as wide as the column and reports no overflow; its content, asked, is laid out
    setWidths(far, 340, 340);
    setWidths(far.firstElementChild as HTMLElement, 800, 340);
    wideFormulas(document.querySelector('main')!, readPageInfo());
    resize.report(far, 340);
    expect(far).toHaveAttribute('data-wide');
    expect(far).toHaveAttribute('tabindex', '0');
    // and content that fits leaves it as it is
    setWidths(far.firstElementChild as HTMLElement, 330, 330);
    resize.report(far, 340);
    expect(far).not.toHaveAttribute('data-wide');
  });
});
