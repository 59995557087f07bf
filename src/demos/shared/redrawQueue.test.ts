import { describe, expect, it } from 'vitest';
import { createRedrawQueue } from './redrawQueue';
import type { SliceClock } from './slices';

/** A queue on a fake clock: `frame()` runs what waits for the next frame, `endTask()` ends the current task. */
function fakeQueue() {
  let frames: (() => void)[] = [];
  let taskEnds: (() => void)[] = [];
  const clock: SliceClock = {
    now: () => 0,
    later(callback) {
      frames.push(callback);
      return () => {
        frames = frames.filter((queued) => queued !== callback);
      };
    },
  };
  const queue = createRedrawQueue(clock, (callback) => taskEnds.push(callback));
  const ran: string[] = [];
  return {
    queue,
    ran,
    /** asks for a redraw that records `name` when it runs */
    request: (owner: object, name: string) => queue.request(owner, () => ran.push(name)),
    pendingFrames: () => frames.length,
    frame() {
      const run = frames;
      frames = [];
      for (const callback of run) callback();
    },
    endTask() {
      const run = taskEnds;
      taskEnds = [];
      for (const callback of run) callback();
    },
  };
}

const depth = { name: 'depth' };
const views = { name: 'views' };
const slice = { name: 'slice' };

describe('createRedrawQueue', () => {
  it('runs the first redraw of a task at once, the others one per frame in the order asked, none in the frame of the first', () => {
    const fake = fakeQueue();
    fake.request(depth, 'depth 1');
    fake.request(views, 'views 1');
    fake.request(slice, 'slice 1');
    fake.endTask();
    expect(fake.ran).toEqual(['depth 1']);
    fake.frame(); // the input's own frame: it already carries the depth map
    expect(fake.ran).toEqual(['depth 1']);
    fake.frame();
    expect(fake.ran).toEqual(['depth 1', 'views 1']);
    fake.frame();
    expect(fake.ran).toEqual(['depth 1', 'views 1', 'slice 1']);
    expect(fake.pendingFrames()).toBe(0);
  });

  it('runs a lone redraw of each task at once (a drag: one canvas per move)', () => {
    const fake = fakeQueue();
    for (let move = 1; move <= 3; move++) {
      fake.request(depth, `depth ${move}`);
      fake.endTask();
    }
    expect(fake.ran).toEqual(['depth 1', 'depth 2', 'depth 3']);
    expect(fake.pendingFrames()).toBe(0);
  });

  it('a newer redraw of a waiting owner takes its place: the older never runs, and cancelling it does nothing', () => {
    const fake = fakeQueue();
    fake.request(depth, 'depth 1');
    const cancelOlderViews = fake.request(views, 'views 1');
    fake.request(slice, 'slice 1');
    fake.endTask();
    // a second change before either has run: the views keep their turn, with the newer content
    fake.request(depth, 'depth 2');
    fake.request(views, 'views 2');
    fake.endTask();
    cancelOlderViews(); // the effect cleanup of the older content comes after the newer request here
    for (let i = 0; i < 4; i++) fake.frame();
    expect(fake.ran).toEqual(['depth 1', 'depth 2', 'views 2', 'slice 1']);
  });

  it('a redraw run at once drops a waiting older one of the same owner', () => {
    const fake = fakeQueue();
    fake.request(depth, 'depth 1');
    fake.request(slice, 'slice 1');
    fake.endTask();
    // the slice slider, before the slice's turn came: drawn at once, the waiting one is stale
    fake.request(slice, 'slice 2');
    fake.endTask();
    for (let i = 0; i < 3; i++) fake.frame();
    expect(fake.ran).toEqual(['depth 1', 'slice 2']);
  });

  it('a new task skips the frame it draws in, even while older redraws wait', () => {
    const fake = fakeQueue();
    fake.request(depth, 'depth 1');
    fake.request(views, 'views 1');
    fake.request(slice, 'slice 1');
    fake.endTask();
    fake.frame();
    fake.frame();
    expect(fake.ran).toEqual(['depth 1', 'views 1']);
    fake.request(depth, 'depth 2'); // a drag starts while the slice waits
    fake.endTask();
    fake.frame();
    expect(fake.ran).toEqual(['depth 1', 'views 1', 'depth 2']);
    fake.frame();
    expect(fake.ran).toEqual(['depth 1', 'views 1', 'depth 2', 'slice 1']);
  });

  it('cancelling (an unmount) removes a waiting redraw, and with none left asks for no frame', () => {
    const fake = fakeQueue();
    fake.request(depth, 'depth 1');
    const cancelViews = fake.request(views, 'views 1');
    const cancelSlice = fake.request(slice, 'slice 1');
    fake.endTask();
    cancelViews();
    fake.frame();
    fake.frame();
    expect(fake.ran).toEqual(['depth 1', 'slice 1']);
    cancelSlice(); // already run: nothing to cancel

    fake.request(depth, 'depth 2');
    const cancelViewsAgain = fake.request(views, 'views 2');
    fake.endTask();
    cancelViewsAgain();
    expect(fake.pendingFrames()).toBe(0);
    expect(fake.ran).toEqual(['depth 1', 'slice 1', 'depth 2']);
  });
});
