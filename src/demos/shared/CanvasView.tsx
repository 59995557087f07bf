import { useEffect, useRef, type PointerEventHandler } from 'react';

interface CanvasViewProps {
  /** what the canvas shows, in words: its text alternative */
  description: string;
  /** CSS height in px; the width follows the column */
  height: number;
  /** draws the picture in CSS pixels; called again when its inputs, the size or the theme change */
  draw: (context: CanvasRenderingContext2D, width: number, height: number) => void;
  className?: string;
  onPointerDown?: PointerEventHandler<HTMLCanvasElement>;
  onPointerMove?: PointerEventHandler<HTMLCanvasElement>;
  onPointerUp?: PointerEventHandler<HTMLCanvasElement>;
}

/**
 * A canvas sized to its column at the device's pixel ratio, with a text alternative. `draw` should
 * be memoised (useCallback) on what it depends on: a new function means a redraw.
 */
export function CanvasView({ description, height, draw, className, ...pointer }: CanvasViewProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const paint = () => {
      const context = canvas.getContext('2d');
      if (!context) return;
      const ratio = window.devicePixelRatio || 1;
      const width = canvas.clientWidth || 600;
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
    let lastWidth = canvas.clientWidth;
    const observer = new ResizeObserver(() => {
      if (canvas.clientWidth !== lastWidth) {
        lastWidth = canvas.clientWidth;
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
      style={{ width: '100%', height }}
      {...pointer}
    />
  );
}
