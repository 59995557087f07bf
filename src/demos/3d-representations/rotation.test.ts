import { describe, expect, it } from 'vitest';
import { dragRotation, keyRotation, normalizeRotation } from './rotation';

describe('turning the camera', () => {
  it('wraps yaw into [−180, 180), clamps pitch to ±85°, and keeps whole degrees', () => {
    expect(normalizeRotation({ yaw: 190, pitch: 20 })).toEqual({ yaw: -170, pitch: 20 });
    expect(normalizeRotation({ yaw: -181, pitch: 100 })).toEqual({ yaw: 179, pitch: 85 });
    expect(normalizeRotation({ yaw: 720.4, pitch: -90 })).toEqual({ yaw: 0, pitch: -85 });
  });

  it('drags at half a degree per pixel: right turns the object right (camera yaw falls), down raises the camera', () => {
    expect(dragRotation({ yaw: 30, pitch: 20 }, 40, 0)).toEqual({ yaw: 10, pitch: 20 });
    expect(dragRotation({ yaw: 30, pitch: 20 }, 0, 30)).toEqual({ yaw: 30, pitch: 35 });
  });

  it('steps 5° per arrow key, the same way a drag in that direction turns it', () => {
    const start = { yaw: 30, pitch: 20 };
    expect(keyRotation(start, 'ArrowRight')).toEqual(dragRotation(start, 10, 0));
    expect(keyRotation(start, 'ArrowLeft')).toEqual({ yaw: 35, pitch: 20 });
    expect(keyRotation(start, 'ArrowDown')).toEqual({ yaw: 30, pitch: 25 });
    expect(keyRotation(start, 'ArrowUp')).toEqual({ yaw: 30, pitch: 15 });
    expect(keyRotation(start, 'Enter')).toBeNull();
  });
});
