import { useId, useMemo, useState } from 'react';
import { stftMagnitudeDb } from '../../lib/dsp/stft';
import type { WindowType } from '../../lib/dsp/windows';
import { SpectrogramCanvas } from '../shared/SpectrogramCanvas';
import type { DemoProps } from '../types';
import { DEMO_WINDOWS, MAX_WINDOW_EXPONENT, MIN_WINDOW_EXPONENT, parseSettings } from './settings';
import { CHIRP_END_HZ, CHIRP_START_HZ, DURATION_SEC, SAMPLE_RATE_HZ, TONE_HZ, demoSignal } from './signal';
import { stftDemoText } from './text';

const FLOOR_DB = -80;

/** Drag the window length and switch the window: the spectrogram of a tone plus a chirp redraws. */
export default function StftWindowDemo({ lang, settings }: DemoProps) {
  const text = stftDemoText[lang];
  const initial = useMemo(() => parseSettings(settings), [settings]);
  const [windowLength, setWindowLength] = useState(initial.windowLength);
  const [windowType, setWindowType] = useState<WindowType>(initial.window);
  const sliderId = useId();
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
        <div className="demo-control">
          <label htmlFor={sliderId}>{text.windowLength}</label>
          <input
            id={sliderId}
            type="range"
            min={MIN_WINDOW_EXPONENT}
            max={MAX_WINDOW_EXPONENT}
            step={1}
            value={Math.log2(windowLength)}
            aria-valuetext={text.samples(windowLength, windowMs)}
            onChange={(event) => setWindowLength(2 ** Number(event.target.value))}
          />
          <output htmlFor={sliderId}>{text.samples(windowLength, windowMs)}</output>
        </div>
        <fieldset className="demo-control">
          <legend>{text.windowType}</legend>
          {DEMO_WINDOWS.map((type) => (
            <label key={type} className="demo-choice">
              <input type="radio" name={`${sliderId}-window`} value={type} checked={windowType === type} onChange={() => setWindowType(type)} />
              {text.windowName[type]}
            </label>
          ))}
        </fieldset>
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
