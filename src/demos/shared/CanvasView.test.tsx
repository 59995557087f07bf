import { render, screen } from '@testing-library/react';
import { useCallback } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubAnimationFrames } from '../../../tests/components/animationFrames';
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

/** Two canvases whose pictures are `version` (each draw records its canvas and version). */
function Pair({ version, drawn, secondHeight = 50, deferRedraw }: { version: number; drawn: string[]; secondHeight?: number; deferRedraw?: boolean }) {
  const first = useCallback(() => void drawn.push(`first ${version}`), [drawn, version]);
  const second = useCallback(() => void drawn.push(`second ${version}`), [drawn, version]);
  return (
    <>
      <CanvasView description="First" height={50} draw={first} deferRedraw={deferRedraw} />
      <CanvasView description="Second" height={secondHeight} draw={second} deferRedraw={deferRedraw} />
    </>
  );
}

/** Ends the test's current task, as separate inputs are (the redraw queue counts redraws per task). */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('CanvasView with deferRedraw', () => {
  it("new content on several canvases in one change: the first is redrawn at once, the next one frame after the change's own frame", async () => {
    const frames = stubAnimationFrames();
    const drawn: string[] = [];
    const { rerender } = render(<Pair version={1} drawn={drawn} deferRedraw />);
    expect(drawn).toEqual(['first 1']);
    frames.run();
    frames.run();
    expect(drawn).toEqual(['first 1', 'second 1']);
    await nextTask();

    rerender(<Pair version={2} drawn={drawn} deferRedraw />);
    expect(drawn).toEqual(['first 1', 'second 1', 'first 2']);
    frames.run(); // the change's own frame
    expect(drawn).toHaveLength(3);
    frames.run();
    expect(drawn).toEqual(['first 1', 'second 1', 'first 2', 'second 2']);
  });

  it('draws a new size at once, though another canvas redrew first in the same change', async () => {
    const frames = stubAnimationFrames();
    const drawn: string[] = [];
    const { rerender } = render(<Pair version={1} drawn={drawn} deferRedraw />);
    frames.run();
    frames.run();
    await nextTask();
    rerender(<Pair version={2} drawn={drawn} secondHeight={80} deferRedraw />);
    expect(drawn.slice(2)).toEqual(['first 2', 'second 2']);
  });

  it('a canvas shown in a change that draws another is drawn in its turn, and a resize of a drawn one at once', async () => {
    const observer = fakeResizeObserver();
    const frames = stubAnimationFrames();
    const drawn: string[] = [];
    render(<Pair version={1} drawn={drawn} deferRedraw />);
    globalThis.IS_REACT_ACT_ENVIRONMENT = false; // the reports come from the browser, outside React's events
    // both laid out in one task: the first shows its picture, the second a frame later
    observer.report(screen.getByRole('img', { name: 'First' }), 400);
    observer.report(screen.getByRole('img', { name: 'Second' }), 400);
    expect(drawn).toEqual(['first 1']);
    frames.run();
    expect(drawn).toEqual(['first 1']);
    frames.run();
    expect(drawn).toEqual(['first 1', 'second 1']);
    await nextTask();
    observer.report(screen.getByRole('img', { name: 'First' }), 300);
    observer.report(screen.getByRole('img', { name: 'Second' }), 300);
    expect(drawn).toEqual(['first 1', 'second 1', 'first 1', 'second 1']);
  });

  it('never draws content that newer content replaced before its turn', async () => {
    const frames = stubAnimationFrames();
    const drawn: string[] = [];
    const { rerender } = render(<Pair version={1} drawn={drawn} deferRedraw />);
    frames.run();
    frames.run();
    await nextTask();
    rerender(<Pair version={2} drawn={drawn} deferRedraw />);
    await nextTask();
    rerender(<Pair version={3} drawn={drawn} deferRedraw />);
    for (let i = 0; i < 3; i++) frames.run();
    expect(drawn.slice(2)).toEqual(['first 2', 'first 3', 'second 3']);
  });

  it('an unmount cancels a redraw still waiting', async () => {
    const frames = stubAnimationFrames();
    const drawn: string[] = [];
    const { rerender, unmount } = render(<Pair version={1} drawn={drawn} deferRedraw />);
    frames.run();
    frames.run();
    await nextTask();
    rerender(<Pair version={2} drawn={drawn} deferRedraw />);
    unmount();
    for (let i = 0; i < 3; i++) frames.run();
    expect(drawn).toEqual(['first 1', 'second 1', 'first 2']);
  });

  it('without it (the default), every redraw is drawn at once', async () => {
    stubAnimationFrames();
    const drawn: string[] = [];
    const { rerender } = render(<Pair version={1} drawn={drawn} />);
    await nextTask();
    rerender(<Pair version={2} drawn={drawn} />);
    expect(drawn.slice(2)).toEqual(['first 2', 'second 2']);
  });
});
