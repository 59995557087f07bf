import { CanvasView } from '../shared/CanvasView';
import { Slider } from '../shared/Slider';
import { WAVEFORM_MARGIN } from './draw';
import { frameSpanSec, type FrameGrid } from './explorer';
import type { FrameFacts, StftText } from './text';
import type { FramePointer } from './useFramePointer';
import type { PlotDrawers } from './usePlotDrawers';

interface WaveformPanelProps {
  text: StftText;
  facts: FrameFacts;
  durationSec: number;
  grid: FrameGrid;
  drawers: PlotDrawers;
  pointer: FramePointer;
  moveFrame: (m: number) => void;
}

/** Where the frame sits: the whole waveform, the zoomed view around the window, and the frame slider. */
export function WaveformPanel({ text, facts, durationSec, grid, drawers, pointer, moveFrame }: WaveformPanelProps) {
  const { frames, fs: sampleRateHz } = facts;
  const { zoom } = drawers;
  return (
    <>
      <p className="demo-panel-title" style={{ marginTop: '0.75rem' }}>
        {text.waveformTitle}
      </p>
      <CanvasView
        touchAction="pan-y"
        className="stft-waveform"
        description={text.waveformDescription(facts, durationSec)}
        height={64}
        draw={drawers.drawWave}
        cursor="pointer"
        {...pointer.pickHandlers(WAVEFORM_MARGIN)}
      />
      <p className="demo-panel-title" style={{ marginTop: '0.35rem' }}>
        {text.zoomTitle}
      </p>
      <CanvasView
        touchAction="pan-y"
        className="stft-zoom"
        description={text.zoomDescription(facts, zoom.from / sampleRateHz, zoom.to / sampleRateHz)}
        height={120}
        draw={drawers.drawZoomed}
        cursor={frames === 0 ? undefined : pointer.grabbing ? 'grabbing' : 'grab'}
        {...pointer.zoomHandlers}
      />
      {/* positions are frames, not the setting's seconds: a plain Slider */}
      <Slider
        label={text.frame}
        value={facts.frame}
        min={0}
        max={Math.max(0, frames - 1)}
        disabled={frames === 0}
        format={(m) => {
          const s = frameSpanSec(m, grid);
          return text.frameValue(m, frames, s.startSec, s.endSec);
        }}
        onChange={moveFrame}
      />
    </>
  );
}
