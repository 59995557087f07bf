/**
 * Work in steps: a long computation written as a generator that yields between small pieces of
 * work (a row, a frame, a layer) gives the same result whether it is run to the end at once
 * (`runToEnd`, what the known-answer tests call) or a few steps at a time, so that a page can
 * keep answering input in between (src/demos/shared/slices.ts). Pure; no DOM.
 */

/** A computation in steps: each `next()` does one piece of work; the last returns the result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step and returns the result. */
export function runToEnd<T>(steps: Iterator<unknown, T, undefined>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `body(from, to)` over [0, count) in pieces of at most `size`, one step each. */
export function* inChunks(count: number, size: number, body: (from: number, to: number) => void): Steps<void> {
  for (let from = 0; from < count; from += size) {
    body(from, Math.min(count, from + size));
    yield;
  }
}
