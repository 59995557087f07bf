import { useLayoutEffect, useRef, type PointerEventHandler } from 'react';

interface LayoutCanvasProps {
  /** what the canvas shows, in words: its text alternative */
  description: string;
  /** CSS height in px; the width follows the column */
  height: number;
  /** draws the picture in CSS pixels; called again when it changes, on resize and on theme change */
  draw: (context: CanvasRenderingContext2D, width: number, height: number) => void;
  className?: string;
  onPointerDown?: PointerEventHandler<HTMLCanvasElement>;
  onPointerMove?: PointerEventHandler<HTMLCanvasElement>;
  onPointerUp?: PointerEventHandler<HTMLCanvasElement>;
}

/**
 * shared/CanvasView, painting in a layout effect instead of a passive one: during a drag the
 * canvases change in the same frame as the numbers beside them (a passive effect may run after the
 * browser has painted), and a redraw is one block of work from render to the last canvas.
 */
export function LayoutCanvas({ description, height, draw, className, ...pointer }: LayoutCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  // the CSS width, read once and then kept by the ResizeObserver: reading clientWidth on every
  // paint would force a layout of the whole page after each change of the numbers beside the canvas
  const widthRef = useRef(0);
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const paint = () => {
      const context = canvas.getContext('2d');
      if (!context) return;
      const ratio = window.devicePixelRatio || 1;
      const width = (widthRef.current ||= canvas.clientWidth || 600);
      if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
        canvas.width = Math.round(width * ratio);
        canvas.height = Math.round(height * ratio);
      }
      context.setTransform(ratio, 0, 0, ratio, 0, 0);
      context.clearRect(0, 0, width, height);
      draw(context, width, height);
    };
    paint();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? canvas.clientWidth;
      if (width > 0 && width !== widthRef.current) {
        widthRef.current = width;
        paint();
      }
    });
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [draw, height]);
  return (
    <canvas
      ref={ref}
      className={`demo-canvas${className ? ` ${className}` : ''}`}
      role="img"
      aria-label={description}
      style={{ width: '100%', height, touchAction: 'pan-y' }}
      {...pointer}
    />
  );
}
