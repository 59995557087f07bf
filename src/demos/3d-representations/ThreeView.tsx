import { useCallback, useEffect, useRef, useState } from 'react';
import type { Rotation } from './rotation';
import { DRAG_SURFACE_STYLE, useDragRotate } from './useDragRotate';
import { createViewer, type Viewer, type ViewerColors, type ViewerContent } from './viewer';

/**
 * Views draw in animation frames, never straight from an input handler: a held arrow key or a
 * drag then costs one drawing per frame, and the browser holds frames back while the GPU is
 * behind (software WebGL), instead of queueing a drawing per key press whose paints pile up for
 * seconds. A view whose size changed makes new drawing buffers (several milliseconds per view
 * with software WebGL), so those draw one per frame.
 */
const waiting = new Set<ViewerSlot>();
const resized: ViewerSlot[] = [];
let frame = 0;

function drawSoon(slot: ViewerSlot, sizeChanged: boolean): void {
  if (sizeChanged) {
    if (!resized.includes(slot)) resized.push(slot);
  } else waiting.add(slot);
  frame ||= requestAnimationFrame(drawWaiting);
}

function drawWaiting(): void {
  frame = 0;
  const slots = [...waiting];
  waiting.clear();
  const next = resized.shift();
  for (const slot of slots) if (slot !== next && !resized.includes(slot)) slot.draw();
  next?.draw();
  if (resized.length) frame = requestAnimationFrame(drawWaiting);
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
  private drawnSize = '';
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
  }

  /** Calls `onResize` when the canvas's width changes, until the returned function is called. */
  observeWidth(onResize: () => void): () => void {
    const canvas = this.canvas;
    if (!canvas || typeof ResizeObserver === 'undefined') return () => undefined;
    let lastWidth = canvas.clientWidth;
    const observer = new ResizeObserver(() => {
      if (canvas.clientWidth === lastWidth) return;
      lastWidth = canvas.clientWidth;
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

  /** Draws the view turned by `rotation` in the next animation frame (after a resize, within a few). */
  render(rotation: Rotation, height: number): void {
    this.latest = { rotation, height };
    const canvas = this.canvas;
    if (!canvas || !this.viewer || !canvas.isConnected) return;
    drawSoon(this, this.drawnSize !== '' && this.drawnSize !== `${canvas.clientWidth || 300}x${height}`);
  }

  draw(): void {
    const { canvas, viewer } = this;
    if (!canvas || !viewer || !canvas.isConnected) return;
    const { rotation, height } = this.latest;
    const width = canvas.clientWidth || 300;
    viewer.render(rotation.yaw, rotation.pitch, width, height, window.devicePixelRatio || 1);
    this.drawnSize = `${width}x${height}`;
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

  // first: put the slot's canvas in place (made on the first showing), and redraw when the column resizes
  useEffect(() => {
    const holder = holderRef.current;
    if (!holder) return;
    if (!slot.attach(holder)) {
      setUnavailable(true);
      return;
    }
    const stopObserving = slot.observeWidth(paint);
    return () => {
      stopObserving();
      slot.detach();
    };
  }, [slot, paint]);

  useEffect(() => slot.describe(description, height), [slot, description, height]);

  useEffect(() => {
    slot.show(content, colors);
    paint();
  }, [slot, content, colors, paint]);

  useEffect(() => {
    if (!upcoming?.length || typeof window.requestIdleCallback !== 'function') return;
    const handle = window.requestIdleCallback(() => slot.prepare(upcoming), { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, [slot, upcoming]);

  useEffect(() => {
    rotationRef.current = rotation;
    heightRef.current = height;
    paint();
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
