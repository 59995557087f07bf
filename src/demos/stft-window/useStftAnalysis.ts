import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FrameMatrix } from '../../lib/dsp/types';
import type { ParamValues } from '../params';
import { runWhenIdle, useIdleWork } from '../shared/slices';
import { builtIn, FLOOR_DB, SPECTROGRAM_BUDGET, SpectrogramCache } from './caches';
import { analyseFrame, frameCentreSetting, frameLayout, frameNearestTime, frameSpanSec, frequencyRange, isSilent, peakAbs, type FrameGrid } from './explorer';
import { BUILT_IN_SIGNALS, HOP_FRACTIONS, stftParams, type SignalKind, type StftParams } from './settings';

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
  // room for the one shown, its four neighbours (window length and hop) and the other built-in signals
  const [spectrograms] = useState(() => new SpectrogramCache(BUILT_IN_SIGNALS.length + 5));
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
  // the window lengths one step up and down and the hops one step either side, in idle time: a
  // held arrow key or a drag along the slider, or the next hop, then finds its spectrogram made
  // (one costs up to about 10 ms at any N)
  useEffect(() => {
    const hopAt = HOP_FRACTIONS.indexOf(hop);
    const neighbours: [number, string][] = [
      [frameSamples * 2, hop],
      [frameSamples / 2, hop],
      ...[HOP_FRACTIONS[hopAt + 1], HOP_FRACTIONS[hopAt - 1]].flatMap((other): [number, string][] => (other ? [[frameSamples, other]] : [])),
    ];
    return runWhenIdle(
      (function* () {
        for (const [n, hopFraction] of neighbours) {
          if (n < stftParams.n.min || n > stftParams.n.max) continue;
          spectrograms.prepareNext(samples, n, frameLayout(signalLength, n, Number(hopFraction), SPECTROGRAM_BUDGET).columnHop, windowType);
          yield;
        }
      })(),
    );
  }, [spectrograms, samples, signalLength, frameSamples, hop, windowType]);
  const analysis = useMemo(() => analyseFrame(samples, frame.index, grid, windowType, pad, FLOOR_DB), [samples, frame.index, grid, windowType, pad]);
  const rawPeak = useMemo(
    () => peakAbs(samples.subarray(frame.index * hopSamples, frame.index * hopSamples + frameSamples)),
    [samples, frame.index, hopSamples, frameSamples],
  );
  const signalPeak = useMemo(() => peakAbs(samples), [samples]);
  const { minHz, maxHz } = useMemo(() => frequencyRange(view, kind, sampleRateHz), [view, kind, sampleRateHz]);

  return { ...layout, grid, frame, moveFrame, silent, spectrogram, analysis, rawPeak, signalPeak, minHz, maxHz };
}
