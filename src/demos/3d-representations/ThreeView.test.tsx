import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeResizeObserver } from '../../../tests/components/resizeObserver';
import { ThreeView, ViewerSlot } from './ThreeView';
import type { ViewerContent } from './viewer';

// jsdom has no WebGL: the three.js module is replaced by a recorder of what is drawn
const fake = vi.hoisted(() => ({ shown: [] as ViewerContent[], renders: [] as { yaw: number; width: number; height: number }[] }));
vi.mock('./viewer', () => ({
  createViewer: () => ({
    show: (content: ViewerContent) => fake.shown.push(content),
    render: (yaw: number, _pitch: number, width: number, height: number) => fake.renders.push({ yaw, width, height }),
    dispose: () => undefined,
  }),
}));

const frames: FrameRequestCallback[] = [];
const runFrame = () => frames.splice(0).forEach((callback) => callback(performance.now()));

const points = (n: number): ViewerContent => ({ kind: 'points', positions: new Float32Array(n * 3) });
const colors = { fill: '#0969da', line: '#57606a' };

function renderView(slot: ViewerSlot, props: { content: ViewerContent; yaw: number; height: number }) {
  return (
    <ThreeView
      slot={slot}
      content={props.content}
      colors={colors}
      rotation={{ yaw: props.yaw, pitch: 20 }}
      onRotate={() => undefined}
      height={props.height}
      description="Point cloud"
      unavailableText="No WebGL"
    />
  );
}

beforeEach(() => {
  fake.shown.length = 0;
  fake.renders.length = 0;
  frames.length = 0;
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('ThreeView', () => {
  it('draws once laid out, at the width its ResizeObserver reports, and again at each new size', () => {
    const observer = fakeResizeObserver();
    const slot = new ViewerSlot();
    const content = points(10);
    const { container, rerender } = render(renderView(slot, { content, yaw: 30, height: 220 }));
    const canvas = container.querySelector('canvas')!;
    expect(fake.renders).toEqual([]);

    observer.report(canvas, 400, 220);
    expect(fake.renders).toEqual([{ yaw: 30, width: 400, height: 220 }]);

    // a larger view: the new height reaches the canvas, whose new size is drawn when reported
    rerender(renderView(slot, { content, yaw: 30, height: 340 }));
    runFrame();
    expect(fake.renders).toHaveLength(1);
    observer.report(canvas, 800, 340);
    expect(fake.renders.at(-1)).toEqual({ yaw: 30, width: 800, height: 340 });
    expect(fake.renders).toHaveLength(2);
  });

  it('draws new content just after the frame that shows the change, and a turn in the next animation frame', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const observer = fakeResizeObserver();
    const slot = new ViewerSlot();
    const { container, rerender } = render(renderView(slot, { content: points(10), yaw: 30, height: 220 }));
    observer.report(container.querySelector('canvas')!, 400, 220);
    expect(fake.renders).toHaveLength(1);

    const more = points(20);
    rerender(renderView(slot, { content: more, yaw: 30, height: 220 }));
    expect(fake.shown.at(-1)).toBe(more);
    // not in the input's own frame (its animation callbacks included), but right after it
    runFrame();
    expect(fake.renders).toHaveLength(1);
    vi.runAllTimers();
    expect(fake.renders).toHaveLength(2);

    rerender(renderView(slot, { content: more, yaw: 31, height: 220 }));
    rerender(renderView(slot, { content: more, yaw: 32, height: 220 }));
    expect(fake.renders).toHaveLength(2);
    runFrame();
    // two turns within one frame: one drawing, of the latest
    expect(fake.renders).toHaveLength(3);
    expect(fake.renders.at(-1)).toEqual({ yaw: 32, width: 400, height: 220 });
  });

  it('a view taken away and shown again is drawn when laid out again, not at its old size', () => {
    const observer = fakeResizeObserver();
    const slot = new ViewerSlot();
    const content = points(10);
    const first = render(renderView(slot, { content, yaw: 30, height: 220 }));
    observer.report(first.container.querySelector('canvas')!, 400, 220);
    first.unmount();
    fake.renders.length = 0;

    const again = render(renderView(slot, { content, yaw: 30, height: 340 }));
    expect(fake.renders).toEqual([]);
    observer.report(again.container.querySelector('canvas')!, 800, 340);
    expect(fake.renders).toEqual([{ yaw: 30, width: 800, height: 340 }]);
  });
});
