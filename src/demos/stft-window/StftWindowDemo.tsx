import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import { frameCount, stftMagnitudeDb } from '../../lib/dsp/stft';
import type { FrameMatrix } from '../../lib/dsp/types';
import { measureWindowLobes } from '../../lib/dsp/window-analysis';
import { makeWindow, type WindowType } from '../../lib/dsp/windows';
import { CanvasView } from '../shared/CanvasView';
import { Choice, Select } from '../shared/Choice';
import { viridisGradient } from '../shared/colormap';
import { usePlayback } from '../shared/playback';
import { useIdleWork } from '../shared/slices';
import { powerOfTwoScale, Slider } from '../shared/Slider';
import { useThemeColors, type ThemeColors } from '../shared/themeColors';
import type { ParamValues } from '../params';
import type { DemoProps } from '../types';
import { AudioError, decodeAudioFile, MIC_SECONDS, MicError, startMicrophone, type MicCapture } from './audio';
import { drawSpectrum, drawWaveform, drawWindowedFrame, drawZoom, SpectrogramPainter, SPECTROGRAM_MARGIN, WAVEFORM_MARGIN, ZOOM_MARGIN, type Envelope } from './draw';
import {
  analyseFrame,
  frameAtPointer,
  frameNearestSample,
  frameNearestTime,
  frameSpanSec,
  frequencyRange,
  hopFromFraction,
  isSilent,
  minMaxEnvelope,
  peakAbs,
  spectrogramStride,
  zoomSpan,
  type FrameGrid,
} from './explorer';
import { BUILT_IN_SIGNALS, FREQUENCY_VIEWS, HOP_FRACTIONS, stftParams, type BuiltInSignal, type SignalKind, type StftParams } from './settings';
import { builtInSignal, SAMPLE_RATE_HZ } from './signal';
import { stftDemoText, type FrameFacts } from './text';

/** Samples transformed per spectrogram redraw at most (frames × N); longer files skip frames. */
const SPECTROGRAM_BUDGET = 2 ** 19;
/** dB below full scale the spectrogram keeps, whatever the range shown, so the range slider only repaints. */
const FLOOR_DB = -120;
const MIC_REFRESH_MS = 100;
/** The built-in signals peak at 0.5–1: played at a comfortable level, never clipping. */
const PLAYBACK_GAIN = 0.7;
const DEFAULT_SIGNAL = stftParams.signal.default as BuiltInSignal;
/** Stand-in theme colours for drawing off screen while warming up (nothing of it is shown). */
const WARM_COLORS: ThemeColors = { text: '#000', muted: '#666', line: '#888', surface: '#fff', accents: ['#00f', '#f80', '#080', '#80f', '#f00'] };

interface CustomSignal {
  kind: 'file' | 'mic';
  name: string;
  samples: Float32Array;
  sampleRateHz: number;
  cut: boolean;
  live: boolean;
}

type Message = { kind: 'decoding'; name: string; bytes: number } | { kind: 'error'; text: string } | null;

const builtInCache = new Map<BuiltInSignal, Float32Array>();
function builtIn(kind: BuiltInSignal): Float32Array {
  let signal = builtInCache.get(kind);
  if (!signal) builtInCache.set(kind, (signal = builtInSignal(kind)));
  return signal;
}

const lobeCache = new Map<WindowType, { firstNullBins: number; peakSideLobeDb: number }>();
function windowLobes(type: WindowType) {
  let lobes = lobeCache.get(type);
  // N = 512, 64× zero-padded: the figures of the lecture's window table (−13.3, −31.5, −42.7, −58.1 dB)
  if (!lobes) lobeCache.set(type, (lobes = measureWindowLobes(makeWindow(type, 512))));
  return lobes;
}

const performanceNow = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/**
 * The STFT window explorer: one signal (built in, a file, or the microphone) seen as a waveform
 * with the analysis window on it, that frame's windowed samples and dB spectrum, and the whole
 * spectrogram; window length, hop, window type, zero-padding, dB range and frequency axis are
 * settings a link reproduces. The maths is in ./explorer.ts and src/lib/dsp.
 */
export default function StftWindowDemo({ lang, params, setParams, setLinkNote }: DemoProps<StftParams>) {
  const text = stftDemoText[lang];
  const colors = useThemeColors();
  // Redraw timing for the bench: from the start of the render that follows the reader's input to
  // the end of its layout effects, by when every canvas has painted (theirs run before ours). The
  // maths runs in that render, so a redraw is compute + paint in one block.
  const renderStart = performanceNow();
  const inputAt = useRef<number | null>(null);
  const change = useCallback(
    (changes: Partial<ParamValues<StftParams>>) => {
      inputAt.current = performanceNow();
      setParams(changes);
    },
    [setParams],
  );
  const { n: frameSamples, hop, window: windowType, pad, range, view, t, signal: chosenSignal } = params;
  useLayoutEffect(() => {
    const input = inputAt.current;
    inputAt.current = null;
    if (input === null || typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
    try {
      performance.measure('stft-window:redraw', { start: Math.max(input, renderStart), end: performanceNow() });
    } catch {
      // a browser without the options form of measure: nothing recorded
    }
  });

  // ----- the signal -----
  const [custom, setCustom] = useState<CustomSignal | null>(null);
  const [message, setMessage] = useState<Message>(null);
  // A link cannot carry a file or a recording: one that names them opens on the default signal.
  const [linkFallback, setLinkFallback] = useState(() => chosenSignal === 'file' || chosenSignal === 'mic');
  const [micError, setMicError] = useState<string | null>(null);
  const micRef = useRef<MicCapture | null>(null);
  const requestRef = useRef(0);

  const fallBack = linkFallback && (chosenSignal === 'file' || chosenSignal === 'mic') && !custom;
  useEffect(() => {
    // and the address says so too, so that copying it gives the setting shown
    if (fallBack) setParams({ signal: DEFAULT_SIGNAL });
  }, [fallBack, setParams]);

  const kind: SignalKind = (chosenSignal === 'file' || chosenSignal === 'mic') && custom?.kind !== chosenSignal ? DEFAULT_SIGNAL : chosenSignal;
  const source = kind === 'file' || kind === 'mic' ? custom! : null;
  const samples = useMemo(() => (source ? source.samples : builtIn(kind as BuiltInSignal)), [source, kind]);
  const sampleRateHz = source ? source.sampleRateHz : SAMPLE_RATE_HZ;
  const durationSec = samples.length / sampleRateHz;
  const signalPhrase = source ? (source.kind === 'file' ? text.filePhrase(source.name) : text.signalPhrase.mic) : text.signalPhrase[kind];

  const player = usePlayback<'signal'>();
  // the playhead follows the sound once per animation frame while it plays
  const [followedSec, setFollowedSec] = useState<number | null>(null);
  const playing = player.playing !== null;
  const playheadSec = playing ? followedSec : null;
  const position = player.position;
  useEffect(() => {
    if (!playing) return;
    let handle = 0;
    const follow = () => {
      setFollowedSec(position());
      handle = requestAnimationFrame(follow);
    };
    handle = requestAnimationFrame(follow);
    return () => cancelAnimationFrame(handle);
  }, [playing, position]);

  // a copied link carries settings only: the reader's own file or recording stays on the device
  const customKind = source?.kind ?? null;
  useEffect(() => {
    setLinkNote?.(customKind ? text.copiedNote(customKind) : null);
  }, [setLinkNote, customKind, text]);
  useEffect(() => () => setLinkNote?.(null), [setLinkNote]);

  const stopMic = useCallback(() => {
    micRef.current?.stop();
    micRef.current = null;
    setCustom((current) => (current?.kind === 'mic' ? { ...current, live: false } : current));
  }, []);
  useEffect(() => () => micRef.current?.stop(), []);

  const chooseSignal = (next: SignalKind) => {
    if (next !== 'mic' && micRef.current) stopMic();
    player.stop();
    setLinkFallback(false);
    change({ signal: next });
  };

  const openFile = async (file: File) => {
    const request = ++requestRef.current;
    if (micRef.current) stopMic();
    player.stop();
    setMicError(null);
    setMessage({ kind: 'decoding', name: file.name, bytes: file.size });
    try {
      const decoded = await decodeAudioFile(file);
      if (request !== requestRef.current) return;
      setCustom({ kind: 'file', name: file.name, samples: decoded.samples, sampleRateHz: decoded.sampleRateHz, cut: decoded.cut, live: false });
      setMessage(null);
      setLinkFallback(false);
      change({ signal: 'file' });
    } catch (error) {
      if (request !== requestRef.current) return;
      setMessage({ kind: 'error', text: text.decodeError(file.name, error instanceof AudioError ? error.code : 'decode') });
    }
  };

  const toggleMic = async () => {
    if (micRef.current) {
      stopMic();
      return;
    }
    setMicError(null);
    player.stop();
    try {
      const capture = await startMicrophone();
      micRef.current = capture;
      setCustom({ kind: 'mic', name: 'mic', samples: capture.snapshot(), sampleRateHz: capture.sampleRateHz, cut: false, live: true });
      setLinkFallback(false);
      change({ signal: 'mic' });
    } catch (error) {
      setMicError(text.micError(error instanceof MicError ? error.code : 'failed'));
    }
  };

  const live = custom?.kind === 'mic' && custom.live && kind === 'mic';
  useEffect(() => {
    if (!live) return;
    const timer = window.setInterval(() => {
      const capture = micRef.current;
      if (capture) setCustom((current) => (current?.kind === 'mic' && current.live ? { ...current, samples: capture.snapshot() } : current));
    }, MIC_REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [live]);


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

  // Once the page is idle, run the STFT and a frame spectrum once at every window length and window
  // on a short piece of signal: the first drag through the slider then finds each FFT size planned
  // and its code compiled, instead of paying for that mid-drag (20–40 ms on a first visit).
  useEffect(() => {
    const piece = builtIn(DEFAULT_SIGNAL).subarray(0, 8192);
    const jobs: [number, WindowType][] = [];
    for (let n = stftParams.n.min; n <= stftParams.n.max; n *= 2) for (const type of stftParams.window.options) jobs.push([n, type]);
    // then every built-in signal is synthesised, so that choosing one costs no synthesis
    const signals = [...BUILT_IN_SIGNALS];
    const idle = (run: (deadline?: IdleDeadline) => void) =>
      typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(run, { timeout: 3000 }) : window.setTimeout(run, 30);
    const cancel = (handle: number) => (typeof window.cancelIdleCallback === 'function' ? window.cancelIdleCallback(handle) : window.clearTimeout(handle));
    let handle = 0;
    // the heat map is drawn too, off screen, so its pooling and colouring loops are compiled as well
    const painter = new SpectrogramPainter();
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 230;
    const context = canvas.getContext('2d');
    const step = (deadline?: IdleDeadline) => {
      const timeLeft = () => deadline?.timeRemaining() ?? 0;
      for (let job = jobs.shift(); job; job = timeLeft() > 3 ? jobs.shift() : undefined) {
        const [n, type] = job;
        const result = stftMagnitudeDb(piece, { frameSamples: n, hopSamples: n / 8, window: type, floorDb: FLOOR_DB });
        context?.clearRect(0, 0, 640, 230);
        if (context) {
          painter.draw(context, 640, 230, WARM_COLORS, {
            spectrogram: result,
            sampleRateHz: SAMPLE_RATE_HZ,
            frameSamples: n,
            columnHopSamples: n / 8,
            durationSec: piece.length / SAMPLE_RATE_HZ,
            minHz: 0,
            maxHz: SAMPLE_RATE_HZ / 2,
            rangeDb: 80,
            startSec: 0,
            endSec: n / SAMPLE_RATE_HZ,
            timeTitle: '',
            frequencyTitle: '',
          });
        }
        // and the frame spectrum, whose real FFT of this length has its own plan and code path
        analyseFrame(piece, 0, { sampleRateHz: SAMPLE_RATE_HZ, signalLength: piece.length, frameSamples: n, hopSamples: n / 8 }, type, 1, FLOOR_DB);
        windowLobes(type);
      }
      while (!jobs.length && signals.length && timeLeft() > 3) builtIn(signals.shift()!);
      if (jobs.length || signals.length) handle = idle(step);
      else if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark('stft-window:warm');
    };
    handle = idle(step);
    return () => cancel(handle);
  }, []);

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
  const signalOptions: SignalKind[] = [...BUILT_IN_SIGNALS];
  if (custom?.kind === 'file') signalOptions.push('file');
  if (custom?.kind === 'mic') signalOptions.push('mic');
  const signalLabels: Record<SignalKind, string> = {
    ...text.signalName,
    file: custom?.kind === 'file' ? text.fileLabel(custom.name) : text.signalName.file,
    mic: text.micLabel(live),
  };
  const fileInput = useId();
  const overlap = (1 - hopSamples / frameSamples) * 100;
  const bins = frameSamples / 2 + 1;
  const binHz = sampleRateHz / frameSamples;
  const peakHz = analysis.peakIndex * analysis.pointSpacingHz;
  const [legendLow, legendHigh] = text.dbLegend(range);

  return (
    <div className="stft-explorer">
      <div className="demo-controls">
        <Select legend={text.signal} options={signalOptions} labels={signalLabels} value={kind} onChange={chooseSignal} />
        <div className="demo-control">
          <label htmlFor={fileInput}>{text.openFile}</label>
          <input
            id={fileInput}
            type="file"
            accept="audio/*,.wav,.mp3,.ogg,.oga,.flac,.m4a"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void openFile(file);
              event.target.value = '';
            }}
          />
        </div>
        <div className="demo-control" style={{ minWidth: 0, flexDirection: 'row', flexWrap: 'wrap', alignItems: 'flex-end', gap: '0.5rem' }}>
          <button type="button" className="demo-button" aria-pressed={live} onClick={() => void toggleMic()}>
            {live ? text.micStop : text.micStart}
          </button>
          <button
            type="button"
            className="demo-button"
            disabled={!player.supported || live || silent}
            onClick={() => (player.playing ? player.stop() : player.play('signal', samples, sampleRateHz, PLAYBACK_GAIN))}
          >
            {player.playing ? text.stop : text.play}
          </button>
        </div>
      </div>

      {linkFallback && (
        <p className="demo-note" role="note">
          {text.linkFallback}
        </p>
      )}
      {message?.kind === 'decoding' && (
        <p className="demo-status" role="status">
          {text.decoding(message.name, message.bytes)} <progress aria-label={text.decoding(message.name, message.bytes)} />
        </p>
      )}
      {message?.kind === 'error' && (
        <p className="demo-status demo-error" role="alert">
          {message.text}
        </p>
      )}
      {micError && (
        <p className="demo-status demo-error" role="alert">
          {micError}
        </p>
      )}
      {source && <p className="demo-hint">{text.linkKeepsSettings}</p>}
      {source?.kind === 'file' && source.cut && <p className="demo-status">{text.cut(source.name, durationSec)}</p>}
      {live && (
        <p className="demo-status" role="status">
          {text.micListening(MIC_SECONDS)}
        </p>
      )}
      {silent && (
        <p className="demo-status" role="status">
          {text.silent}
        </p>
      )}
      {!silent && frames === 0 && (
        <p className="demo-status" role="status">
          {text.tooShort(durationSec, frameSamples)}
        </p>
      )}

      {/* the window length and the spectrogram it shapes are kept together, so both are on
          screen at once on a laptop and on a phone */}
      <div className="demo-controls" style={{ marginBottom: '0.25rem' }}>
        <Slider
          main
          label={text.windowLength}
          value={frameSamples}
          min={stftParams.n.min}
          max={stftParams.n.max}
          {...powerOfTwoScale}
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
      <div aria-hidden="true" style={{ display: 'flex', alignItems: 'center', gap: '0.5rem', fontSize: '0.8rem', margin: '0.35rem 0 0 46px', whiteSpace: 'nowrap' }}>
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
        <Slider
          label={text.range}
          value={range}
          min={stftParams.range.min}
          max={stftParams.range.max}
          step={stftParams.range.step}
          format={text.rangeValue}
          onChange={(value) => change({ range: value })}
        />
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
          <CanvasView touchAction="pan-y"
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

/**
 * The spectrograms of the last few signals and settings, kept so that going back to one (another
 * signal and back, a window length and back) costs nothing. A new one is written into the buffer
 * of the one used longest ago, not into a fresh array: a fresh one costs as much as the dB pass.
 */
class SpectrogramCache {
  private entries: { samples: Float32Array; key: string; matrix: FrameMatrix; data: Float32Array }[] = [];

  constructor(private readonly size: number) {}

  compute(samples: Float32Array, frameSamples: number, hopSamples: number, window: WindowType): FrameMatrix {
    const key = `${frameSamples}:${hopSamples}:${window}`;
    const at = this.entries.findIndex((entry) => entry.samples === samples && entry.key === key);
    if (at >= 0) {
      const [entry] = this.entries.splice(at, 1);
      this.entries.push(entry!);
      return entry!.matrix;
    }
    const needed = frameCount(samples.length, frameSamples, hopSamples) * (frameSamples / 2 + 1);
    let data = this.entries.length >= this.size ? this.entries.shift()!.data : new Float32Array(0);
    if (data.length < needed) data = new Float32Array(needed);
    const matrix = stftMagnitudeDb(samples, { frameSamples, hopSamples, window, floorDb: FLOOR_DB }, data);
    this.entries.push({ samples, key, matrix, data });
    return matrix;
  }

  /**
   * Computes a spectrogram ahead, only into free room and as the one used longest ago: what is
   * shown is never written over, and the next spectrogram shown takes the prepared one's place first.
   */
  prepare(samples: Float32Array, frameSamples: number, hopSamples: number, window: WindowType): void {
    const key = `${frameSamples}:${hopSamples}:${window}`;
    if (this.entries.length >= this.size || this.entries.some((entry) => entry.samples === samples && entry.key === key)) return;
    const data = new Float32Array(frameCount(samples.length, frameSamples, hopSamples) * (frameSamples / 2 + 1));
    this.entries.unshift({ samples, key, matrix: stftMagnitudeDb(samples, { frameSamples, hopSamples, window, floorDb: FLOOR_DB }, data), data });
  }
}

/** The waveform's min/max per pixel column, kept while the signal and the width stay. */
class EnvelopeCache {
  private key: [Float32Array, number] | null = null;
  private value: Envelope | null = null;

  get(samples: Float32Array, columns: number): Envelope {
    if (!this.value || !this.key || this.key[0] !== samples || this.key[1] !== columns) {
      this.value = minMaxEnvelope(samples, columns);
      this.key = [samples, columns];
    }
    return this.value;
  }
}

const LEGEND_GRADIENT = viridisGradient(4);
