import { useCallback, useEffect, useRef, useState } from 'react';
import { afterNextPaint } from '../shared/slices';
import type { Rotation } from './rotation';
import { DRAG_SURFACE_STYLE, useDragRotate } from './useDragRotate';
import { createViewer, type Viewer, type ViewerColors, type ViewerContent } from './viewer';

/**
 * When a view draws:
 * - Turning (drag, held arrow keys): in the next animation frame, never straight from an input
 *   handler. A held key or a drag then costs one drawing per frame, and the browser holds frames
 *   back while the GPU is behind (software WebGL), instead of queueing a drawing per key press
 *   whose paints pile up for seconds.
 * - A new size (shown, or its column changed): in the frame's own rendering, from the
 *   ResizeObserver, after the layout the browser does anyway; reading the size sooner would force
 *   that layout from script.
 * - New content or colours: at once, in the change's own frame.
 * Drawn a frame late, a change's picture lands in the frame of the key's release, and Chromium
 * then reported that release as an interaction of 250 ms (the "Show" choice from all views to
 * one, software WebGL).
 */
const waiting = new Set<ViewerSlot>();
let frame = 0;

function drawSoon(slot: ViewerSlot): void {
  waiting.add(slot);
  frame ||= requestAnimationFrame(() => {
    frame = 0;
    const slots = [...waiting];
    waiting.clear();
    for (const next of slots) next.draw();
  });
}

/**
 * A WebGL canvas and its viewer, made the first time its view is shown and kept while the demo is
 * open: a view hidden and shown again (the "Show" choice) finds its context and its compiled
 * shaders still there instead of making them anew (tens of milliseconds with software WebGL).
 */
export class ViewerSlot {
  private canvas: HTMLCanvasElement | null = null;
  private viewer: Viewer | null = null;
  private missing = false;
  /** the canvas's CSS width, as the ResizeObserver last reported it (0: not laid out yet) */
  private width = 0;
  private latest: { rotation: Rotation; height: number } = { rotation: { yaw: 0, pitch: 0 }, height: 0 };

  /** whether an earlier showing found no WebGL */
  get unavailable(): boolean {
    return this.missing;
  }

  /** Puts the canvas into `holder` (made on first use); false when the browser has no WebGL. */
  attach(holder: HTMLElement): boolean {
    if (!this.canvas && !this.missing) {
      const canvas = document.createElement('canvas');
      this.viewer = createViewer(canvas);
      if (this.viewer) {
        canvas.className = 'demo-canvas';
        canvas.setAttribute('role', 'img');
        canvas.tabIndex = 0;
        Object.assign(canvas.style, { display: 'block', width: '100%', ...DRAG_SURFACE_STYLE });
        this.canvas = canvas;
      } else this.missing = true;
    }
    if (this.canvas) holder.append(this.canvas);
    return this.canvas !== null;
  }

  detach(): void {
    this.canvas?.remove();
    // put back later, it is drawn when laid out again
    this.width = 0;
  }

  /**
   * Calls `onResize` when the canvas is first laid out and whenever its size changes, until the
   * returned function is called.
   */
  observeSize(onResize: () => void): () => void {
    const canvas = this.canvas;
    if (!canvas) return () => undefined;
    if (typeof ResizeObserver === 'undefined') {
      this.width = canvas.clientWidth || 300;
      return () => undefined;
    }
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      this.width = Math.round(entry.contentRect.width);
      onResize();
    });
    observer.observe(canvas);
    return () => observer.disconnect();
  }

  describe(description: string, height: number): void {
    if (!this.canvas) return;
    this.canvas.setAttribute('aria-label', description);
    this.canvas.style.height = `${height}px`;
  }

  show(content: ViewerContent, colors: ViewerColors): void {
    this.viewer?.show(content, colors);
  }

  prepare(contents: readonly ViewerContent[]): void {
    this.viewer?.prepare?.(contents);
  }

  /** Draws the view turned by `rotation` in the next animation frame. */
  render(rotation: Rotation, height: number): void {
    this.latest = { rotation, height };
    if (this.canvas?.isConnected && this.viewer) drawSoon(this);
  }

  /** Draws the view now (new content, colours or size). */
  drawNow(rotation: Rotation, height: number): void {
    this.latest = { rotation, height };
    waiting.delete(this);
    this.draw();
  }

  draw(): void {
    const { canvas, viewer, width } = this;
    // not laid out yet: the ResizeObserver's first report draws it
    if (!canvas || !viewer || !canvas.isConnected || width <= 0) return;
    const { rotation, height } = this.latest;
    viewer.render(rotation.yaw, rotation.pitch, width, height, window.devicePixelRatio || 1);
  }

  dispose(): void {
    this.viewer?.dispose();
    this.viewer = null;
    this.canvas = null;
  }
}

/** The demo's viewer slots by name, disposed when the demo goes. */
export function useViewerSlots(): (name: string) => ViewerSlot {
  const [slots] = useState(() => new Map<string, ViewerSlot>());
  useEffect(
    () => () => {
      for (const slot of slots.values()) slot.dispose();
      slots.clear();
    },
    [slots],
  );
  return useCallback(
    (name: string) => {
      let slot = slots.get(name);
      if (!slot) slots.set(name, (slot = new ViewerSlot()));
      return slot;
    },
    [slots],
  );
}

interface ThreeViewProps {
  slot: ViewerSlot;
  content: ViewerContent;
  colors: ViewerColors;
  rotation: Rotation;
  onRotate: (rotation: Rotation, final: boolean) => void;
  height: number;
  /** the text alternative: object, representation, count or resolution, rotation */
  description: string;
  /** shown instead of the canvas when there is no WebGL */
  unavailableText: string;
  /** contents that may be shown next (the other shapes): built and compiled in idle time */
  upcoming?: readonly ViewerContent[];
}

/** A WebGL view of one representation that turns with drag, touch and the arrow keys. */
export function ThreeView({ slot, content, colors, rotation, onRotate, height, description, unavailableText, upcoming }: ThreeViewProps) {
  const holderRef = useRef<HTMLDivElement>(null);
  const rotationRef = useRef(rotation);
  const heightRef = useRef(height);
  const [unavailable, setUnavailable] = useState(() => slot.unavailable);
  const gesture = useDragRotate(rotation, onRotate);

  const paint = useCallback(() => slot.render(rotationRef.current, heightRef.current), [slot]);
  const paintNow = useCallback(() => slot.drawNow(rotationRef.current, heightRef.current), [slot]);

  // first: put the slot's canvas in place (made on the first showing), and draw it once laid out and at every new size
  useEffect(() => {
    const holder = holderRef.current;
    if (!holder) return;
    if (!slot.attach(holder)) {
      setUnavailable(true);
      return;
    }
    const stopObserving = slot.observeSize(paintNow);
    return () => {
      stopObserving();
      slot.detach();
    };
  }, [slot, paintNow]);

  useEffect(() => slot.describe(description, height), [slot, description, height]);

  // New content (another shape, count or resolution) is drawn just after the frame that shows the
  // change: that frame carries the control, the numbers and the 2D views, and this WebGL draw
  // (3–6 ms) follows instead of adding to it. The first content is drawn once laid out.
  const shownBefore = useRef(false);
  useEffect(() => {
    slot.show(content, colors);
    if (!shownBefore.current) {
      shownBefore.current = true;
      paintNow();
      return undefined;
    }
    return afterNextPaint(paintNow);
  }, [slot, content, colors, paintNow]);

  useEffect(() => {
    if (!upcoming?.length || typeof window.requestIdleCallback !== 'function') return;
    const handle = window.requestIdleCallback(() => slot.prepare(upcoming), { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, [slot, upcoming]);

  useEffect(() => {
    const turned = rotationRef.current.yaw !== rotation.yaw || rotationRef.current.pitch !== rotation.pitch;
    rotationRef.current = rotation;
    // a new height reaches the canvas through `describe`, and its ResizeObserver draws it
    heightRef.current = height;
    if (turned) paint();
  }, [rotation, height, paint]);

  if (unavailable) {
    return (
      <p
        className="demo-canvas"
        role="note"
        style={{ height, margin: 0, padding: '0.75rem', fontSize: '0.92rem', boxSizing: 'border-box', border: '1px dashed currentColor', overflow: 'auto' }}
      >
        {unavailableText}
      </p>
    );
  }
  // the holder keeps the canvas's place from the first frame on, before the canvas is put in it
  return <div ref={holderRef} style={{ ...DRAG_SURFACE_STYLE, height }} {...gesture} />;
}
