import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeResizeObserver } from '../../../tests/components/resizeObserver';
import { CanvasView } from './CanvasView';

declare global {
  // oxlint-disable-next-line no-var -- React reads this global
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
});

describe('CanvasView', () => {
  it('draws when its ResizeObserver first reports the width, within that report, without reading the layout itself', () => {
    const observer = fakeResizeObserver();
    const widthReads = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get');
    const draw = vi.fn();
    render(<CanvasView description="A picture" height={120} draw={draw} />);
    const canvas = screen.getByRole('img', { name: 'A picture' });
    expect(draw).not.toHaveBeenCalled();
    expect(widthReads).not.toHaveBeenCalled();

    // the browser's report comes outside any React event: the redraw must not wait for a later task
    globalThis.IS_REACT_ACT_ENVIRONMENT = false;
    observer.report(canvas, 480);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(draw).toHaveBeenLastCalledWith(expect.anything(), 480, 120);
    expect(canvas).toHaveProperty('width', Math.round(480 * (window.devicePixelRatio || 1)));

    observer.report(canvas, 320);
    expect(draw).toHaveBeenLastCalledWith(expect.anything(), 320, 120);
    expect(widthReads).not.toHaveBeenCalled();
  });

  it('draws nothing while it is not laid out (a width of 0), and draws once it is', () => {
    const observer = fakeResizeObserver();
    const draw = vi.fn();
    render(<CanvasView description="Hidden" height={80} draw={draw} />);
    const canvas = screen.getByRole('img', { name: 'Hidden' });
    globalThis.IS_REACT_ACT_ENVIRONMENT = false;
    observer.report(canvas, 0);
    expect(draw).not.toHaveBeenCalled();
    observer.report(canvas, 250);
    expect(draw).toHaveBeenLastCalledWith(expect.anything(), 250, 80);
  });

  it('without a ResizeObserver, draws at once at the fallback width', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const draw = vi.fn();
    render(<CanvasView description="Fallback" height={60} draw={draw} />);
    expect(draw).toHaveBeenLastCalledWith(expect.anything(), 600, 60);
  });
});
