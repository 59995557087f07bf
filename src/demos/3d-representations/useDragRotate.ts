import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { dragRotation, keyRotation, type Rotation } from './rotation';

/**
 * Pointer and keyboard handlers that turn the camera. While a drag is in progress `onRotate` gets
 * final = false (the demo shows it without touching the URL); the drop and each arrow key give
 * final = true, which the demo stores as a setting.
 */
export function useDragRotate(rotation: Rotation, onRotate: (rotation: Rotation, final: boolean) => void) {
  const drag = useRef<{ id: number; x: number; y: number; start: Rotation; last: Rotation } | null>(null);
  const end = (event: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d || d.id !== event.pointerId) return;
    drag.current = null;
    onRotate(d.last, true);
  };
  return {
    onPointerDown(event: PointerEvent<HTMLElement>) {
      if (event.button !== 0) return;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      drag.current = { id: event.pointerId, x: event.clientX, y: event.clientY, start: rotation, last: rotation };
    },
    onPointerMove(event: PointerEvent<HTMLElement>) {
      const d = drag.current;
      if (!d || d.id !== event.pointerId) return;
      const next = dragRotation(d.start, event.clientX - d.x, event.clientY - d.y);
      if (next.yaw === d.last.yaw && next.pitch === d.last.pitch) return;
      d.last = next;
      onRotate(next, false);
    },
    onPointerUp: end,
    onPointerCancel: end,
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      const next = keyRotation(rotation, event.key);
      if (!next) return;
      event.preventDefault();
      onRotate(next, true);
    },
  };
}

/** Vertical touch drags keep scrolling the page; horizontal ones turn the object. */
export const DRAG_SURFACE_STYLE = { touchAction: 'pan-y', cursor: 'grab' } as const;
