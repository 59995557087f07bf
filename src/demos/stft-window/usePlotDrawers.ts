import { useCallback, useMemo, useState } from 'react';
import type { FrameMatrix } from '../../lib/dsp/types';
import type { ThemeColors } from '../shared/themeColors';
import { EnvelopeCache } from './caches';
import { drawSpectrum, drawWaveform, drawWindowedFrame, drawZoom, SpectrogramPainter, WAVEFORM_MARGIN, type Envelope } from './draw';
import { minMaxEnvelope, zoomSpan, type analyseFrame } from './explorer';
import type { StftText } from './text';

interface PlotInputs {
  colors: ThemeColors | undefined;
  text: StftText;
  samples: Float32Array;
  sampleRateHz: number;
  signalLength: number;
  durationSec: number;
  frameSamples: number;
  hopSamples: number;
  /** hop between spectrogram columns (hop × stride) */
  columnHop: number;
  frameIndex: number;
  frameStartSec: number;
  frameEndSec: number;
  signalPeak: number;
  rawPeak: number;
  analysis: ReturnType<typeof analyseFrame>;
  spectrogram: FrameMatrix;
  pad: number;
  minHz: number;
  maxHz: number;
  range: number;
  playheadSec: number | null;
}

/**
 * The draw functions of the explorer's five canvases (waveform, zoom, windowed frame, frame
 * spectrum, spectrogram), each memoised on what it shows so that a canvas redraws only when that changes.
 */
export function usePlotDrawers({
  colors,
  text,
  samples,
  sampleRateHz,
  signalLength,
  durationSec,
  frameSamples,
  hopSamples,
  columnHop,
  frameIndex,
  frameStartSec,
  frameEndSec,
  signalPeak,
  rawPeak,
  analysis,
  spectrogram,
  pad,
  minHz,
  maxHz,
  range,
  playheadSec,
}: PlotInputs) {
  const [envelopes] = useState(() => new EnvelopeCache());
  const zoom = useMemo(
    () => zoomSpan(frameIndex, { sampleRateHz, signalLength, frameSamples, hopSamples }),
    [frameIndex, sampleRateHz, signalLength, frameSamples, hopSamples],
  );
  const amplitude = signalPeak > 0 ? signalPeak * 1.05 : 1;
  const drawWave = useCallback(
    (context: CanvasRenderingContext2D, width: number, height: number) => {
      if (!colors) return;
      const columns = Math.max(1, Math.round(width - WAVEFORM_MARGIN.left - WAVEFORM_MARGIN.right));
      drawWaveform(context, width, height, colors, {
        envelope: envelopes.get(samples, columns),
        amplitude,
        durationSec,
        startSec: frameStartSec,
        endSec: frameEndSec,
        zoomStartSec: zoom.from / sampleRateHz,
        zoomEndSec: zoom.to / sampleRateHz,
        playheadSec,
      });
    },
    [colors, envelopes, samples, amplitude, durationSec, frameStartSec, frameEndSec, zoom, sampleRateHz, playheadSec],
  );
  const drawZoomed = useCallback(
    (context: CanvasRenderingContext2D, width: number, height: number) => {
      if (!colors) return;
      drawZoom(
        context,
        width,
        height,
        colors,
        { samples, from: zoom.from, to: zoom.to, sampleRateHz, amplitude, frameStart: frameIndex * hopSamples, window: analysis.window, playheadSec },
        (columns): Envelope => minMaxEnvelope(samples, columns, zoom.from, zoom.to),
      );
    },
    [colors, samples, zoom, sampleRateHz, amplitude, frameIndex, hopSamples, analysis.window, playheadSec],
  );
  const drawFrame = useCallback(
    (context: CanvasRenderingContext2D, width: number, height: number) => {
      if (colors) drawWindowedFrame(context, width, height, colors, analysis.windowed, analysis.window, rawPeak, text.sampleAxis);
    },
    [colors, analysis, rawPeak, text.sampleAxis],
  );
  const drawFrameSpectrum = useCallback(
    (context: CanvasRenderingContext2D, width: number, height: number) => {
      if (!colors) return;
      drawSpectrum(context, width, height, colors, {
        db: analysis.db,
        pointSpacingHz: analysis.pointSpacingHz,
        pad,
        minHz,
        maxHz,
        rangeDb: range,
        axisTitle: text.frequencyAxis('{unit}'),
      });
    },
    [colors, analysis, pad, minHz, maxHz, range, text],
  );
  const [painter] = useState(() => new SpectrogramPainter());
  const drawSpectrogram = useCallback(
    (context: CanvasRenderingContext2D, width: number, height: number) => {
      if (!colors) return;
      painter.draw(context, width, height, colors, {
        spectrogram,
        sampleRateHz,
        frameSamples,
        columnHopSamples: columnHop,
        durationSec,
        minHz,
        maxHz,
        rangeDb: range,
        startSec: frameStartSec,
        endSec: frameEndSec,
        timeTitle: text.timeAxis,
        frequencyTitle: text.frequencyAxis('{unit}'),
        playheadSec,
      });
    },
    [colors, painter, spectrogram, sampleRateHz, frameSamples, columnHop, durationSec, minHz, maxHz, range, frameStartSec, frameEndSec, text, playheadSec],
  );

  return { zoom, drawWave, drawZoomed, drawFrame, drawFrameSpectrum, drawSpectrogram };
}

export type PlotDrawers = ReturnType<typeof usePlotDrawers>;
