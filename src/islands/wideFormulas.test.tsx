import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeResizeObserver } from '../../tests/components/resizeObserver';
import { readPageInfo } from './page';
import { wideFormulas } from './wideFormulas';

/** Lets the measuring tasks run (the island measures in tasks of its own, after the resize reports). */
const measured = () => new Promise((resolve) => setTimeout(resolve, 0));

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
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  const formula = (id: string) => document.getElementById(id)!;

  it('become a labelled, focusable group when they overflow, and stop being one when they fit', async () => {
    wideFormulas(document.querySelector('main')!, readPageInfo());
    setWidths(formula('near'), 700, 340);
    resize.report(formula('near'), 340);
    await measured();
    expect(formula('near')).toHaveAttribute('data-wide');
    expect(formula('near')).toHaveAttribute('tabindex', '0');
    expect(formula('near')).toHaveAttribute('role', 'group');
    expect(formula('near')).toHaveAttribute('aria-label', '수식 (옆으로 스크롤)');

    setWidths(formula('near'), 700, 720);
    resize.report(formula('near'), 720);
    await measured();
    expect(formula('near')).not.toHaveAttribute('data-wide');
    expect(formula('near')).not.toHaveAttribute('tabindex');
    expect(formula('near')).not.toHaveAttribute('role');
  });

  it('keeps a table its own role', async () => {
    wideFormulas(document.querySelector('main')!, readPageInfo());
    setWidths(formula('table'), 900, 340);
    resize.report(formula('table'), 340);
    await measured();
    expect(formula('table')).toHaveAttribute('data-wide');
    expect(formula('table')).not.toHaveAttribute('role');
    expect(formula('table')).toHaveAttribute('aria-label', '표 (옆으로 스크롤)');
  });

  it('measures a formula far from the screen, whose own box shows no overflow, by its content', async () => {
    const far = formula('far');
    far.innerHTML = '<span class="katex-display"></span>';
    // skipped: the box is as wide as the column and reports no overflow; its content, asked, is laid out
    setWidths(far, 340, 340);
    setWidths(far.firstElementChild as HTMLElement, 800, 340);
    wideFormulas(document.querySelector('main')!, readPageInfo());
    resize.report(far, 340);
    await measured();
    expect(far).toHaveAttribute('data-wide');
    expect(far).toHaveAttribute('tabindex', '0');
    // and content that fits leaves it as it is
    setWidths(far.firstElementChild as HTMLElement, 330, 330);
    resize.report(far, 340);
    await measured();
    expect(far).not.toHaveAttribute('data-wide');
  });

  it('measures in slices of a few milliseconds, each reading every width before it writes', async () => {
    const ids = ['near', 'far', 'table'];
    const reads: string[] = [];
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    for (const id of ids) {
      const element = formula(id);
      Object.defineProperty(element, 'clientWidth', { value: 340, configurable: true });
      Object.defineProperty(element, 'scrollWidth', {
        configurable: true,
        get: () => {
          now += 4; // each width read lays out for 4 ms: a slice (6 ms) reads two
          const written = ids.filter((other) => formula(other).hasAttribute('data-wide'));
          reads.push(written.length ? `${id} (${written.join(', ')} marked)` : id);
          return 800;
        },
      });
    }
    wideFormulas(document.querySelector('main')!, readPageInfo());
    ids.forEach((id) => resize.report(formula(id), 340));
    expect(reads).toEqual([]); // nothing is measured in the observer's callback
    await measured();
    expect(reads).toEqual(['near', 'far']);
    expect(ids.map((id) => formula(id).hasAttribute('data-wide'))).toEqual([true, true, false]);
    await measured();
    expect(reads).toEqual(['near', 'far', 'table (near, far marked)']);
    expect(formula('table')).toHaveAttribute('data-wide');
  });
});
