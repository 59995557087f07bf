import { useRef, useState, type PointerEvent } from 'react';
import type { Margin } from '../shared/plot';
import { ZOOM_MARGIN } from './draw';
import { frameAtPointer, frameNearestSample, grabbedSample, type FrameGrid } from './explorer';

interface FramePointerInputs {
  grid: FrameGrid;
  frames: number;
  durationSec: number;
  frameIndex: number;
  /** the samples [from, to) the zoomed view shows */
  zoom: { from: number; to: number };
  moveFrame: (m: number) => void;
}

/**
 * Moving the frame with a pointer: a press or drag on a whole-signal view (waveform, spectrogram)
 * picks the frame under it; on the zoomed view the window is grabbed and slid.
 */
export function useFramePointer({ grid, frames, durationSec, frameIndex, zoom, moveFrame }: FramePointerInputs) {
  const dragging = useRef(false);
  const pointerFrame = (event: PointerEvent<HTMLCanvasElement>, { left, right }: Margin) => {
    const box = event.currentTarget.getBoundingClientRect();
    return frameAtPointer(event.clientX - box.left, left, box.width - left - right, durationSec, grid);
  };
  const pickHandlers = (margin: Margin) => ({
    onPointerDown: (event: PointerEvent<HTMLCanvasElement>) => {
      if (frames === 0) return;
      dragging.current = true;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      moveFrame(pointerFrame(event, margin));
    },
    onPointerMove: (event: PointerEvent<HTMLCanvasElement>) => {
      if (dragging.current) moveFrame(pointerFrame(event, margin));
    },
    onPointerUp: (event: PointerEvent<HTMLCanvasElement>) => {
      if (!dragging.current) return;
      dragging.current = false;
      moveFrame(pointerFrame(event, margin));
    },
  });

  // the frame follows the pointer's movement in the samples per pixel the view had when grabbed
  // (the view then recentres on the frame)
  const grab = useRef<{ x: number; centre: number; samplesPerPx: number } | null>(null);
  const [grabbing, setGrabbing] = useState(false);
  const release = () => {
    grab.current = null;
    setGrabbing(false);
  };
  const zoomHandlers = {
    onPointerDown: (event: PointerEvent<HTMLCanvasElement>) => {
      if (frames === 0) return;
      const box = event.currentTarget.getBoundingClientRect();
      const plotWidth = Math.max(1, box.width - ZOOM_MARGIN.left - ZOOM_MARGIN.right);
      const samplesPerPx = (zoom.to - zoom.from) / plotWidth;
      const centre = grabbedSample(zoom.from + (event.clientX - box.left - ZOOM_MARGIN.left) * samplesPerPx, frameIndex, grid);
      grab.current = { x: event.clientX, centre, samplesPerPx };
      setGrabbing(true);
      event.currentTarget.setPointerCapture?.(event.pointerId);
      // a press outside the window first brings the frame there, then drags it
      if (centre !== frameIndex * grid.hopSamples + grid.frameSamples / 2) moveFrame(frameNearestSample(centre, grid));
    },
    onPointerMove: (event: PointerEvent<HTMLCanvasElement>) => {
      const held = grab.current;
      if (held) moveFrame(frameNearestSample(held.centre + (event.clientX - held.x) * held.samplesPerPx, grid));
    },
    onPointerUp: release,
    onPointerCancel: release,
  };

  return { pickHandlers, zoomHandlers, grabbing };
}

export type FramePointer = ReturnType<typeof useFramePointer>;
