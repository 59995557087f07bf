import { useEffect } from 'react';
import { stftMagnitudeDb } from '../../lib/dsp/stft';
import type { WindowType } from '../../lib/dsp/windows';
import type { ThemeColors } from '../shared/themeColors';
import { builtIn, DEFAULT_SIGNAL, FLOOR_DB, windowLobes } from './caches';
import { SpectrogramPainter } from './draw';
import { analyseFrame } from './explorer';
import { BUILT_IN_SIGNALS, stftParams } from './settings';
import { SAMPLE_RATE_HZ } from './signal';

/** Stand-in theme colours for drawing off screen while warming up (nothing of it is shown). */
const WARM_COLORS: ThemeColors = { text: '#000', muted: '#666', line: '#888', surface: '#fff', accents: ['#00f', '#f80', '#080', '#80f', '#f00'] };

export function useWarmUp(): void {
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
}
