/**
 * Canvas redraws spread over frames: when one change (one React commit) gives several canvases new
 * content, the first is redrawn at once, in the input's own frame, and the others follow one per
 * frame, so that no single frame carries them all. A change that redraws one canvas (a drag, a
 * slider) still shows its picture in the same frame as its numbers.
 */
import { frameClock, type SliceClock } from './slices';

export interface RedrawQueue {
  /**
   * Runs `redraw` at once when it is the first asked in this task (a commit runs all its layout
   * effects in one task), else in a later frame, one per frame, in the order asked, never in the
   * frame of a redraw run at once. A newer redraw of the same `owner` replaces a waiting one in its
   * place (the older never runs). Returns a function that cancels a waiting redraw (unmount, newer
   * content).
   */
  request(owner: object, redraw: () => void): () => void;
}

/**
 * `clock` gives the frames; `endOfTask` runs a callback once the current task's synchronous work
 * (the commit) is over. Both are the browser's by default, fakes in tests.
 */
export function createRedrawQueue(clock: SliceClock = frameClock, endOfTask: (callback: () => void) => void = queueMicrotask): RedrawQueue {
  // a Map keeps insertion order, and `set` on a waiting owner keeps its place
  const waiting = new Map<object, () => void>();
  let ranThisTask = false;
  let skipFrame = false;
  let cancelFrame: (() => void) | null = null;

  const frame = () => {
    cancelFrame = null;
    const next = waiting.entries().next();
    if (next.done) return;
    if (skipFrame) {
      // this frame already carries a redraw run at once (the input's)
      skipFrame = false;
      cancelFrame = clock.later(frame);
      return;
    }
    const [owner, redraw] = next.value;
    waiting.delete(owner);
    // the next frame is asked for first, so that a redraw that throws does not stop the others
    if (waiting.size) cancelFrame = clock.later(frame);
    redraw();
  };

  return {
    request(owner, redraw) {
      if (!ranThisTask) {
        ranThisTask = true;
        skipFrame = true;
        endOfTask(() => (ranThisTask = false));
        // an older redraw of this owner, still waiting, would draw stale content after this one
        waiting.delete(owner);
        redraw();
        return () => undefined;
      }
      waiting.set(owner, redraw);
      cancelFrame ??= clock.later(frame);
      return () => {
        if (waiting.get(owner) !== redraw) return;
        waiting.delete(owner);
        if (!waiting.size && cancelFrame) {
          cancelFrame();
          cancelFrame = null;
        }
      };
    },
  };
}

/** The queue the page's canvases share (CanvasView's `deferRedraw`). */
export const redrawQueue = createRedrawQueue();
