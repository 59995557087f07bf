import { useLayoutEffect, useRef, type CSSProperties, type FocusEventHandler, type KeyboardEventHandler, type PointerEventHandler } from 'react';
import { redrawQueue } from './redrawQueue';
import { useElementWidth } from './useElementWidth';

interface CanvasViewProps {
  /** what the canvas shows, in words: its text alternative */
  description: string;
  /** CSS height in px; the width follows the column */
  height: number;
  /** draws the picture in CSS pixels; called again when its inputs, the size or the theme change */
  draw: (context: CanvasRenderingContext2D, width: number, height: number) => void;
  className?: string;
  /** e.g. 'pan-y' for a canvas dragged sideways, so that vertical swipes still scroll the page */
  touchAction?: CSSProperties['touchAction'];
  onPointerDown?: PointerEventHandler<HTMLCanvasElement>;
  onPointerMove?: PointerEventHandler<HTMLCanvasElement>;
  onPointerUp?: PointerEventHandler<HTMLCanvasElement>;
  onPointerCancel?: PointerEventHandler<HTMLCanvasElement>;
  onKeyDown?: KeyboardEventHandler<HTMLCanvasElement>;
  onFocus?: FocusEventHandler<HTMLCanvasElement>;
  onBlur?: FocusEventHandler<HTMLCanvasElement>;
  /** focusable (tabIndex 0) when the canvas answers keys; keyShortcuts names them (aria-keyshortcuts) */
  tabIndex?: number;
  keyShortcuts?: string;
  /** the demo's main picture: its layout keeps it on screen with the main control (data-demo-picture) */
  main?: boolean;
  cursor?: CSSProperties['cursor'];
  /**
   * a draw of new content, or the first of a canvas just shown, takes its turn with the other
   * canvases that defer (see redrawQueue.ts): one change that draws several shows the first at
   * once, the rest one per frame. New colours count as new content (CanvasView cannot tell them
   * apart).
   */
  deferRedraw?: boolean;
}

/**
 * A canvas sized to its column at the device's pixel ratio, with a text alternative. `draw` should
 * be memoised (useCallback) on what it depends on: a new function means a redraw. It paints in a
 * layout effect, so during a drag the picture changes in the same frame as the numbers beside it;
 * the width comes from a ResizeObserver, so a redraw never forces the page's layout.
 */
export function CanvasView({
  description,
  height,
  draw,
  className,
  touchAction,
  main,
  cursor,
  keyShortcuts,
  deferRedraw = false,
  ...handlers
}: CanvasViewProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(ref, 600);
  const drawn = useRef(false);

  useLayoutEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context || width === 0) return;
    const ratio = window.devicePixelRatio || 1;
    const resized = canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio);
    if (resized) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const paint = () => {
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      draw(context, width, height);
      drawn.current = true;
    };
    // a picture cleared by a new size is drawn at once (a resize would flash blank); new content,
    // and the first picture of a canvas just shown, can wait for their turn
    if (!deferRedraw || (resized && drawn.current)) {
      paint();
      return undefined;
    }
    // the cleanup (newer content, unmount) cancels a redraw still waiting
    return redrawQueue.request(canvas, paint);
  }, [draw, height, width, deferRedraw]);

  return (
    <canvas
      ref={ref}
      className={`demo-canvas${className ? ` ${className}` : ''}`}
      role="img"
      aria-label={description}
      aria-keyshortcuts={keyShortcuts}
      data-demo-picture={main ? '' : undefined}
      style={{ width: '100%', height, touchAction, cursor }}
      {...handlers}
    />
  );
}
