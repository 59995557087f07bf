import { useCallback, useMemo, useState } from 'react';
import type { FrameMatrix } from '../../lib/dsp/types';
import type { ParamValues } from '../params';
import { useIdleWork } from '../shared/slices';
import { builtIn, FLOOR_DB, SPECTROGRAM_BUDGET, SpectrogramCache } from './caches';
import { analyseFrame, frameCentreSetting, frameLayout, frameNearestTime, frameSpanSec, frequencyRange, isSilent, peakAbs, type FrameGrid } from './explorer';
import { BUILT_IN_SIGNALS, stftParams, type SignalKind, type StftParams } from './settings';

interface AnalysisInputs {
  samples: Float32Array;
  sampleRateHz: number;
  kind: SignalKind;
  params: ParamValues<StftParams>;
  change: (changes: Partial<ParamValues<StftParams>>) => void;
}

/**
 * What the explorer computes from the signal and the settings: the frame grid, the analysed frame
 * and moving it, the spectrogram, that frame's spectrum, the peaks and the frequency range shown.
 */
export function useStftAnalysis({ samples, sampleRateHz, kind, params, change }: AnalysisInputs) {
  const { n: frameSamples, hop, window: windowType, pad, view, t } = params;
  const signalLength = samples.length;
  // Derived numbers come out of useMemo so that React sees them as settled values.
  const layout = useMemo(() => frameLayout(signalLength, frameSamples, Number(hop), SPECTROGRAM_BUDGET), [signalLength, frameSamples, hop]);
  const { hopSamples, columnHop } = layout;
  const grid = useMemo((): FrameGrid => ({ sampleRateHz, signalLength, frameSamples, hopSamples }), [sampleRateHz, signalLength, frameSamples, hopSamples]);

  // the frame position is kept as the time of its centre, so it stays put when N or H change
  const moveFrame = useCallback((m: number) => change({ t: frameCentreSetting(m, grid, stftParams.t.max) }), [grid, change]);
  const frame = useMemo(() => {
    const index = frameNearestTime(t, grid);
    return { index, ...frameSpanSec(index, grid) };
  }, [t, grid]);

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
  const analysis = useMemo(() => analyseFrame(samples, frame.index, grid, windowType, pad, FLOOR_DB), [samples, frame.index, grid, windowType, pad]);
  const rawPeak = useMemo(
    () => peakAbs(samples.subarray(frame.index * hopSamples, frame.index * hopSamples + frameSamples)),
    [samples, frame.index, hopSamples, frameSamples],
  );
  const signalPeak = useMemo(() => peakAbs(samples), [samples]);
  const { minHz, maxHz } = useMemo(() => frequencyRange(view, kind, sampleRateHz), [view, kind, sampleRateHz]);

  return { ...layout, grid, frame, moveFrame, silent, spectrogram, analysis, rawPeak, signalPeak, minHz, maxHz };
}
