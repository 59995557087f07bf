import { CanvasView } from '../shared/CanvasView';
import { viridisGradient } from '../shared/colormap';
import { SPECTROGRAM_MARGIN } from './draw';
import type { FrameFacts, StftText } from './text';
import type { FramePointer } from './useFramePointer';
import type { PlotDrawers } from './usePlotDrawers';

const LEGEND_GRADIENT = viridisGradient(4);

interface SpectrogramPanelProps {
  text: StftText;
  facts: FrameFacts;
  minHz: number;
  maxHz: number;
  range: number;
  drawers: PlotDrawers;
  pointer: FramePointer;
}

/** The spectrogram (a press or drag picks the frame), its dB colour legend, and its resolution. */
export function SpectrogramPanel({ text, facts, minHz, maxHz, range, drawers, pointer }: SpectrogramPanelProps) {
  const [legendLow, legendHigh] = text.dbLegend(range);
  return (
    <>
      <p className="demo-panel-title">{text.spectrogramTitle}</p>
      {/* .stft-demo: the site's own browser tests find the STFT spectrogram by it (one canvas) */}
      <div className="stft-demo">
        <CanvasView
          main
          touchAction="pan-y"
          className="stft-spectrogram"
          description={text.spectrogramDescription(facts, minHz, maxHz, range)}
          height={230}
          draw={drawers.drawSpectrogram}
          cursor="pointer"
          {...pointer.pickHandlers(SPECTROGRAM_MARGIN)}
        />
      </div>
      <div
        aria-hidden="true"
        style={{ display: 'flex', alignItems: 'center', gap: '0.5rem', fontSize: '0.8rem', margin: '0.35rem 0 0 46px', whiteSpace: 'nowrap' }}
      >
        <span>{legendLow}</span>
        <span style={{ flex: '0 1 10rem', minWidth: '2rem', height: '0.6rem', borderRadius: 3, background: LEGEND_GRADIENT }} />
        <span>{legendHigh}</span>
      </div>
      <p className="demo-readout">
        {text.rate(facts.fs)} · {text.resolution(facts.n, facts.fs)}
      </p>
    </>
  );
}
