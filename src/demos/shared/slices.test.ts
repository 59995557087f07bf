import { describe, expect, it } from 'vitest';
import type { Steps } from '../../lib/steps';
import { runInSlices, type SliceClock } from './slices';

/** A clock whose time moves only when a step says so, and whose frames run when `frame()` is called. */
function fakeClock() {
  let time = 0;
  let queue: (() => void)[] = [];
  const clock: SliceClock = {
    now: () => time,
    later(callback) {
      queue.push(callback);
      return () => {
        queue = queue.filter((queued) => queued !== callback);
      };
    },
  };
  return {
    clock,
    advance: (ms: number) => (time += ms),
    pending: () => queue.length,
    /** runs what waits for the next frame; returns how long that slice took */
    frame() {
      const start = time;
      const run = queue;
      queue = [];
      for (const callback of run) callback();
      return time - start;
    },
  };
}

/** n steps of `stepMs` each, recording which ran; returns n. */
function* work(n: number, stepMs: number, advance: (ms: number) => void, ran: number[]): Steps<number> {
  for (let i = 0; i < n; i++) {
    advance(stepMs);
    ran.push(i);
    yield;
  }
  return n;
}

describe('runInSlices', () => {
  it('waits for the next frame, then runs at most the budget (plus one step) per frame until done', () => {
    const fake = fakeClock();
    const ran: number[] = [];
    let result: number | undefined;
    runInSlices(work(10, 2, fake.advance, ran), (value) => (result = value), { budgetMs: 5, clock: fake.clock });
    expect(ran).toEqual([]);
    expect(fake.frame()).toBe(6); // 2 + 2 + 2 ≥ 5: the slice ends
    expect(ran).toEqual([0, 1, 2]);
    expect(result).toBeUndefined();
    expect(fake.frame()).toBe(6);
    expect(fake.frame()).toBe(6);
    expect(result).toBeUndefined();
    fake.frame(); // the last step, then the generator returns
    expect(ran).toHaveLength(10);
    expect(result).toBe(10);
    expect(fake.pending()).toBe(0);
  });

  it('gives the same result as running the steps at once', () => {
    const fake = fakeClock();
    let result: number | undefined;
    function* sum(): Steps<number> {
      let total = 0;
      for (let i = 1; i <= 1000; i++) {
        total += 1 / i;
        fake.advance(0.1);
        yield;
      }
      return total;
    }
    let expected = 0;
    for (let i = 1; i <= 1000; i++) expected += 1 / i;
    runInSlices(sum(), (value) => (result = value), { budgetMs: 6, clock: fake.clock });
    let frames = 0;
    for (; frames < 100 && fake.pending() > 0; frames++) fake.frame();
    expect(result).toBe(expected);
    expect(frames).toBe(17); // 60 steps per slice
  });

  it('stops when cancelled, and closes the generator', () => {
    const fake = fakeClock();
    const ran: number[] = [];
    let closed = false;
    function* steps(): Steps<string> {
      try {
        yield* work(10, 3, fake.advance, ran);
        return 'done';
      } finally {
        closed = true;
      }
    }
    let result: string | undefined;
    const cancel = runInSlices(steps(), (value) => (result = value), { budgetMs: 5, clock: fake.clock });
    fake.frame();
    expect(ran).toEqual([0, 1]);
    cancel();
    expect(closed).toBe(true);
    expect(fake.pending()).toBe(0);
    fake.frame();
    expect(ran).toEqual([0, 1]);
    expect(result).toBeUndefined();
    cancel(); // twice is harmless
  });

  it('hands a step’s error to onError and stops', () => {
    const fake = fakeClock();
    function* failing(): Steps<number> {
      yield;
      throw new Error('bad input');
    }
    const errors: unknown[] = [];
    runInSlices(failing(), () => undefined, { clock: fake.clock, onError: (error) => errors.push(error) });
    fake.frame();
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('bad input');
    expect(fake.pending()).toBe(0);
  });
});
