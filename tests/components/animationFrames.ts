import { act } from '@testing-library/react';
import { vi } from 'vitest';

/**
 * Animation frames the test runs: `run()` runs those asked so far (one frame), inside act();
 * `settle()` ends the current task, then runs frames (and the timers between them) until none is
 * asked for.
 */
export function stubAnimationFrames() {
  const frames = new Map<number, FrameRequestCallback>();
  let handle = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.set(++handle, callback);
    return handle;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  const run = () =>
    act(() => {
      const due = [...frames.values()];
      frames.clear();
      for (const callback of due) callback(performance.now());
    });
  return {
    run,
    async settle() {
      for (let i = 0; i < 500; i++) {
        await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
        if (frames.size === 0) return;
        run();
      }
      throw new Error('frames still asked for after 500');
    },
  };
}
