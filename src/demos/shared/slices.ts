/**
 * Long computations without a long task: a computation written in steps (a generator, see
 * src/lib/steps.ts) is run a slice at a time, at most `budgetMs` per animation frame (or per idle
 * period), so that input and painting go on in between. A newer request cancels the older one.
 */
import { useEffect, useState } from 'react';
import { runToEnd, type Steps } from '../../lib/steps';

/** Time and the moments at which work may run; the browser's by default, a fake one in tests. */
export interface SliceClock {
  now(): number;
  /** runs `callback` at the next opportunity (the next frame, or idle time); returns a cancel function */
  later(callback: () => void): () => void;
}

/** Work per slice: half a 60 Hz frame, leaving the other half for input handling, layout and paint. */
export const SLICE_BUDGET_MS = 4;

/** One slice per animation frame (a timer where there is none). */
export const frameClock: SliceClock = {
  now: () => performance.now(),
  later(callback) {
    if (typeof requestAnimationFrame === 'function') {
      const handle = requestAnimationFrame(() => callback());
      return () => cancelAnimationFrame(handle);
    }
    const handle = setTimeout(callback, 16);
    return () => clearTimeout(handle);
  },
};

/** One slice per idle period (a timer where there is no requestIdleCallback). */
export const idleClock: SliceClock = {
  now: () => performance.now(),
  later(callback) {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => callback(), { timeout: 1000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(callback, 50);
    return () => clearTimeout(handle);
  },
};

/**
 * Runs `callback` just after the next frame is painted (from a timer that frame's animation
 * callback sets), so that its work is not part of that frame; returns a cancel function.
 */
export function afterNextPaint(callback: () => void, clock: SliceClock = frameClock): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancelFrame = clock.later(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelFrame();
    clearTimeout(timer);
  };
}

export interface SliceOptions {
  budgetMs?: number;
  clock?: SliceClock;
  /** a step threw; without it the error is thrown from the slice */
  onError?: (error: unknown) => void;
}

/**
 * Runs `steps` in slices, from the clock's next opportunity on: each slice takes steps until
 * `budgetMs` have passed (so a slice lasts the budget plus at most one step), then waits for the
 * next. `onDone` gets the result. Returns a function that cancels the rest.
 */
export function runInSlices<T>(steps: Iterator<unknown, T, undefined>, onDone: (value: T) => void, options: SliceOptions = {}): () => void {
  const { budgetMs = SLICE_BUDGET_MS, clock = frameClock, onError } = options;
  let cancelled = false;
  let cancelNext = () => undefined as void;
  const slice = () => {
    if (cancelled) return;
    const start = clock.now();
    try {
      for (;;) {
        const step = steps.next();
        if (step.done) {
          cancelled = true;
          onDone(step.value);
          return;
        }
        if (clock.now() - start >= budgetMs) break;
      }
    } catch (error) {
      cancelled = true;
      if (!onError) throw error;
      onError(error);
      return;
    }
    cancelNext = clock.later(slice);
  };
  cancelNext = clock.later(slice);
  return () => {
    if (cancelled) return;
    cancelled = true;
    cancelNext();
    steps.return?.(undefined as never);
  };
}

/** Runs `steps` in idle time, a few milliseconds at a time (warming caches, precomputing). */
export function runWhenIdle(steps: Iterator<unknown, unknown, undefined>, options: Omit<SliceOptions, 'clock'> = {}): () => void {
  return runInSlices(steps, () => undefined, { budgetMs: 4, ...options, clock: idleClock });
}

export interface SlicedOptions {
  /** wait this long after the last change before starting (a drag then starts no run per step) */
  delayMs?: number;
  /**
   * start in the frame after the one that shows the change: the input's own frame then carries
   * only what the component renders at once (the rest of the picture follows one frame later)
   */
  afterPaint?: boolean;
  clock?: SliceClock;
}

/**
 * The result of `job` (a function returning the steps of a computation), worked out in slices
 * whenever `job` changes (see SlicedOptions for when it starts). The first result is computed at
 * once, on the first render. Until a newer result is ready, the last one is returned with
 * `pending` true. Memoise `job` (useCallback/useMemo) on what it depends on: a new function is a
 * new computation. An error a step throws reaches the component's error boundary.
 */
export function useSliced<T>(job: () => Steps<T>, { delayMs = 0, afterPaint = false, clock }: SlicedOptions = {}): { value: T; pending: boolean } {
  const [done, setDone] = useState(() => ({ job, value: runToEnd(job()) }));
  useEffect(() => {
    if (done.job === job) return;
    let cancel = () => undefined as void;
    const start = () => {
      cancel = runInSlices(job(), (value) => setDone({ job, value }), {
        clock,
        onError: (error) =>
          setDone(() => {
            throw error;
          }),
      });
    };
    // the slices run from the next frame on; after paint, from the frame after that
    const timer = setTimeout(() => (afterPaint ? (cancel = (clock ?? frameClock).later(start)) : start()), delayMs);
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, [job, done.job, delayMs, afterPaint, clock]);
  return { value: done.value, pending: done.job !== job };
}

/**
 * Runs the steps `makeSteps` gives once, in idle time after the component mounts (cancelled if
 * it unmounts first): e.g. the computation a first change will need, so that its code is
 * compiled and its caches are filled before the reader reaches for a control.
 */
export function useIdleWork(makeSteps: () => Iterator<unknown, unknown, undefined>): void {
  const [start] = useState(() => makeSteps);
  useEffect(() => runWhenIdle(start()), [start]);
}
