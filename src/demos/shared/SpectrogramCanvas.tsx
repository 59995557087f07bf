import { useEffect, useRef } from 'react';
import type { FrameMatrix } from '../../lib/dsp/types';
import { VIRIDIS, colorIndex } from './colormap';

interface SpectrogramCanvasProps {
  /** dB values, frames × bins (bin 0 = 0 Hz) */
  spectrogram: FrameMatrix;
  durationSec: number;
  maxFrequencyHz: number;
  minDb: number;
  maxDb: number;
  /** the text alternative: what is shown (signal, window, N) */
  description: string;
  timeLabel: string;
  frequencyLabel: string;
}

const CSS_HEIGHT = 240;
const MARGIN = { left: 44, right: 8, top: 8, bottom: 34 };

/**
 * Time × frequency image (colour = dB) with labelled axes in seconds and kHz. The image is drawn
 * at its native resolution (one pixel per frame and bin) and scaled, so a redraw costs one
 * putImageData and one drawImage whatever the canvas size.
 */
export function SpectrogramCanvas(props: SpectrogramCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { spectrogram, durationSec, maxFrequencyHz, minDb, maxDb, timeLabel, frequencyLabel } = props;

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    const cssWidth = canvas.clientWidth || 640;
    canvas.width = Math.round(cssWidth * ratio);
    canvas.height = Math.round(CSS_HEIGHT * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    const style = getComputedStyle(canvas);
    const ink = style.color;

    const plotWidth = cssWidth - MARGIN.left - MARGIN.right;
    const plotHeight = CSS_HEIGHT - MARGIN.top - MARGIN.bottom;
    context.clearRect(0, 0, cssWidth, CSS_HEIGHT);

    const { frames, columns: bins, data } = spectrogram;
    if (frames > 0) {
      const image = new ImageData(frames, bins);
      for (let m = 0; m < frames; m++) {
        for (let k = 0; k < bins; k++) {
          const c = colorIndex(data[m * bins + k]!, minDb, maxDb) * 3;
          const p = ((bins - 1 - k) * frames + m) * 4; // high frequencies at the top
          image.data[p] = VIRIDIS[c]!;
          image.data[p + 1] = VIRIDIS[c + 1]!;
          image.data[p + 2] = VIRIDIS[c + 2]!;
          image.data[p + 3] = 255;
        }
      }
      const bitmap = document.createElement('canvas');
      bitmap.width = frames;
      bitmap.height = bins;
      bitmap.getContext('2d')?.putImageData(image, 0, 0);
      context.imageSmoothingEnabled = false;
      context.drawImage(bitmap, MARGIN.left, MARGIN.top, plotWidth, plotHeight);
    }

    context.fillStyle = ink;
    context.strokeStyle = ink;
    context.font = '12px system-ui, sans-serif';
    context.lineWidth = 1;
    context.textAlign = 'center';
    context.textBaseline = 'top';
    const timeStep = niceStep(durationSec, 5);
    for (let t = 0; t <= durationSec + 1e-9; t += timeStep) {
      const x = MARGIN.left + (t / durationSec) * plotWidth;
      context.fillRect(x, MARGIN.top + plotHeight, 1, 4);
      context.fillText(formatTick(t), x, MARGIN.top + plotHeight + 5);
    }
    context.fillText(timeLabel, MARGIN.left + plotWidth / 2, CSS_HEIGHT - 14);
    context.textAlign = 'right';
    context.textBaseline = 'middle';
    const maxKhz = maxFrequencyHz / 1000;
    const frequencyStep = niceStep(maxKhz, 4);
    for (let f = 0; f <= maxKhz + 1e-9; f += frequencyStep) {
      const y = MARGIN.top + plotHeight - (f / maxKhz) * plotHeight;
      context.fillRect(MARGIN.left - 4, y, 4, 1);
      context.fillText(formatTick(f), MARGIN.left - 6, y);
    }
    context.save();
    context.translate(10, MARGIN.top + plotHeight / 2);
    context.rotate(-Math.PI / 2);
    context.textAlign = 'center';
    context.fillText(frequencyLabel, 0, 0);
    context.restore();
  }, [spectrogram, durationSec, maxFrequencyHz, minDb, maxDb, timeLabel, frequencyLabel]);

  return <canvas ref={canvasRef} className="demo-canvas" role="img" aria-label={props.description} style={{ width: '100%', height: CSS_HEIGHT }} />;
}

/** A round tick spacing (1, 2 or 5 × 10^k) giving about `count` ticks over `range`. */
export function niceStep(range: number, count: number): number {
  const raw = range / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const normalised = raw / magnitude;
  return (normalised < 1.5 ? 1 : normalised < 3.5 ? 2 : normalised < 7.5 ? 5 : 10) * magnitude;
}

function formatTick(value: number): string {
  return Number(value.toFixed(3)).toString();
}
