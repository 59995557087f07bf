import { useMemo } from 'react';
import { stftMagnitudeDb } from '../../lib/dsp/stft';
import { Choice } from '../shared/Choice';
import { powerOfTwoScale, Slider } from '../shared/Slider';
import { SpectrogramCanvas } from '../shared/SpectrogramCanvas';
import type { DemoProps } from '../types';
import { stftParams, type StftParams } from './settings';
import { CHIRP_END_HZ, CHIRP_START_HZ, DURATION_SEC, SAMPLE_RATE_HZ, TONE_HZ, demoSignal } from './signal';
import { stftDemoText } from './text';

const FLOOR_DB = -80;

/** Drag the window length and switch the window: the spectrogram of a tone plus a chirp redraws. */
export default function StftWindowDemo({ lang, params, setParams }: DemoProps<StftParams>) {
  const text = stftDemoText[lang];
  const { n: windowLength, window: windowType } = params;
  const signal = useMemo(() => demoSignal(), []);
  const hopSamples = windowLength / 4;
  const spectrogram = useMemo(
    () => stftMagnitudeDb(signal, { frameSamples: windowLength, hopSamples, window: windowType, floorDb: FLOOR_DB }),
    [signal, windowLength, hopSamples, windowType],
  );
  const windowMs = (windowLength / SAMPLE_RATE_HZ) * 1000;
  const binHz = SAMPLE_RATE_HZ / windowLength;

  return (
    <div className="stft-demo">
      <div className="demo-controls">
        <Slider
          label={text.windowLength}
          value={windowLength}
          min={stftParams.n.min}
          max={stftParams.n.max}
          {...powerOfTwoScale}
          format={(n) => text.samples(n, (n / SAMPLE_RATE_HZ) * 1000)}
          onChange={(n) => setParams({ n })}
        />
        <Choice
          legend={text.windowType}
          options={stftParams.window.options}
          labels={text.windowName}
          value={windowType}
          onChange={(window) => setParams({ window })}
        />
      </div>
      <SpectrogramCanvas
        spectrogram={spectrogram}
        durationSec={DURATION_SEC}
        maxFrequencyHz={SAMPLE_RATE_HZ / 2}
        minDb={FLOOR_DB}
        maxDb={0}
        timeLabel={text.timeAxis}
        frequencyLabel={text.frequencyAxis}
        description={text.description(text.windowName[windowType], windowLength, windowMs, hopSamples)}
      />
      <p className="demo-readout">{text.resolution(windowMs, binHz)}</p>
      <p className="demo-hint">{text.hint(TONE_HZ, CHIRP_START_HZ, CHIRP_END_HZ)}</p>
    </div>
  );
}
