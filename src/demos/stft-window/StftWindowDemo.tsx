import { Choice, Select } from '../shared/Choice';
import { SettingSlider } from '../shared/Slider';
import { useThemeColors } from '../shared/themeColors';
import type { DemoProps } from '../types';
import { FREQUENCY_VIEWS, HOP_FRACTIONS, stftParams, type StftParams } from './settings';
import { stftDemoText, type FrameFacts } from './text';
import { FramePanel } from './FramePanel';
import { SignalPanel } from './SignalPanel';
import { SpectrogramPanel } from './SpectrogramPanel';
import { WaveformPanel } from './WaveformPanel';
import { useFramePointer } from './useFramePointer';
import { useMeasuredChange } from './useMeasuredChange';
import { usePlotDrawers } from './usePlotDrawers';
import { useSignalSource } from './useSignalSource';
import { useStftAnalysis } from './useStftAnalysis';
import { useWarmUp } from './useWarmUp';

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
  const { n: frameSamples, hop, window: windowType, pad, range, view, signal: chosenSignal } = params;

  const signalSource = useSignalSource({ chosenSignal, text, setParams, setLinkNote, change });
  const { kind, samples, sampleRateHz, durationSec, signalPhrase, playheadSec } = signalSource;
  const { hopSamples, frames, stride, columnHop, grid, frame, moveFrame, silent, spectrogram, analysis, rawPeak, signalPeak, minHz, maxHz } = useStftAnalysis({
    samples,
    sampleRateHz,
    kind,
    params,
    change,
  });
  useWarmUp();

  const facts: FrameFacts = {
    signal: signalPhrase,
    window: text.windowName[windowType],
    n: frameSamples,
    fs: sampleRateHz,
    hop: hopSamples,
    frame: frame.index,
    frames,
    startSec: frame.startSec,
    endSec: frame.endSec,
  };
  const drawers = usePlotDrawers({
    colors,
    text,
    samples,
    sampleRateHz,
    signalLength: samples.length,
    durationSec,
    frameSamples,
    hopSamples,
    columnHop,
    frameIndex: frame.index,
    frameStartSec: frame.startSec,
    frameEndSec: frame.endSec,
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
  const pointer = useFramePointer({ grid, frames, durationSec, frameIndex: frame.index, zoom: drawers.zoom, moveFrame });
  const overlap = (1 - hopSamples / frameSamples) * 100;
  const bins = frameSamples / 2 + 1;

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
      <SpectrogramPanel text={text} facts={facts} minHz={minHz} maxHz={maxHz} range={range} drawers={drawers} pointer={pointer} />
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

      <WaveformPanel text={text} facts={facts} durationSec={durationSec} grid={grid} drawers={drawers} pointer={pointer} moveFrame={moveFrame} />
      <FramePanel
        text={text}
        facts={facts}
        analysis={analysis}
        windowType={windowType}
        pad={pad}
        onPadChange={(value) => change({ pad: value })}
        minHz={minHz}
        maxHz={maxHz}
        range={range}
        silent={silent}
        drawers={drawers}
      />
      <p className="demo-hint">{text.hints[kind]}</p>
      {pad > 1 && <p className="demo-hint">{text.paddingHint}</p>}
    </div>
  );
}
