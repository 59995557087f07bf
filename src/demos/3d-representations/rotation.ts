/** Turning the camera by dragging or with the arrow keys; pure so it can be tested without a DOM. */
import { representationParams } from './settings';

export interface Rotation {
  yaw: number;
  pitch: number;
}

/** Degrees per CSS pixel of drag, and per arrow-key press. */
export const DRAG_DEGREES_PER_PIXEL = 0.5;
export const KEY_STEP_DEGREES = 5;

const { min: PITCH_MIN, max: PITCH_MAX } = representationParams.pitch;

/** Whole degrees, yaw wrapped into [−180, 180), pitch kept inside the setting's range. */
export function normalizeRotation({ yaw, pitch }: Rotation): Rotation {
  const wrapped = ((((Math.round(yaw) + 180) % 360) + 360) % 360) - 180;
  return { yaw: wrapped, pitch: Math.min(PITCH_MAX, Math.max(PITCH_MIN, Math.round(pitch))) };
}

/** Dragging right turns the object to the right (the camera moves left); dragging down tips its top toward the viewer. */
export function dragRotation(start: Rotation, dx: number, dy: number): Rotation {
  return normalizeRotation({ yaw: start.yaw - dx * DRAG_DEGREES_PER_PIXEL, pitch: start.pitch + dy * DRAG_DEGREES_PER_PIXEL });
}

/** The rotation after an arrow key, or null for any other key. */
export function keyRotation(start: Rotation, key: string): Rotation | null {
  const step = KEY_STEP_DEGREES;
  switch (key) {
    case 'ArrowLeft':
      return normalizeRotation({ ...start, yaw: start.yaw + step });
    case 'ArrowRight':
      return normalizeRotation({ ...start, yaw: start.yaw - step });
    case 'ArrowUp':
      return normalizeRotation({ ...start, pitch: start.pitch - step });
    case 'ArrowDown':
      return normalizeRotation({ ...start, pitch: start.pitch + step });
    default:
      return null;
  }
}
