import { useCallback, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { hzToMel, type MelScale } from '../../lib/dsp/mel';
import type { FrameMatrix } from '../../lib/dsp/types';
import type { Steps } from '../../lib/steps';
import { useIdleWork } from '../shared/slices';
import { CanvasView } from '../shared/CanvasView';
import { Choice } from '../shared/Choice';
import { SettingSlider } from '../shared/Slider';
import { useThemeColors, type ThemeColors } from '../shared/themeColors';
import type { DemoProps } from '../types';
import {
  centreMel,
  filterAfterKey,
  frameView,
  keptCoefficients,
  maxAbsFromColumn,
  maxValue,
  melStage,
  mfccStage,
  nearestFilter,
  spectrumStage,
  strongestBand,
  type MelStage,
  type SpectrumStage,
} from './pipeline';
import { DEFAULT_MARGIN, drawAxes, drawImageData, FONT, heatmapImage, niceTicks, plotRect, valueAtX, xOf, yOf, type Axis, type Rect } from '../shared/plot';
import { melMfccParams, SIGNAL_KINDS, type MelMfccParams, type SignalKind } from './settings';
import { FFT_SIZE, FRAME_COUNT, FRAME_SAMPLES, HOP_SAMPLES, SAMPLE_RATE_HZ, demoSignal, frameCentreSec } from './signal';
import { melMfccText } from './text';

const NYQUIST_HZ = SAMPLE_RATE_HZ / 2;
const BIN_HZ = SAMPLE_RATE_HZ / FFT_SIZE;
/** dB shown below the loudest cell in the spectra and the log-mel. */
const DB_RANGE = 80;
const FRAME_PLOT_HEIGHT = 190;
const IMAGE_HEIGHT = 150;

/** Time axis of the images, in frame units, labelled in seconds at the frames' centres. */
const TIME_AXIS_TICKS = niceTicks(0, 1.5, 6, (sec) => (sec * SAMPLE_RATE_HZ - FRAME_SAMPLES / 2) / HOP_SAMPLES);

// Each signal's spectrogram, and the mel and MFCC stages of the settings seen last, are computed
// once per page: going back to a signal, a band count or a formula costs nothing, and idle time
// after the demo opens prepares every signal (which also compiles the code the first change runs).
const spectra = new Map<SignalKind, SpectrumStage>();
const melStages = new Map<string, MelStage>();
const KEPT_MEL_STAGES = 32;
const cepstraByStage = new WeakMap<MelStage, Map<number, FrameMatrix>>();
const powerImages = new WeakMap<SpectrumStage, { floorDb: number; topDb: number; image: ImageData | null }>();

function spectrumOf(kind: SignalKind): SpectrumStage {
  let spectrum = spectra.get(kind);
  if (!spectrum) spectra.set(kind, (spectrum = spectrumStage(demoSignal(kind))));
  return spectrum;
}

function melOf(kind: SignalKind, mels: number, scale: MelScale): MelStage {
  const key = `${kind}:${mels}:${scale}`;
  let mel = melStages.get(key);
  if (!mel) {
    melStages.set(key, (mel = melStage(spectrumOf(kind), mels, scale)));
    for (const old of melStages.keys()) {
      if (melStages.size <= KEPT_MEL_STAGES) break;
      melStages.delete(old);
    }
  }
  return mel;
}

function cepstraOf(mel: MelStage, keep: number): FrameMatrix {
  let byKeep = cepstraByStage.get(mel);
  if (!byKeep) cepstraByStage.set(mel, (byKeep = new Map()));
  let cepstra = byKeep.get(keep);
  if (!cepstra) byKeep.set(keep, (cepstra = mfccStage(mel, keep)));
  return cepstra;
}

function powerImageOf(spectrum: SpectrumStage, floorDb: number, topDb: number): ImageData | null {
  const kept = powerImages.get(spectrum);
  if (kept && kept.floorDb === floorDb && kept.topDb === topDb) return kept.image;
  const image = heatmapImage(spectrum.powerDb, floorDb, topDb);
  powerImages.set(spectrum, { floorDb, topDb, image });
  return image;
}

/**
 * Every signal through every stage at these settings, the other formula, and the band counts a
 * step or two away for this signal (where a reader's first moves of the slider go).
 */
function* prepareStages(kind: SignalKind, mels: number, scale: MelScale): Steps<void> {
  const keep = keptCoefficients(melMfccParams.coefficients.default, mels);
  for (const other of [kind, ...SIGNAL_KINDS.filter((k) => k !== kind)]) {
    spectrumOf(other);
    yield;
    cepstraOf(melOf(other, mels, scale), keep);
    yield;
  }
  for (const near of [mels - 1, mels + 1, mels - 2, mels + 2]) {
    if (near < melMfccParams.mels.min || near > melMfccParams.mels.max) continue;
    cepstraOf(melOf(kind, near, scale), keptCoefficients(melMfccParams.coefficients.default, near));
    yield;
  }
  for (const other of SIGNAL_KINDS) {
    melOf(other, mels, scale === 'htk' ? 'slaney' : 'htk');
    yield;
  }
}

/** One vowel (or a vowel sequence) through power spectrum → mel filterbank → log → DCT → MFCC. */
export default function MelMfccDemo({ lang, params, setParams }: DemoProps<MelMfccParams>) {
  const text = melMfccText[lang];
  const colors = useThemeColors();
  const { signal: signalKind, mels, scale, coefficients, frame } = params;
  const keep = keptCoefficients(coefficients, mels);

  const spectrum = spectrumOf(signalKind);
  const mel = melOf(signalKind, mels, scale);
  const cepstra = cepstraOf(mel, keep);
  useIdleWork(() => prepareStages(signalKind, mels, scale));
  const view = useMemo(() => frameView(spectrum, mel, frame, keep), [spectrum, mel, frame, keep]);
  const { filterbank } = mel;

  // the filter under the pointer, kept as a frequency so that it survives a change of M or formula
  const [pointedHz, setPointedHz] = useState<number | null>(null);
  const highlighted = pointedHz === null ? strongestBand(view.logMelDb) : nearestFilter(filterbank, pointedHz);
  const highlightedHz = filterbank.centersHz[highlighted]!;
  const highlightedMel = centreMel(filterbank, highlighted, scale);
  // the arrow keys on a focused plot move the highlight as the pointer does (for keyboard readers)
  const [keyed, setKeyed] = useState(false);
  const moveHighlight = (event: KeyboardEvent<HTMLCanvasElement>) => {
    const next = filterAfterKey(highlighted, event.key, filterbank.centersHz.length);
    if (next === null) return;
    event.preventDefault();
    setKeyed(true);
    setPointedHz(filterbank.centersHz[next]!);
  };
  const keyboardFilter = { tabIndex: 0, keyShortcuts: 'ArrowLeft ArrowRight Home End', onKeyDown: moveHighlight, onBlur: () => setKeyed(false) };

  const topDb = useMemo(() => Math.ceil(maxValue(spectrum.powerDb.data) / 10) * 10, [spectrum]);
  const floorDb = topDb - DB_RANGE;
  const mfccRange = useMemo(() => maxAbsFromColumn(cepstra, 1) || 1, [cepstra]);
  const powerBitmap = useMemo(() => powerImageOf(spectrum, floorDb, topDb), [spectrum, floorDb, topDb]);
  const melBitmap = useMemo(() => heatmapImage(mel.logMelDb, floorDb, topDb), [mel, floorDb, topDb]);
  const mfccBitmap = useMemo(() => heatmapImage(cepstra, -mfccRange, mfccRange), [cepstra, mfccRange]);

  const frequencyAxis: Axis = useMemo(
    () => ({ min: 0, max: NYQUIST_HZ, label: text.frequencyKhz, ticks: niceTicks(0, NYQUIST_HZ / 1000, 4, (khz) => khz * 1000) }),
    [text],
  );
  const dbAxis: Axis = useMemo(() => ({ min: floorDb, max: topDb, label: 'dB', ticks: niceTicks(floorDb, topDb, 4) }), [floorDb, topDb]);

  const drawSpectrum = useCallback(
    (context: CanvasRenderingContext2D, width: number, height: number) => {
      if (!colors) return;
      const rect = plotRect(width, height);
      const bottom = rect.top + rect.height;
      const { edgesHz, nMels, firstBin, endBin } = filterbank;
      context.lineWidth = 1;
      context.strokeStyle = colors.muted;
      context.globalAlpha = 0.55;
      for (let i = 0; i < nMels; i++) {
        triangle(context, rect, frequencyAxis, edgesHz[i]!, edgesHz[i + 1]!, edgesHz[i + 2]!, bottom);
        context.stroke();
      }
      // empty filters last and thicker, or they vanish among the crowded low-frequency triangles
      context.globalAlpha = 1;
      context.strokeStyle = colors.accents[4];
      context.lineWidth = 2;
      context.setLineDash([3, 2]);
      for (let i = 0; i < nMels; i++) {
        if (firstBin[i] !== endBin[i]) continue;
        triangle(context, rect, frequencyAxis, edgesHz[i]!, edgesHz[i + 1]!, edgesHz[i + 2]!, bottom);
        context.stroke();
      }
      context.setLineDash([]);
      context.globalAlpha = 0.25;
      context.fillStyle = colors.accents[1];
      triangle(context, rect, frequencyAxis, edgesHz[highlighted]!, edgesHz[highlighted + 1]!, edgesHz[highlighted + 2]!, bottom);
      context.fill();
      context.globalAlpha = 1;
      context.strokeStyle = colors.accents[1];
      context.lineWidth = 2;
      context.stroke();
      context.strokeStyle = colors.accents[0];
      context.lineWidth = 1.25;
      context.beginPath();
      const { powerDb } = view;
      for (let k = 0; k < powerDb.length; k++) {
        const x = xOf(rect, frequencyAxis, k * BIN_HZ);
        const y = yOf(rect, dbAxis, Math.max(floorDb, powerDb[k]!));
        if (k === 0) context.moveTo(x, y);
        else context.lineTo(x, y);
      }
      context.stroke();
      drawAxes(context, rect, colors, frequencyAxis, { ...dbAxis, label: text.powerDb });
    },
    [colors, filterbank, highlighted, view, frequencyAxis, dbAxis, floorDb, text],
  );

  const drawMelCurve = useCallback(
    (context: CanvasRenderingContext2D, width: number, height: number) => {
      if (!colors) return;
      const rect = plotRect(width, height, { left: 52, right: 10, top: 8, bottom: 32 });
      const top = hzToMel(NYQUIST_HZ, scale);
      const melAxis: Axis = { min: 0, max: top, label: text.melAxis(scale), ticks: niceTicks(0, top, 4) };
      const bottom = rect.top + rect.height;
      // the centres, equally spaced on the mel axis and crowded at low Hz
      context.fillStyle = colors.muted;
      for (let i = 0; i < filterbank.nMels; i++) {
        const x = xOf(rect, frequencyAxis, filterbank.centersHz[i]!);
        const y = yOf(rect, melAxis, hzToMel(filterbank.centersHz[i]!, scale));
        context.fillRect(x - 0.5, bottom - 5, 1, 5);
        context.fillRect(rect.left, y - 0.5, 5, 1);
      }
      context.strokeStyle = colors.accents[0];
      context.lineWidth = 1.5;
      context.beginPath();
      for (let s = 0; s <= 200; s++) {
        const hz = (s / 200) * NYQUIST_HZ;
        const x = xOf(rect, frequencyAxis, hz);
        const y = yOf(rect, melAxis, hzToMel(hz, scale));
        if (s === 0) context.moveTo(x, y);
        else context.lineTo(x, y);
      }
      context.stroke();
      const hx = xOf(rect, frequencyAxis, highlightedHz);
      const hy = yOf(rect, melAxis, highlightedMel);
      context.strokeStyle = colors.accents[1];
      context.setLineDash([4, 3]);
      context.beginPath();
      context.moveTo(hx, bottom);
      context.lineTo(hx, hy);
      context.lineTo(rect.left, hy);
      context.stroke();
      context.setLineDash([]);
      context.fillStyle = colors.accents[1];
      context.beginPath();
      context.arc(hx, hy, 4, 0, 2 * Math.PI);
      context.fill();
      context.font = FONT;
      context.textBaseline = 'bottom';
      const label = `${Math.round(highlightedHz)} Hz → ${scale === 'htk' ? highlightedMel.toFixed(1) : highlightedMel.toFixed(2)}`;
      const labelWidth = context.measureText(label).width;
      context.textAlign = hx + 6 + labelWidth < rect.left + rect.width ? 'left' : 'right';
      context.fillText(label, context.textAlign === 'left' ? hx + 6 : hx - 6, hy - 4);
      drawAxes(context, rect, colors, frequencyAxis, melAxis);
    },
    [colors, filterbank, scale, highlightedHz, highlightedMel, frequencyAxis, text],
  );

  const bandAxis: Axis = useMemo(() => ({ min: 0.5, max: mels + 0.5, label: text.band, ticks: niceTicks(1, mels, 5) }), [mels, text]);
  const drawLogMel = useCallback(
    (context: CanvasRenderingContext2D, width: number, height: number) => {
      if (!colors) return;
      const rect = plotRect(width, height);
      const bottom = rect.top + rect.height;
      const barWidth = Math.max(1, (rect.width / mels) * 0.8);
      for (let i = 0; i < mels; i++) {
        const x = xOf(rect, bandAxis, i + 1);
        const y = yOf(rect, dbAxis, Math.max(floorDb, Math.min(topDb, view.logMelDb[i]!)));
        context.fillStyle = i === highlighted ? colors.accents[1] : colors.accents[0];
        context.globalAlpha = i === highlighted ? 1 : 0.6;
        context.fillRect(x - barWidth / 2, y, barWidth, bottom - y);
      }
      context.globalAlpha = 1;
      context.strokeStyle = colors.accents[3];
      context.lineWidth = 2;
      context.beginPath();
      for (let i = 0; i < mels; i++) {
        const x = xOf(rect, bandAxis, i + 1);
        const y = yOf(rect, dbAxis, Math.max(floorDb, Math.min(topDb, view.envelopeDb[i]!)));
        if (i === 0) context.moveTo(x, y);
        else context.lineTo(x, y);
      }
      context.stroke();
      legend(
        context,
        rect,
        [
          [colors.accents[0], text.logMelLegend],
          [colors.accents[3], text.envelopeLegend(keep)],
        ],
        colors.text,
      );
      drawAxes(context, rect, colors, bandAxis, dbAxis);
    },
    [colors, mels, bandAxis, dbAxis, floorDb, topDb, view, highlighted, keep, text],
  );

  const drawMfcc = useCallback(
    (context: CanvasRenderingContext2D, width: number, height: number) => {
      if (!colors) return;
      const rect = plotRect(width, height);
      let range = 1;
      for (let n = 1; n < keep; n++) range = Math.max(range, Math.abs(view.cepstrum[n]!));
      range *= 1.15;
      const xAxis: Axis = { min: -0.5, max: keep - 0.5, label: text.coefficient, ticks: niceTicks(0, keep - 1, 5) };
      const yAxis: Axis = { min: -range, max: range, label: 'dB', ticks: niceTicks(-range, range, 4) };
      const zero = yOf(rect, yAxis, 0);
      const barWidth = Math.max(1, (rect.width / keep) * 0.7);
      context.strokeStyle = colors.line;
      context.beginPath();
      context.moveTo(rect.left, zero);
      context.lineTo(rect.left + rect.width, zero);
      context.stroke();
      for (let n = 0; n < keep; n++) {
        const value = Math.max(-range, Math.min(range, view.cepstrum[n]!));
        const x = xOf(rect, xAxis, n);
        const y = yOf(rect, yAxis, value);
        context.fillStyle = n === 0 ? colors.accents[1] : colors.accents[2];
        context.fillRect(x - barWidth / 2, Math.min(y, zero), barWidth, Math.abs(y - zero));
      }
      const c0 = view.cepstrum[0]!;
      if (Math.abs(c0) > range) {
        // c0 = √M · mean log-mel: far larger than the rest, so it is cut at the edge and labelled
        context.fillStyle = colors.text;
        context.font = FONT;
        context.textAlign = 'left';
        context.textBaseline = c0 < 0 ? 'bottom' : 'top';
        context.fillText(`${text.c0Clipped(c0)} ↕`, xOf(rect, xAxis, 0) + barWidth / 2 + 3, c0 < 0 ? rect.top + rect.height - 2 : rect.top + 2);
      }
      drawAxes(context, rect, colors, xAxis, yAxis);
    },
    [colors, keep, view, text],
  );

  const frameAxis: Axis = useMemo(() => ({ min: -0.5, max: FRAME_COUNT - 0.5, label: text.time, ticks: TIME_AXIS_TICKS }), [text]);
  // the images do not depend on the frame: its cursor is an element over them, so moving it redraws no image
  const imageDrawer = useCallback(
    (bitmap: ImageData | null, yAxis: Axis) => (context: CanvasRenderingContext2D, width: number, height: number) => {
      if (!colors) return;
      const rect = plotRect(width, height);
      drawImageData(context, bitmap, rect);
      drawAxes(context, rect, colors, frameAxis, yAxis);
    },
    [colors, frameAxis],
  );
  const drawPowerImage = useMemo(
    () =>
      imageDrawer(powerBitmap, {
        min: -0.5,
        max: FFT_SIZE / 2 + 0.5,
        label: text.frequencyKhz,
        ticks: niceTicks(0, NYQUIST_HZ / 1000, 4, (khz) => (khz * 1000) / BIN_HZ),
      }),
    [imageDrawer, powerBitmap, text],
  );
  const drawMelImage = useMemo(
    () => imageDrawer(melBitmap, { min: -0.5, max: mels - 0.5, label: text.band, ticks: niceTicks(1, mels, 4, (i) => i - 1) }),
    [imageDrawer, melBitmap, mels, text],
  );
  const drawMfccImage = useMemo(
    () => imageDrawer(mfccBitmap, { min: -0.5, max: keep - 0.5, label: text.coefficient, ticks: niceTicks(0, keep - 1, 4) }),
    [imageDrawer, mfccBitmap, keep, text],
  );

  const pointFrequency = (event: PointerEvent<HTMLCanvasElement>, margin?: Parameters<typeof plotRect>[2]) => {
    const canvas = event.currentTarget;
    const rect = plotRect(canvas.clientWidth, canvas.clientHeight, margin);
    const hz = valueAtX(rect, frequencyAxis, event.nativeEvent.offsetX);
    if (hz >= 0 && hz <= NYQUIST_HZ) setPointedHz(hz);
  };
  const pointBand = (event: PointerEvent<HTMLCanvasElement>) => {
    const canvas = event.currentTarget;
    const band = Math.round(valueAtX(plotRect(canvas.clientWidth, canvas.clientHeight), bandAxis, event.nativeEvent.offsetX));
    if (band >= 1 && band <= mels) setPointedHz(filterbank.centersHz[band - 1]!);
  };
  const pickFrame = (event: PointerEvent<HTMLCanvasElement>) => {
    if (event.type === 'pointermove' && event.buttons === 0) return;
    const canvas = event.currentTarget;
    const m = Math.round(valueAtX(plotRect(canvas.clientWidth, canvas.clientHeight), frameAxis, event.nativeEvent.offsetX));
    const clamped = Math.max(0, Math.min(FRAME_COUNT - 1, m));
    if (clamped !== frame) setParams({ frame: clamped });
  };

  const signalName = text.signalName[signalKind];
  const scaleName = text.scaleName[scale];
  const frameSec = frameCentreSec(frame);

  return (
    <div className="mel-mfcc-demo">
      <div className="demo-controls">
        <Choice legend={text.signal} options={SIGNAL_KINDS} labels={text.signalName} value={signalKind} onChange={(next) => setParams({ signal: next })} />
        <Choice
          legend={text.scale}
          options={melMfccParams.scale.options}
          labels={text.scaleName}
          value={scale}
          onChange={(next) => setParams({ scale: next })}
        />
        <SettingSlider
          label={text.coefficients}
          value={coefficients}
          spec={melMfccParams.coefficients}
          format={(k) => text.coefficientsValue(k, keptCoefficients(k, mels))}
          onChange={(next) => setParams({ coefficients: next })}
        />
        <SettingSlider
          label={text.frame}
          value={frame}
          spec={melMfccParams.frame}
          format={(m) => text.frameValue(m, frameCentreSec(m))}
          onChange={(next) => setParams({ frame: next })}
        />
        {/* last, right above the filterbank it sets */}
        <SettingSlider
          main
          label={text.mels}
          value={mels}
          spec={melMfccParams.mels}
          format={(m) => `M = ${m}`}
          onChange={(next) => setParams({ mels: next })}
        />
      </div>
      <div className="demo-grid">
        <div className="demo-panel">
          <p className="demo-panel-title">{text.stageSpectrum}</p>
          <CanvasView
            height={FRAME_PLOT_HEIGHT}
            draw={drawSpectrum}
            main
            {...keyboardFilter}
            description={text.describeSpectrum(signalName, frame, frameSec, mels, scaleName, highlighted + 1, highlightedHz)}
            onPointerDown={(event) => pointFrequency(event)}
            onPointerMove={(event) => pointFrequency(event)}
          />
        </div>
        <div className="demo-panel">
          <p className="demo-panel-title">{text.stageMel}</p>
          <CanvasView
            height={FRAME_PLOT_HEIGHT}
            draw={drawMelCurve}
            description={text.describeMel(scaleName, mels, highlightedHz, highlightedMel)}
            onPointerDown={(event) => pointFrequency(event, { left: 52, right: 10, top: 8, bottom: 32 })}
            onPointerMove={(event) => pointFrequency(event, { left: 52, right: 10, top: 8, bottom: 32 })}
          />
        </div>
        <div className="demo-panel">
          <p className="demo-panel-title">{text.stageLogMel}</p>
          <CanvasView
            height={FRAME_PLOT_HEIGHT}
            draw={drawLogMel}
            description={text.describeLogMel(frame, mels, keep, view.envelopeRmsErrorDb)}
            onPointerDown={pointBand}
            onPointerMove={pointBand}
            {...keyboardFilter}
          />
        </div>
        <div className="demo-panel">
          <p className="demo-panel-title">{text.stageMfcc}</p>
          <CanvasView height={FRAME_PLOT_HEIGHT} draw={drawMfcc} description={text.describeMfcc(frame, keep, view.cepstrum[0]!)} />
        </div>
      </div>
      {/* said aloud while the highlight is moved by key, not on every frame change */}
      <p className="demo-readout" aria-live={keyed ? 'polite' : undefined}>
        {text.filterReadout(highlighted + 1, highlightedHz, highlightedMel, scale, filterbank.edgesHz[highlighted]!, filterbank.edgesHz[highlighted + 2]!)}
      </p>
      <p className="demo-readout">{text.envelopeReadout(keep, mels, view.envelopeRmsErrorDb)}</p>
      <p className="demo-readout">
        <i>c</i>
        <sub>n</sub> = <i>s</i>
        <sub>n</sub> Σ<sub>i=1</sub>
        <sup>{mels}</sup> <i>L</i>
        <sub>i</sub> cos[π<i>n</i>(<i>i</i> − ½)/{mels}], <i>n</i> = 0 … {keep - 1} <small>{text.equationNote}</small>
      </p>
      {mel.emptyFilters > 0 && (
        <p className="demo-readout" role="status">
          ⚠ {text.emptyFilters(mel.emptyFilters)}
        </p>
      )}
      <p className="demo-panel-title" style={{ marginTop: '0.75rem' }}>
        {text.overTime}
      </p>
      <div className="demo-panel">
        <p className="demo-panel-title">{`${text.powerSpectrogram} (${floorDb} … ${topDb} dB)`}</p>
        <TimeImage draw={drawPowerImage} description={text.describePower(signalName, FRAME_COUNT)} frame={frame} colors={colors} onPick={pickFrame} />
        <p className="demo-panel-title">{`${text.logMelSpectrogram} (${floorDb} … ${topDb} dB)`}</p>
        <TimeImage draw={drawMelImage} description={text.describeLogMelImage(mels, scaleName)} frame={frame} colors={colors} onPick={pickFrame} />
        <p className="demo-panel-title">{`${text.mfccMatrix} (−${mfccRange.toFixed(0)} … ${mfccRange.toFixed(0)} dB)`}</p>
        <TimeImage draw={drawMfccImage} description={text.describeMfccImage(keep)} frame={frame} colors={colors} onPick={pickFrame} />
      </div>
      <p className="demo-hint">{text.hint}</p>
    </div>
  );
}

interface TimeImageProps {
  draw: (context: CanvasRenderingContext2D, width: number, height: number) => void;
  description: string;
  frame: number;
  colors: ThemeColors | undefined;
  onPick: (event: PointerEvent<HTMLCanvasElement>) => void;
}

/** A time × row image with the chosen frame marked by a line laid over it (placed in CSS, no redraw). */
function TimeImage({ draw, description, frame, colors, onPick }: TimeImageProps) {
  const { left, right, top, bottom } = DEFAULT_MARGIN;
  const fraction = (frame + 0.5) / FRAME_COUNT;
  return (
    <div style={{ position: 'relative' }}>
      <CanvasView height={IMAGE_HEIGHT} draw={draw} description={description} onPointerDown={onPick} onPointerMove={onPick} />
      {colors && (
        <div
          aria-hidden="true"
          style={{
            position: 'absolute',
            top,
            height: IMAGE_HEIGHT - top - bottom,
            left: `calc(${left}px + (100% - ${left + right}px) * ${fraction} - 1.5px)`,
            width: 3,
            background: colors.accents[4],
            boxShadow: `0 0 0 1px ${colors.surface}`,
            pointerEvents: 'none',
          }}
        />
      )}
    </div>
  );
}

function triangle(context: CanvasRenderingContext2D, rect: Rect, axis: Axis, lower: number, centre: number, upper: number, bottom: number): void {
  context.beginPath();
  context.moveTo(xOf(rect, axis, lower), bottom);
  context.lineTo(xOf(rect, axis, centre), rect.top);
  context.lineTo(xOf(rect, axis, upper), bottom);
}

function legend(context: CanvasRenderingContext2D, rect: Rect, entries: [string, string][], ink: string): void {
  context.save();
  context.font = FONT;
  context.textAlign = 'right';
  context.textBaseline = 'top';
  let y = rect.top + 4;
  for (const [color, label] of entries) {
    const right = rect.left + rect.width - 6;
    context.fillStyle = ink;
    context.fillText(label, right, y);
    context.fillStyle = color;
    context.fillRect(right - context.measureText(label).width - 16, y + 5, 12, 3);
    y += 14;
  }
  context.restore();
}
