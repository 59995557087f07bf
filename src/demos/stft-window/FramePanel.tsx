import { CanvasView } from '../shared/CanvasView';
import { Choice } from '../shared/Choice';
import type { WindowType } from '../../lib/dsp/windows';
import { windowLobes } from './caches';
import type { FrameAnalysis } from './explorer';
import type { FrameFacts, StftText } from './text';
import type { PlotDrawers } from './usePlotDrawers';

const PAD_FACTORS = ['1', '2', '4', '8'] as const;

interface FramePanelProps {
  text: StftText;
  facts: FrameFacts;
  analysis: FrameAnalysis;
  windowType: WindowType;
  pad: number;
  onPadChange: (pad: number) => void;
  minHz: number;
  maxHz: number;
  range: number;
  silent: boolean;
  drawers: PlotDrawers;
}

/** The analysed frame: its windowed samples, its zero-padded spectrum, and the window's lobes and the peak. */
export function FramePanel({ text, facts, analysis, windowType, pad, onPadChange, minHz, maxHz, range, silent, drawers }: FramePanelProps) {
  const lobes = windowLobes(windowType);
  const binHz = facts.fs / facts.n;
  const peakHz = analysis.peakIndex * analysis.pointSpacingHz;
  return (
    <>
      <div className="demo-grid" style={{ marginTop: '0.5rem' }}>
        <div className="demo-panel">
          <p className="demo-panel-title">{text.frameTitle}</p>
          <CanvasView touchAction="pan-y" className="stft-frame" description={text.frameDescription(facts)} height={150} draw={drawers.drawFrame} />
        </div>
        <div className="demo-panel">
          <p className="demo-panel-title">{text.spectrumTitle}</p>
          <CanvasView
            touchAction="pan-y"
            className="stft-spectrum"
            description={text.spectrumDescription(facts, analysis.fftSize, minHz, maxHz, peakHz, analysis.peakDb)}
            height={150}
            draw={drawers.drawFrameSpectrum}
          />
        </div>
      </div>
      <div className="demo-controls" style={{ marginTop: '0.5rem' }}>
        <Choice
          legend={text.padding}
          options={PAD_FACTORS}
          labels={text.paddingName}
          value={String(pad) as (typeof PAD_FACTORS)[number]}
          onChange={(value) => onPadChange(Number(value))}
        />
      </div>
      <p className="demo-readout">
        {text.lobes(facts.window, lobes.firstNullBins, lobes.firstNullBins * binHz, lobes.peakSideLobeDb)}
        {facts.frames > 0 && !silent && (
          <> · {analysis.peakDb > -range ? text.peak(facts.frame, peakHz, analysis.peakDb) : text.quietFrame(facts.frame, range)}</>
        )}
      </p>
    </>
  );
}
