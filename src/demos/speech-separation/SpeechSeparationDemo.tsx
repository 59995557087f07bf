import { useCallback, useMemo, type ReactNode } from 'react';
import type { FrameMatrix } from '../../lib/dsp/types';
import type { Steps } from '../../lib/steps';
import { CanvasView } from '../shared/CanvasView';
import { Choice } from '../shared/Choice';
import { usePlayback } from '../shared/playback';
import { useIdleWork, useSliced } from '../shared/slices';
import { SettingSlider } from '../shared/Slider';
import { useThemeColors } from '../shared/themeColors';
import type { DemoProps } from '../types';
import { drawAxes, drawImageData, heatmapImage, niceTicks, plotRect, type Axis } from '../shared/plot';
import { viridisGradient } from '../shared/colormap';
import {
  analyseSourcesSteps,
  band,
  degrade,
  estimateDb,
  FRAME_SAMPLES,
  HOP_SAMPLES,
  idealMask,
  idealMaskSteps,
  magnitudeDb,
  maskImage,
  mixAt,
  mixAtSteps,
  mixGain,
  mixtureMagnitudeDb,
  scoreSteps,
  type Band,
  type Scores,
  type Setting,
  type Sources,
} from './separation';
import { MASK_KINDS, SOURCE_SETS, separationParams, type MaskKind, type SeparationParams, type SourceSet } from './settings';
import { DURATION_SEC, SAMPLE_RATE_HZ, sourceSteps } from './sources';
import { separationText } from './text';

/** dB shown below the loudest cell of the mixture. */
const DB_RANGE = 70;
const IMAGE_HEIGHT = 150;
/** The images show 0–4 kHz, where the voices' formants and most of their harmonics are (loss and SNR use every bin). */
const DISPLAY_MAX_HZ = 4000;
const DISPLAY_BINS = Math.round((DISPLAY_MAX_HZ * FRAME_SAMPLES) / SAMPLE_RATE_HZ) + 1;
const GRADIENT = viridisGradient();
/** How long the settings must rest before the loss, the SNRs and the waveforms are recomputed. */
const SETTLE_MS = 120;

/** Each set of sources analysed once (synthesis and two STFTs, 20–30 ms), for every instance of the demo. */
const analysed = new Map<SourceSet, Sources>();
const bands = new WeakMap<Sources, Band>();

function* sourcesSteps(set: SourceSet): Steps<{ set: SourceSet; sources: Sources }> {
  let sources = analysed.get(set);
  if (!sources) {
    const [make1, make2] = sourceSteps(set);
    sources = yield* analyseSourcesSteps(make1, make2);
    analysed.set(set, sources);
  }
  return { set, sources };
}

/**
 * In idle time once the demo is open: the other sets analysed, so that switching to one is
 * immediate, and the pictures' maths run at a few settings, so that the first step of a control
 * finds its code compiled and optimised (cold, it takes three to four times as long).
 */
function* prefetchSteps(): Steps<void> {
  for (const set of SOURCE_SETS) {
    yield* sourcesSteps(set);
    yield;
  }
  // the number formats of the readouts (each precision's first use is slow)
  for (const text of Object.values(separationText)) {
    text.ratioValue(-3);
    text.qualityValue(55);
    text.compressionValue(0.45);
    text.loss(0.0123, 0.0045, 0.3);
    text.snr(8.5, -2.25, 0.5, 101);
  }
  yield;
  const settings = [
    [3, 'irm', 80],
    [-4, 'ibm', 60],
    [6, 'crm', 90],
    [-1, 'irm', 100],
    [9, 'crm', 50],
    [-7, 'ibm', 100],
  ] as const;
  for (let i = 0; i < 2 * settings.length; i++) {
    const [ratio, kind, quality] = settings[i % settings.length]!;
    // every set's band is cut on the way (the first ones for the set shown)
    const view = bandOf(analysed.get(SOURCE_SETS[i % SOURCE_SETS.length]!)!);
    const mixture = mixAt(view, ratio);
    const mask = degrade(idealMask(kind, view.S1, mixture.S2, mixture.Y), quality, view.noise);
    const mixtureDb = mixtureMagnitudeDb(view, ratio, -200);
    const topDb = Math.ceil(maxOf(mixtureDb.data) / 10) * 10;
    heatmapImage(mixtureDb, topDb - DB_RANGE, topDb);
    heatmapImage(estimateDb(mixtureDb, mask, 1, topDb - DB_RANGE), topDb - DB_RANGE, topDb);
    heatmapImage(maskImage(mask), 0, 1);
    yield;
  }
}

/** The band of the spectrograms the images show, cut once per set of sources. */
function bandOf(sources: Sources): Band {
  let view = bands.get(sources);
  if (!view) bands.set(sources, (view = band(sources, DISPLAY_BINS)));
  return view;
}

/** The mixture and the mask for source 1 at these settings, then its picture and both estimates' pictures. */
function* maskPictureSteps(view: Band, ratio: number, mixtureDb: FrameMatrix, floorDb: number, topDb: number, kind: MaskKind, quality: number) {
  const mixture = yield* mixAtSteps(view, ratio);
  const mask = degrade(yield* idealMaskSteps(kind, view.S1, mixture.S2, mixture.Y), quality, view.noise);
  yield;
  const maskBitmap = heatmapImage(maskImage(mask), 0, 1);
  yield;
  const estimate1Bitmap = heatmapImage(estimateDb(mixtureDb, mask, 1, floorDb), floorDb, topDb);
  yield;
  const estimate2Bitmap = heatmapImage(estimateDb(mixtureDb, mask, 2, floorDb), floorDb, topDb);
  return { maskBitmap, estimate1Bitmap, estimate2Bitmap };
}

function* scoredSteps(sources: Sources, setting: Setting): Steps<Scores & { sources: Sources; setting: Setting }> {
  return { ...(yield* scoreSteps(sources, setting)), sources, setting };
}

/** Two sources are mixed; a mask on the mixture's STFT separates them again, listened to after an inverse STFT. */
export default function SpeechSeparationDemo({ lang, params, setParams }: DemoProps<SeparationParams>) {
  const text = separationText[lang];
  const colors = useThemeColors();
  const { sources: set, ratio, mask: maskKind, quality, compression } = params;

  // A set of sources not analysed yet is worked out in slices; the last one stays meanwhile.
  const sourcesJob = useCallback(() => sourcesSteps(set), [set]);
  const slicedSources = useSliced(sourcesJob);
  useIdleWork(prefetchSteps);
  const ready = analysed.get(set);
  const shownSet = ready ? set : slicedSources.value.set;
  const sources = ready ?? slicedSources.value.sources;
  const preparing = shownSet !== set;
  const [name1, name2] = text.sourceNames[shownSet];

  // The pictures follow every step, computed over the band they show (0–4 kHz, half the bins):
  // the same cells as the whole spectrograms would give. The input's own frame draws the mixture
  // from the sources' STFTs; the mixture's STFT itself (Y and g·S2) is formed for the mask only.
  const view = useMemo(() => bandOf(sources), [sources]);

  // The numbers (loss, SNRs) and the waveforms to play need every bin and three inverse STFTs:
  // once the settings rest they are worked out in slices, and the last ones stay (dimmed) meanwhile.
  const scoreJob = useCallback(
    () => scoredSteps(sources, { ratioDb: ratio, mask: maskKind, quality, compression }),
    [sources, ratio, maskKind, quality, compression],
  );
  const scored = useSliced(scoreJob, { delayMs: SETTLE_MS });
  const { losses, snr, waves, sources: scoredSources, setting: scoredSetting } = scored.value;
  const stale = scored.pending;

  const mixtureDb = useMemo(() => mixtureMagnitudeDb(view, ratio, -200), [view, ratio]);
  const source1Db = useMemo(() => magnitudeDb(view.S1, -200), [view]);
  const source2Db = useMemo(() => magnitudeDb(view.S2, -200), [view]);
  const topDb = useMemo(() => Math.ceil(maxOf(mixtureDb.data) / 10) * 10, [mixtureDb]);
  const floorDb = topDb - DB_RANGE;
  const mixtureBitmap = useMemo(() => heatmapImage(mixtureDb, floorDb, topDb), [mixtureDb, floorDb, topDb]);
  const source1Bitmap = useMemo(() => heatmapImage(source1Db, floorDb, topDb), [source1Db, floorDb, topDb]);
  // g·S2 in dB is S2 in dB + 20 log10 g: shift the colour range instead of converting again
  const gainDb = 20 * Math.log10(mixGain(view, ratio));
  const source2Bitmap = useMemo(() => heatmapImage(source2Db, floorDb - gainDb, topDb - gainDb), [source2Db, floorDb, topDb, gainDb]);
  // the mixture's STFT, the mask and the two estimates follow in the next frame: the input's own
  // frame then draws the mixture and the sources alone (half the work), whatever the mask
  const maskJob = useCallback(
    () => maskPictureSteps(view, ratio, mixtureDb, floorDb, topDb, maskKind, quality),
    [view, ratio, mixtureDb, floorDb, topDb, maskKind, quality],
  );
  const { maskBitmap, estimate1Bitmap, estimate2Bitmap } = useSliced(maskJob, { afterPaint: true }).value;

  const timeAxis: Axis = useMemo(
    () => ({
      min: -0.5,
      max: view.S1.frames - 0.5,
      label: text.time,
      ticks: niceTicks(0, DURATION_SEC, 5, (sec) => (sec * SAMPLE_RATE_HZ - FRAME_SAMPLES / 2) / HOP_SAMPLES),
    }),
    [view, text],
  );
  const frequencyAxis: Axis = useMemo(
    () => ({
      min: -0.5,
      max: DISPLAY_BINS - 0.5,
      label: text.frequency,
      ticks: niceTicks(0, DISPLAY_MAX_HZ / 1000, 4, (khz) => (khz * 1000 * FRAME_SAMPLES) / SAMPLE_RATE_HZ),
    }),
    [text],
  );
  const imageDrawer = useCallback(
    (bitmap: ImageData | null) => (context: CanvasRenderingContext2D, width: number, height: number) => {
      if (!colors) return;
      const rect = plotRect(width, height, { left: 40, right: 8, top: 6, bottom: 32 });
      drawImageData(context, bitmap, rect);
      drawAxes(context, rect, colors, timeAxis, frequencyAxis);
    },
    [colors, timeAxis, frequencyAxis],
  );

  const drawMixture = useMemo(() => imageDrawer(mixtureBitmap), [imageDrawer, mixtureBitmap]);
  const drawMask = useMemo(() => imageDrawer(maskBitmap), [imageDrawer, maskBitmap]);
  const drawEstimate1 = useMemo(() => imageDrawer(estimate1Bitmap), [imageDrawer, estimate1Bitmap]);
  const drawEstimate2 = useMemo(() => imageDrawer(estimate2Bitmap), [imageDrawer, estimate2Bitmap]);
  const drawSource1 = useMemo(() => imageDrawer(source1Bitmap), [imageDrawer, source1Bitmap]);
  const drawSource2 = useMemo(() => imageDrawer(source2Bitmap), [imageDrawer, source2Bitmap]);

  const player = usePlayback<keyof typeof text.playNames>();
  // one gain for every button so that loudness compares: the mixture's peak at 0.9
  const playbackGain = useMemo(() => 0.9 / Math.max(1e-9, peak(waves.y), peak(scoredSources.s1), peak(waves.s2)), [waves, scoredSources]);
  const playButton = (id: keyof typeof text.playNames, samples: Float32Array) => (
    <button
      type="button"
      className="demo-button"
      aria-pressed={player.playing === id}
      disabled={!player.supported}
      title={player.supported ? undefined : text.noAudio}
      // pressing the playing item again stops it
      onClick={() => (player.playing === id ? player.stop() : player.play(id, samples, SAMPLE_RATE_HZ, playbackGain))}
    >
      <span aria-hidden="true">{player.playing === id ? '■ ' : '▶ '}</span>
      {text.playNames[id]}
    </button>
  );

  const mixName = `${name1} + ${name2}, ${text.ratioValue(ratio)}`;
  const describe = (what: string, detail = '') => text.describeSpectrogram(what, detail, floorDb, topDb);

  return (
    <div className="separation-demo">
      <div className="demo-controls">
        <Choice legend={text.sources} options={SOURCE_SETS} labels={text.sourceSet} value={set} onChange={(sourcesSet) => setParams({ sources: sourcesSet })} />
        <SettingSlider
          label={text.ratio}
          value={ratio}
          spec={separationParams.ratio}
          format={text.ratioValue}
          onChange={(next) => setParams({ ratio: next })}
        />
        <SettingSlider
          label={text.quality}
          value={quality}
          spec={separationParams.quality}
          format={text.qualityValue}
          onChange={(next) => setParams({ quality: next })}
        />
        <SettingSlider
          label={text.compression}
          value={compression}
          spec={separationParams.compression}
          format={text.compressionValue}
          onChange={(next) => setParams({ compression: Number(next.toFixed(2)) })}
        />
        {/* last, so that it sits right above the mask it chooses */}
        <Choice main legend={text.mask} options={MASK_KINDS} labels={text.maskName} value={maskKind} onChange={(kind) => setParams({ mask: kind })} />
      </div>
      <p className="demo-readout" aria-live="polite" style={{ opacity: stale ? 0.6 : 1 }}>
        <strong>{text.loss(losses[0], losses[1], scoredSetting.compression)}</strong>
      </p>
      <p className="demo-readout" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.25rem 0.5rem', fontSize: '0.9rem' }}>
        <span>{text.colourLegend}</span>
        <span>{floorDb} dB</span>
        <span aria-hidden="true" style={{ display: 'inline-block', width: '8rem', height: '0.6rem', borderRadius: 2, background: GRADIENT }} />
        <span>{topDb} dB</span>
        <span>{text.maskLegend}</span>
      </p>
      <div className="demo-grid" aria-busy={preparing} style={{ opacity: preparing ? 0.6 : 1 }}>
        <Panel title={text.mixture}>
          <CanvasView height={IMAGE_HEIGHT} draw={drawMixture} description={describe(mixName)} />
        </Panel>
        <Panel title={text.maskPanel(maskKind)}>
          <CanvasView main height={IMAGE_HEIGHT} draw={drawMask} description={text.describeMask(text.maskName[maskKind], quality)} />
        </Panel>
        <Panel title={text.estimate(1)}>
          <CanvasView height={IMAGE_HEIGHT} draw={drawEstimate1} description={describe(text.estimate(1), `, ${text.maskName[maskKind]} ${quality} %`)} />
        </Panel>
        <Panel title={text.estimate(2)}>
          <CanvasView height={IMAGE_HEIGHT} draw={drawEstimate2} description={describe(text.estimate(2), `, ${text.maskName[maskKind]} ${quality} %`)} />
        </Panel>
        <Panel title={text.clean(name1)}>
          <CanvasView height={IMAGE_HEIGHT} draw={drawSource1} description={describe(name1)} />
        </Panel>
        <Panel title={text.clean(name2)}>
          <CanvasView height={IMAGE_HEIGHT} draw={drawSource2} description={describe(name2, `, ${text.ratioValue(-ratio)}`)} />
        </Panel>
      </div>
      <p className="demo-readout" style={{ opacity: stale ? 0.6 : 1 }}>
        {text.snr(snr.estimate1, snr.estimate2, snr.mixture1, snr.mixture2)}
      </p>
      <div role="group" aria-label={text.listen} style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.4rem', margin: '0.5rem 0' }}>
        <span className="demo-panel-title" style={{ margin: 0 }}>
          {text.listen}
        </span>
        {playButton('mixture', waves.y)}
        {playButton('s1', scoredSources.s1)}
        {playButton('s2', waves.s2)}
        {playButton('e1', waves.y1)}
        {playButton('e2', waves.y2)}
      </div>
      <p className="demo-readout">
        <i>Ŝ</i>
        <sub>1</sub> = <i>M</i>′ ⊙ <i>Y</i>, <i>Ŝ</i>
        <sub>2</sub> = (1 − <i>M</i>′) ⊙ <i>Y</i>, <i>M</i>′ = (1 − <i>a</i>)<i>M</i> + <i>aU</i>; <i>L</i> = Σ<sub>c</sub> mean<sub>t,f</sub> |𝒞(<i>S</i>
        <sub>c</sub>) − 𝒞(<i>Ŝ</i>
        <sub>c</sub>)|², 𝒞(<i>S</i>) = |<i>S</i>|<sup>{compression.toFixed(2)}</sup>e<sup>j∠S</sup> <small>{text.equationNote}</small>
      </p>
      {!player.supported && <p className="demo-readout">{text.noAudio}</p>}
      <p className="demo-hint">{text.hint}</p>
    </div>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="demo-panel">
      <p className="demo-panel-title">{title}</p>
      {children}
    </div>
  );
}

function maxOf(data: Float32Array): number {
  let max = -Infinity;
  for (let i = 0; i < data.length; i++) if (data[i]! > max) max = data[i]!;
  return max;
}

function peak(signal: Float32Array): number {
  let max = 0;
  for (let n = 0; n < signal.length; n++) max = Math.max(max, Math.abs(signal[n]!));
  return max;
}
