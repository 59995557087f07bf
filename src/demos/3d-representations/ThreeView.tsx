import { useCallback, useEffect, useRef, useState } from 'react';
import type { Rotation } from './rotation';
import { DRAG_SURFACE_STYLE, useDragRotate } from './useDragRotate';
import { createViewer, type Viewer, type ViewerColors, type ViewerContent } from './viewer';

interface ThreeViewProps {
  content: ViewerContent;
  colors: ViewerColors;
  rotation: Rotation;
  onRotate: (rotation: Rotation, final: boolean) => void;
  height: number;
  /** the text alternative: object, representation, count or resolution, rotation */
  description: string;
  /** shown instead of the canvas when there is no WebGL */
  unavailableText: string;
}

/** A WebGL view of one representation that turns with drag, touch and the arrow keys. */
export function ThreeView({ content, colors, rotation, onRotate, height, description, unavailableText }: ThreeViewProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const viewerRef = useRef<Viewer | null>(null);
  const rotationRef = useRef(rotation);
  const heightRef = useRef(height);
  const [unavailable, setUnavailable] = useState(false);
  const gesture = useDragRotate(rotation, onRotate);

  const paint = useCallback(() => {
    const canvas = canvasRef.current;
    const viewer = viewerRef.current;
    if (!canvas || !viewer) return;
    viewer.render(rotationRef.current.yaw, rotationRef.current.pitch, canvas.clientWidth || 300, heightRef.current, window.devicePixelRatio || 1);
  }, []);

  // first: create the viewer (the effects below rely on it), and redraw when the column resizes
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const viewer = createViewer(canvas);
    if (!viewer) {
      setUnavailable(true);
      return;
    }
    viewerRef.current = viewer;
    let lastWidth = canvas.clientWidth;
    const observer =
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(() => {
            if (canvas.clientWidth === lastWidth) return;
            lastWidth = canvas.clientWidth;
            paint();
          });
    observer?.observe(canvas);
    return () => {
      observer?.disconnect();
      viewer.dispose();
      viewerRef.current = null;
    };
  }, [paint]);

  useEffect(() => {
    viewerRef.current?.show(content, colors);
    paint();
  }, [content, colors, paint]);

  useEffect(() => {
    rotationRef.current = rotation;
    heightRef.current = height;
    paint();
  }, [rotation, height, paint]);

  if (unavailable) {
    return (
      <p className="demo-canvas" role="note" style={{ height, margin: 0, padding: '0.75rem', fontSize: '0.92rem', boxSizing: 'border-box', border: '1px dashed currentColor', overflow: 'auto' }}>
        {unavailableText}
      </p>
    );
  }
  return (
    <canvas
      ref={canvasRef}
      className="demo-canvas"
      role="img"
      aria-label={description}
      tabIndex={0}
      style={{ width: '100%', height, ...DRAG_SURFACE_STYLE }}
      {...gesture}
    />
  );
}
