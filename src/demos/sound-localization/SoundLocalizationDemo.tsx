import { useCallback, useId, useMemo } from 'react';
import { CanvasView } from '../shared/CanvasView';
import { Choice } from '../shared/Choice';
import { usePlayback, type AudioContextClass } from '../shared/playback';
import { SettingSlider, type SliderScale } from '../shared/Slider';
import { useThemeColors } from '../shared/themeColors';
import type { DemoProps } from '../types';
import { fitScene, paintGrid, paintLegend, paintPeak, paintScene, viridisAt } from './draw';
import { gridFeatures, localize, soundSources } from './localization';
import { CELL_COUNT, SOURCES, cellCentre } from './scene';
import { localizationParams, type LocalizationParams } from './settings';
import { SOUND_RATE_HZ, synthesize } from './sounds';
import { formatTemperature, localizationText } from './text';

const CANVAS_HEIGHT = 276;
const SCENE_AREA = 240;
const LEGEND_Y = 248;
/** log scale: each arrow-key step multiplies T by 10^0.05 ≈ 1.12; two significant digits */
const TEMPERATURE_SCALE: SliderScale = { toSlider: Math.log10, fromSlider: (position) => Number((10 ** position).toPrecision(2)), step: 0.05 };

/** Pick a sound: the cosine-similarity map and its softmax attention move to the sounding object. */
export default function SoundLocalizationDemo({ lang, params, setParams }: DemoProps<LocalizationParams>) {
  const text = localizationText[lang];
  const { sound, temperature, relu } = params;
  const colors = useThemeColors();
  const grid = useMemo(() => gridFeatures(), []);
  const result = useMemo(() => localize(grid, sound, temperature, relu), [grid, sound, temperature, relu]);
  const alphaMax = result.alpha[result.peak]!;
  const peakName = text.label[result.peakLabel];
  const soundName = text.soundName[sound];
  let minSimilarity = Infinity;
  let maxSimilarity = -Infinity;
  for (const s of result.similarity) {
    minSimilarity = Math.min(minSimilarity, s);
    maxSimilarity = Math.max(maxSimilarity, s);
  }

  const drawAttention = useCallback(
    (context: CanvasRenderingContext2D, width: number) => {
      const fit = fitScene(width, SCENE_AREA);
      paintScene(context, fit);
      // relative scale (0 … α_max), as attention maps are usually shown; the readout gives α_max
      // a spotlight: unattended regions darken, attended ones take the colour of their weight
      paintGrid(context, fit, result.alpha, 0, alphaMax, (t) => [0, 0, 0, 0.6 * (1 - t)], true);
      paintGrid(context, fit, result.alpha, 0, alphaMax, (t) => viridisAt(t, 0.55 * Math.sqrt(t)), true);
      const [x, y] = cellCentre(result.peak);
      paintPeak(context, fit, x, y, `${text.peakMarker}: ${peakName}`);
      if (colors) paintLegend(context, fit, LEGEND_Y, { title: text.legendAlpha, left: '0', right: alphaMax.toFixed(3), middle: '' }, colors.text);
    },
    [result, alphaMax, peakName, text, colors],
  );

  const drawSimilarity = useCallback(
    (context: CanvasRenderingContext2D, width: number) => {
      const fit = fitScene(width, SCENE_AREA);
      paintScene(context, fit);
      paintGrid(context, fit, result.similarity, -1, 1, (t) => viridisAt(t, 0.82), false);
      if (colors) paintLegend(context, fit, LEGEND_Y, { title: text.legendSimilarity, left: '−1', middle: '0', right: '1' }, colors.text);
    },
    [result, text, colors],
  );

  const shareParts = [
    ...SOURCES.map((source) => text.sharePart(text.label[source], result.share[source])),
    text.sharePart(text.scenery, 1 - SOURCES.reduce((sum, source) => sum + result.share[source], 0)),
  ].join(' · ');

  return (
    <div className="localization-demo">
      <div className="demo-controls">
        <Choice
          main
          legend={text.sound}
          options={localizationParams.sound.options}
          labels={text.soundName}
          value={sound}
          onChange={(value) => setParams({ sound: value })}
        />
        <SettingSlider
          label={text.temperature}
          value={temperature}
          spec={localizationParams.temperature}
          scale={TEMPERATURE_SCALE}
          format={formatTemperature}
          onChange={(value) => setParams({ temperature: value })}
        />
        <div className="demo-control">
          <label className="demo-choice">
            <input type="checkbox" checked={relu} onChange={(event) => setParams({ relu: event.target.checked })} />
            {text.relu}
          </label>
          {/* keyed by sound: choosing another sound stops the one playing */}
          <PlayButton key={sound} sources={soundSources(sound)} text={text} />
        </div>
      </div>
      <div className="demo-grid">
        <div className="demo-panel">
          <p className="demo-panel-title">{text.attentionTitle}</p>
          <CanvasView main height={CANVAS_HEIGHT} draw={drawAttention} description={text.attentionDescription(soundName, peakName, alphaMax, temperature)} />
        </div>
        <div className="demo-panel">
          <p className="demo-panel-title">{text.similarityTitle}</p>
          <CanvasView
            height={CANVAS_HEIGHT}
            draw={drawSimilarity}
            description={text.similarityDescription(soundName, minSimilarity, maxSimilarity, peakName)}
          />
        </div>
      </div>
      <p className="demo-readout">{text.readout(temperature, alphaMax, peakName, CELL_COUNT)}</p>
      <p className="demo-readout">{text.share(shareParts)}</p>
      <p className="demo-hint">{text.hint}</p>
    </div>
  );
}

/** Plays the synthetic sound once; a second press stops it. Silent browsers get a disabled button. */
function PlayButton({ sources, text }: { sources: readonly (typeof SOURCES)[number][]; text: (typeof localizationText)['en' | 'ko'] }) {
  const hintId = useId();
  const AudioContextCtor: AudioContextClass | undefined =
    typeof window === 'undefined' ? undefined : (window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext);
  // unmounting (another sound chosen, or the page left) silences and releases the audio
  const player = usePlayback<'sound'>(AudioContextCtor);
  const playing = player.playing !== null;

  const play = () => {
    if (playing) return player.stop();
    if (!AudioContextCtor) return;
    player.play('sound', synthesize(sources), SOUND_RATE_HZ);
  };

  return (
    <>
      <button
        type="button"
        className="demo-button"
        style={{ alignSelf: 'flex-start' }}
        onClick={play}
        disabled={!AudioContextCtor}
        aria-describedby={AudioContextCtor ? undefined : hintId}
      >
        {playing ? `■ ${text.stop}` : `▶ ${text.play}`}
      </button>
      {!AudioContextCtor && (
        <span id={hintId} className="demo-hint">
          {text.noAudio}
        </span>
      )}
    </>
  );
}
