import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeResizeObserver } from '../../tests/components/resizeObserver';
import { readPageInfo } from './page';
import { wideFormulas } from './wideFormulas';

/** A formula's laid-out widths, as the browser would report them (jsdom lays nothing out). */
function setWidths(element: HTMLElement, scrollWidth: number, clientWidth: number) {
  Object.defineProperty(element, 'scrollWidth', { value: scrollWidth, configurable: true });
  Object.defineProperty(element, 'clientWidth', { value: clientWidth, configurable: true });
}

/** The event the browser sends to a content-visibility: auto block when it starts or stops being skipped; it does not bubble. */
function stateChange(block: Element, skipped: boolean) {
  block.dispatchEvent(Object.assign(new Event('contentvisibilityautostatechange', { bubbles: false }), { skipped }));
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

  it('measures a formula that was skipped far from the screen again when it comes near, even if its size stays', () => {
    wideFormulas(document.querySelector('main')!, readPageInfo());
    // skipped: not laid out, it measures as wide as its box
    setWidths(formula('far'), 340, 340);
    resize.report(formula('far'), 340);
    expect(formula('far')).not.toHaveAttribute('data-wide');
    // laid out now, at the same box size: no resize report, only the state change
    setWidths(formula('far'), 800, 340);
    stateChange(formula('far'), true);
    expect(formula('far')).not.toHaveAttribute('data-wide');
    stateChange(formula('far'), false);
    expect(formula('far')).toHaveAttribute('data-wide');
    // a block around formulas (a list item, say) coming near measures those inside it only
    setWidths(formula('near'), 900, 340);
    stateChange(document.querySelector('.note-body')!.parentElement!.querySelector('#table')!, false);
    expect(formula('near')).not.toHaveAttribute('data-wide');
  });
});
