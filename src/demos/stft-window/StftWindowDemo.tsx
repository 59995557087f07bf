import { useCallback, useMemo, useRef, useState, type PointerEvent } from 'react';
import { frameCount } from '../../lib/dsp/stft';
import type { FrameMatrix } from '../../lib/dsp/types';
import { CanvasView } from '../shared/CanvasView';
import { Choice, Select } from '../shared/Choice';
import { viridisGradient } from '../shared/colormap';
import { useIdleWork } from '../shared/slices';
import { SettingSlider, Slider } from '../shared/Slider';
import { useThemeColors } from '../shared/themeColors';
import type { DemoProps } from '../types';
import { SPECTROGRAM_MARGIN, WAVEFORM_MARGIN, ZOOM_MARGIN } from './draw';
import {
  analyseFrame,
  frameAtPointer,
  frameNearestSample,
  frameNearestTime,
  frameSpanSec,
  frequencyRange,
  hopFromFraction,
  isSilent,
  peakAbs,
  spectrogramStride,
  type FrameGrid,
} from './explorer';
import { BUILT_IN_SIGNALS, FREQUENCY_VIEWS, HOP_FRACTIONS, stftParams, type StftParams } from './settings';
import { stftDemoText, type FrameFacts } from './text';
import { builtIn, FLOOR_DB, SPECTROGRAM_BUDGET, SpectrogramCache, windowLobes } from './caches';
import { useMeasuredChange } from './useMeasuredChange';
import { useSignalSource } from './useSignalSource';
import { useWarmUp } from './useWarmUp';
import { SignalPanel } from './SignalPanel';
import { usePlotDrawers } from './usePlotDrawers';

/**
 * The STFT window explorer: one signal (built in, a file, or the microphone) seen as a waveform
 * with the analysis window on it, that frame's windowed samples and dB spectrum, and the whole
 * spectrogram; window length, hop, window type, zero-padding, dB range and frequency axis are
 * settings a link reproduces. The maths is in ./explorer.ts and src/lib/dsp.
 */
export default function StftWindowDemo({ lang, params, setParams, setLinkNote }: DemoProps<StftParams>) {
  const text = stftDemoText[lang];
  const colors = useThemeColors();
  // redraw timing for the bench: first, so that the render's maths is inside it
  const change = useMeasuredChange(setParams);
  const { n: frameSamples, hop, window: windowType, pad, range, view, t, signal: chosenSignal } = params;

  // ----- the signal -----
  const signalSource = useSignalSource({ chosenSignal, text, setParams, setLinkNote, change });
  const { kind, samples, sampleRateHz, durationSec, signalPhrase, playheadSec } = signalSource;

  // ----- frames -----
  // Derived numbers come out of useMemo so that React sees them as settled values.
  const signalLength = samples.length;
  const layout = useMemo(() => {
    const hopSamples = hopFromFraction(frameSamples, Number(hop));
    const frames = frameCount(signalLength, frameSamples, hopSamples);
    const stride = spectrogramStride(frames, frameSamples, SPECTROGRAM_BUDGET);
    return { hopSamples, frames, stride, columnHop: hopSamples * stride };
  }, [signalLength, frameSamples, hop]);
  const { hopSamples, frames, stride, columnHop } = layout;
  // a fresh object per call: nothing derived from it is shared between renders
  const grid = (): FrameGrid => ({ sampleRateHz, signalLength, frameSamples, hopSamples });

  // the frame position is kept as the time of its centre, so it stays put when N or H change
  const frameTime = t;
  const moveFrame = useCallback(
    (m: number) => {
      const centre = Math.min(stftParams.t.max, Number(frameSpanSec(m, { sampleRateHz, signalLength, frameSamples, hopSamples }).centreSec.toFixed(3)));
      change({ t: centre });
    },
    [sampleRateHz, signalLength, frameSamples, hopSamples, change],
  );
  const frame = useMemo(() => {
    const current: FrameGrid = { sampleRateHz, signalLength, frameSamples, hopSamples };
    const index = frameNearestTime(frameTime, current);
    return { index, ...frameSpanSec(index, current) };
  }, [frameTime, sampleRateHz, signalLength, frameSamples, hopSamples]);
  const { index: frameIndex, startSec: frameStartSec, endSec: frameEndSec } = frame;

  // ----- maths -----
  const silent = useMemo(() => isSilent(samples), [samples]);
  const [spectrograms] = useState(() => new SpectrogramCache(BUILT_IN_SIGNALS.length + 1));
  const spectrogram: FrameMatrix = useMemo(
    () => spectrograms.compute(samples, frameSamples, columnHop, windowType),
    [spectrograms, samples, frameSamples, columnHop, windowType],
  );
  // the other built-in signals' spectrograms at the settings the page opened with, in idle time:
  // then choosing another signal costs no STFT
  useIdleWork(function* () {
    for (const signal of BUILT_IN_SIGNALS) {
      spectrograms.prepare(builtIn(signal), frameSamples, columnHop, windowType);
      yield;
    }
  });
  const analysis = useMemo(
    () => analyseFrame(samples, frameIndex, { sampleRateHz, signalLength, frameSamples, hopSamples }, windowType, pad, FLOOR_DB),
    [samples, frameIndex, sampleRateHz, signalLength, frameSamples, hopSamples, windowType, pad],
  );
  const rawPeak = useMemo(
    () => peakAbs(samples.subarray(frameIndex * hopSamples, frameIndex * hopSamples + frameSamples)),
    [samples, frameIndex, hopSamples, frameSamples],
  );
  const signalPeak = useMemo(() => peakAbs(samples), [samples]);
  const { minHz, maxHz } = useMemo(() => frequencyRange(view, kind, sampleRateHz), [view, kind, sampleRateHz]);
  const lobes = windowLobes(windowType);

  useWarmUp();

  // ----- drawing -----
  const facts: FrameFacts = {
    signal: signalPhrase,
    window: text.windowName[windowType],
    n: frameSamples,
    fs: sampleRateHz,
    hop: hopSamples,
    frame: frameIndex,
    frames,
    startSec: frameStartSec,
    endSec: frameEndSec,
  };
  const { zoom, drawWave, drawZoomed, drawFrame, drawFrameSpectrum, drawSpectrogram } = usePlotDrawers({
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
  });

  // ----- pointer: drag the window on the waveform, or pick a frame on the spectrogram -----
  const dragging = useRef(false);
  const pointerFrame = (event: PointerEvent<HTMLCanvasElement>, left: number, right: number) => {
    const box = event.currentTarget.getBoundingClientRect();
    return frameAtPointer(event.clientX - box.left, left, box.width - left - right, durationSec, grid());
  };
  const pointerHandlers = (left: number, right: number) => ({
    onPointerDown: (event: PointerEvent<HTMLCanvasElement>) => {
      if (frames === 0) return;
      dragging.current = true;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      moveFrame(pointerFrame(event, left, right));
    },
    onPointerMove: (event: PointerEvent<HTMLCanvasElement>) => {
      if (dragging.current) moveFrame(pointerFrame(event, left, right));
    },
    onPointerUp: (event: PointerEvent<HTMLCanvasElement>) => {
      if (!dragging.current) return;
      dragging.current = false;
      moveFrame(pointerFrame(event, left, right));
    },
  });

  // on the zoomed view the window is grabbed and slid: the frame follows the pointer's movement,
  // in the samples per pixel the view had when grabbed (the view then recentres on the frame)
  const grab = useRef<{ x: number; centre: number; samplesPerPx: number } | null>(null);
  const [grabbing, setGrabbing] = useState(false);
  const zoomHandlers = {
    onPointerDown: (event: PointerEvent<HTMLCanvasElement>) => {
      if (frames === 0) return;
      const box = event.currentTarget.getBoundingClientRect();
      const plotWidth = Math.max(1, box.width - ZOOM_MARGIN.left - ZOOM_MARGIN.right);
      const samplesPerPx = (zoom.to - zoom.from) / plotWidth;
      const pointed = zoom.from + (event.clientX - box.left - ZOOM_MARGIN.left) * samplesPerPx;
      const start = frameIndex * hopSamples;
      // a press outside the window first brings the frame there, then drags it
      const centre = pointed >= start && pointed < start + frameSamples ? start + frameSamples / 2 : pointed;
      grab.current = { x: event.clientX, centre, samplesPerPx };
      setGrabbing(true);
      event.currentTarget.setPointerCapture?.(event.pointerId);
      if (centre !== start + frameSamples / 2) moveFrame(frameNearestSample(centre, grid()));
    },
    onPointerMove: (event: PointerEvent<HTMLCanvasElement>) => {
      const held = grab.current;
      if (held) moveFrame(frameNearestSample(held.centre + (event.clientX - held.x) * held.samplesPerPx, grid()));
    },
    onPointerUp: () => {
      grab.current = null;
      setGrabbing(false);
    },
    onPointerCancel: () => {
      grab.current = null;
      setGrabbing(false);
    },
  };

  // ----- controls -----
  const overlap = (1 - hopSamples / frameSamples) * 100;
  const bins = frameSamples / 2 + 1;
  const binHz = sampleRateHz / frameSamples;
  const peakHz = analysis.peakIndex * analysis.pointSpacingHz;
  const [legendLow, legendHigh] = text.dbLegend(range);

  return (
    <div className="stft-explorer">
      <SignalPanel text={text} signal={signalSource} silent={silent} frames={frames} frameSamples={frameSamples} />

      {/* the window length and the spectrogram it shapes are kept together, so both are on
          screen at once on a laptop and on a phone */}
      <div className="demo-controls" style={{ marginBottom: '0.25rem' }}>
        <SettingSlider
          main
          label={text.windowLength}
          value={frameSamples}
          spec={stftParams.n}
          format={(value) => text.samples(value, (value / sampleRateHz) * 1000)}
          onChange={(value) => change({ n: value })}
        />
      </div>
      <p className="demo-panel-title">{text.spectrogramTitle}</p>
      {/* .stft-demo: the site's own browser tests find the STFT spectrogram by it (one canvas) */}
      <div className="stft-demo">
        <CanvasView
          main
          touchAction="pan-y"
          className="stft-spectrogram"
          description={text.spectrogramDescription(facts, minHz, maxHz, range)}
          height={230}
          draw={drawSpectrogram}
          cursor="pointer"
          {...pointerHandlers(SPECTROGRAM_MARGIN.left, SPECTROGRAM_MARGIN.right)}
        />
      </div>
      <div
        aria-hidden="true"
        style={{ display: 'flex', alignItems: 'center', gap: '0.5rem', fontSize: '0.8rem', margin: '0.35rem 0 0 46px', whiteSpace: 'nowrap' }}
      >
        <span>{legendLow}</span>
        <span style={{ flex: '0 1 10rem', minWidth: '2rem', height: '0.6rem', borderRadius: 3, background: LEGEND_GRADIENT }} />
        <span>{legendHigh}</span>
      </div>
      <p className="demo-readout">
        {text.rate(sampleRateHz)} · {text.resolution(frameSamples, sampleRateHz)}
      </p>
      <div className="demo-controls">
        <Choice legend={text.hop} options={HOP_FRACTIONS} labels={text.hopName} value={hop} onChange={(value) => change({ hop: value })} />
        <Choice
          legend={text.windowType}
          options={stftParams.window.options}
          labels={text.windowName}
          value={windowType}
          onChange={(value) => change({ window: value })}
        />
        <SettingSlider label={text.range} value={range} spec={stftParams.range} format={text.rangeValue} onChange={(value) => change({ range: value })} />
        <Select legend={text.view} options={FREQUENCY_VIEWS} labels={text.viewName} value={view} onChange={(value) => change({ view: value })} />
      </div>
      <p className="demo-readout">
        {text.grid(hopSamples, sampleRateHz, overlap, frames, bins, analysis.fftSize, pad)}
        {stride > 1 && <> {text.stride(stride, columnHop)}</>}
      </p>

      <p className="demo-panel-title" style={{ marginTop: '0.75rem' }}>
        {text.waveformTitle}
      </p>
      <CanvasView
        touchAction="pan-y"
        className="stft-waveform"
        description={text.waveformDescription(facts, durationSec)}
        height={64}
        draw={drawWave}
        cursor="pointer"
        {...pointerHandlers(WAVEFORM_MARGIN.left, WAVEFORM_MARGIN.right)}
      />
      <p className="demo-panel-title" style={{ marginTop: '0.35rem' }}>
        {text.zoomTitle}
      </p>
      <CanvasView
        touchAction="pan-y"
        className="stft-zoom"
        description={text.zoomDescription(facts, zoom.from / sampleRateHz, zoom.to / sampleRateHz)}
        height={120}
        draw={drawZoomed}
        cursor={frames === 0 ? undefined : grabbing ? 'grabbing' : 'grab'}
        {...zoomHandlers}
      />
      <Slider
        label={text.frame}
        value={frameIndex}
        min={0}
        max={Math.max(0, frames - 1)}
        disabled={frames === 0}
        format={(m) => {
          const s = frameSpanSec(m, grid());
          return text.frameValue(m, frames, s.startSec, s.endSec);
        }}
        onChange={(m) => moveFrame(m)}
      />

      <div className="demo-grid" style={{ marginTop: '0.5rem' }}>
        <div className="demo-panel">
          <p className="demo-panel-title">{text.frameTitle}</p>
          <CanvasView touchAction="pan-y" className="stft-frame" description={text.frameDescription(facts)} height={150} draw={drawFrame} />
        </div>
        <div className="demo-panel">
          <p className="demo-panel-title">{text.spectrumTitle}</p>
          <CanvasView
            touchAction="pan-y"
            className="stft-spectrum"
            description={text.spectrumDescription(facts, analysis.fftSize, minHz, maxHz, peakHz, analysis.peakDb)}
            height={150}
            draw={drawFrameSpectrum}
          />
        </div>
      </div>
      <div className="demo-controls" style={{ marginTop: '0.5rem' }}>
        <Choice
          legend={text.padding}
          options={['1', '2', '4', '8'] as const}
          labels={text.paddingName}
          value={String(pad) as '1' | '2' | '4' | '8'}
          onChange={(value) => change({ pad: Number(value) })}
        />
      </div>
      <p className="demo-readout">
        {text.lobes(text.windowName[windowType], lobes.firstNullBins, lobes.firstNullBins * binHz, lobes.peakSideLobeDb)}
        {frames > 0 && !silent && <> · {analysis.peakDb > -range ? text.peak(frameIndex, peakHz, analysis.peakDb) : text.quietFrame(frameIndex, range)}</>}
      </p>
      <p className="demo-hint">{text.hints[kind]}</p>
      {pad > 1 && <p className="demo-hint">{text.paddingHint}</p>}
    </div>
  );
}

const LEGEND_GRADIENT = viridisGradient(4);
