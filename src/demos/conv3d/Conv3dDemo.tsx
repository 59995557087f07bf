import { useCallback, useEffect, useMemo, useState, type CSSProperties } from 'react';
import { CanvasView } from '../shared/CanvasView';
import { addViridisStops, colorIndex, viridisRgb } from '../shared/colormap';
import { Choice } from '../shared/Choice';
import { SettingSlider } from '../shared/Slider';
import { useThemeColors } from '../shared/themeColors';
import type { DemoProps } from '../types';
import { conv3d, kernelWeights, makeKernel, multiplyAdds, patchAt, positionToOutput, receptiveField, voxelShape, volumeIndex } from './conv3d';
import { paintAxes, paintBox, paintVoxels, palette, parseRgb, type IsoView, type Palette, type Voxel } from './paint';
import { conv3dParams, GRID_SIZE, KERNEL_SIZE, type Conv3dParams } from './settings';
import { conv3dText } from './text';

const CANVAS_HEIGHT = 310;
/** The 256 viridis colours as voxel palettes, built once. */
const VIRIDIS_PALETTES: readonly Palette[] = Array.from({ length: 256 }, (_, i) => palette(viridisRgb(i / 255), 1));

/** Play speed: one output position every STEP_MS milliseconds. */
const STEP_MS = 60;

/** Fits the padded input (D + 2P) into the canvas; the output uses the same scale for comparison. */
function isoView(width: number, centre: number, padding: number): IsoView {
  const extent = GRID_SIZE + 2 * padding;
  const unit = Math.min((width - 24) / (extent * Math.sqrt(3)), (CANVAS_HEIGHT - 24) / (2 * extent));
  return { cx: width / 2, cy: CANVAS_HEIGHT / 2, unit, centre };
}

/** Slide a 3×3×3 kernel through a voxel shape; the output volume fills in as it goes. */
export default function Conv3dDemo({ lang, params, setParams }: DemoProps<Conv3dParams>) {
  const text = conv3dText[lang];
  const { shape, kernel, padding, stride } = params;
  const colors = useThemeColors();
  const input = useMemo(() => voxelShape(shape, GRID_SIZE), [shape]);
  const output = useMemo(() => conv3d(input, makeKernel(kernel), padding, stride), [input, kernel, padding, stride]);
  const o = output.size;
  const last = o ** 3 - 1;

  // while playing, the position lives here (a link need not reproduce a play in progress)
  const [live, setLive] = useState<number | null>(null);
  const position = Math.min(live ?? params.position, last);
  const frame = useMemo(() => {
    const at = positionToOutput(position, o);
    const corner = receptiveField(at.x, at.y, at.z, padding, stride);
    let low = 0;
    let high = 0;
    for (const v of output.data) {
      low = Math.min(low, v);
      high = Math.max(high, v);
    }
    // signed kernels: zero sits in the middle of the colour map
    const bound = low < 0 ? Math.max(-low, high) : high;
    return {
      ...at,
      corner,
      patch: patchAt(input, KERNEL_SIZE, corner),
      current: output.data[volumeIndex(o, at.x, at.y, at.z)]!,
      low: low < 0 ? -bound : 0,
      high: bound || 1,
    };
  }, [input, output, o, position, padding, stride]);
  const { x, y, z, corner, patch, current } = frame;
  const weights = kernelWeights(kernel);
  const occupied = patch.values.reduce((sum, v) => sum + v, 0);
  const integerSum = patch.values.reduce((sum, v, i) => sum + v * weights.integers[i]!, 0);

  useEffect(() => {
    if (live === null) return;
    const timer = window.setTimeout(() => {
      if (live >= last) {
        setLive(null);
        setParams({ position: last });
      } else setLive(live + 1);
    }, STEP_MS);
    return () => window.clearTimeout(timer);
  }, [live, last, setParams]);

  const moveTo = (next: number) => {
    setLive(null);
    setParams({ position: Math.max(0, Math.min(last, next)) });
  };
  const togglePlay = () => {
    if (live !== null) {
      setParams({ position: live });
      setLive(null);
    } else setLive(position >= last ? 0 : position);
  };

  const drawInput = useCallback(
    (context: CanvasRenderingContext2D, width: number) => {
      if (!colors) return;
      const { x: cx, y: cy, z: cz } = frame.corner;
      const view = isoView(width, GRID_SIZE / 2, padding);
      const inside = (vx: number, vy: number, vz: number) =>
        vx >= cx && vx < cx + KERNEL_SIZE && vy >= cy && vy < cy + KERNEL_SIZE && vz >= cz && vz < cz + KERNEL_SIZE;
      const hot = parseRgb(colors.accents[1]);
      // palette 0: the grid, half transparent so the receptive field shows through; 1: inside the field
      const palettes = [palette(parseRgb(colors.accents[0]), 0.5), palette(hot, 1)];
      const voxels: Voxel[] = [];
      for (let vz = 0; vz < GRID_SIZE; vz++)
        for (let vy = 0; vy < GRID_SIZE; vy++)
          for (let vx = 0; vx < GRID_SIZE; vx++) {
            if (!input.data[volumeIndex(GRID_SIZE, vx, vy, vz)]) continue;
            voxels.push({ x: vx, y: vy, z: vz, palette: inside(vx, vy, vz) ? 1 : 0 });
          }
      paintBox(context, view, [0, 0, 0], [GRID_SIZE, GRID_SIZE, GRID_SIZE], colors.muted, 1);
      if (padding > 0)
        paintBox(context, view, [-padding, -padding, -padding], [GRID_SIZE + padding, GRID_SIZE + padding, GRID_SIZE + padding], colors.muted, 1, {
          dashedAll: true,
        });
      paintVoxels(context, view, voxels, palettes, colors.surface);
      const to = [cx + KERNEL_SIZE, cy + KERNEL_SIZE, cz + KERNEL_SIZE] as const;
      paintBox(context, view, [cx, cy, cz], to, colors.accents[1], 2.2, { fill: `rgba(${hot.join(', ')}, 0.12)` });
      paintAxes(context, 28, CANVAS_HEIGHT - 34, 14, colors.muted);
      context.fillStyle = colors.accents[1];
      context.font = '600 12px system-ui, sans-serif';
      context.textBaseline = 'top';
      context.fillText(text.receptiveField, 8, 8);
    },
    [colors, input, frame, padding, text],
  );

  const drawOutput = useCallback(
    (context: CanvasRenderingContext2D, width: number) => {
      if (!colors) return;
      const { low, high } = frame;
      const view = isoView(width, o / 2, padding);
      const voxels: Voxel[] = [];
      for (let p = 0; p <= position; p++) {
        const at = positionToOutput(p, o);
        const v = output.data[volumeIndex(o, at.x, at.y, at.z)]!;
        if (Math.abs(v) < 1e-9) continue;
        voxels.push({ ...at, palette: colorIndex(v, low, high) });
      }
      paintBox(context, view, [0, 0, 0], [o, o, o], colors.muted, 1);
      paintVoxels(context, view, voxels, VIRIDIS_PALETTES, colors.surface);
      paintBox(context, view, [frame.x, frame.y, frame.z], [frame.x + 1, frame.y + 1, frame.z + 1], colors.accents[1], 2.4);
      paintAxes(context, 28, CANVAS_HEIGHT - 34, 14, colors.muted);
      // colour legend
      const legendX = width - 118;
      const legendY = CANVAS_HEIGHT - 26;
      const gradient = context.createLinearGradient(legendX, 0, legendX + 100, 0);
      addViridisStops(gradient, 8);
      context.fillStyle = gradient;
      context.fillRect(legendX, legendY, 100, 7);
      context.fillStyle = colors.text;
      context.font = '11px system-ui, sans-serif';
      context.textBaseline = 'top';
      context.textAlign = 'left';
      context.fillText(formatValue(low), legendX, legendY + 9);
      context.textAlign = 'right';
      context.fillText(formatValue(high), legendX + 100, legendY + 9);
    },
    [colors, output, o, position, frame, padding],
  );

  const cost = multiplyAdds(GRID_SIZE, KERNEL_SIZE, padding, stride);
  const count = last + 1;

  return (
    <div className="conv3d-demo">
      <div className="demo-controls">
        <Choice
          legend={text.shape}
          options={conv3dParams.shape.options}
          labels={text.shapeName}
          value={shape}
          onChange={(value) => setParams({ shape: value })}
        />
        <Choice
          legend={text.kernel}
          options={conv3dParams.kernel.options}
          labels={text.kernelName}
          value={kernel}
          onChange={(value) => setParams({ kernel: value })}
        />
        <SettingSlider label={text.padding} value={padding} spec={conv3dParams.padding} onChange={(value) => setParams({ padding: value })} />
        <SettingSlider label={text.stride} value={stride} spec={conv3dParams.stride} onChange={(value) => setParams({ stride: value })} />
        <SettingSlider
          main
          label={text.position}
          value={position}
          spec={conv3dParams.position}
          max={last}
          format={(p) => {
            const at = positionToOutput(p, o);
            return text.positionValue(at.x, at.y, at.z, p, count);
          }}
          onChange={moveTo}
        />
        <div className="demo-control" style={{ flexDirection: 'row', alignItems: 'flex-end', gap: '0.4rem' }}>
          <button type="button" className="demo-button" aria-label={text.previous} onClick={() => moveTo(position - 1)} disabled={position <= 0}>
            ◀
          </button>
          <button type="button" className="demo-button" aria-pressed={live !== null} onClick={togglePlay}>
            {live !== null ? `❚❚ ${text.pause}` : `▶ ${text.play}`}
          </button>
          <button type="button" className="demo-button" aria-label={text.next} onClick={() => moveTo(position + 1)} disabled={position >= last}>
            ▶
          </button>
        </div>
      </div>
      <div className="demo-grid">
        <div className="demo-panel">
          <p className="demo-panel-title">{text.inputTitle(GRID_SIZE, padding)}</p>
          <CanvasView
            main
            height={CANVAS_HEIGHT}
            draw={drawInput}
            description={text.inputDescription(text.shapeName[shape], GRID_SIZE, padding, corner.x, corner.y, corner.z, occupied)}
          />
        </div>
        <div className="demo-panel">
          <p className="demo-panel-title">{text.outputTitle(o)}</p>
          <CanvasView height={CANVAS_HEIGHT} draw={drawOutput} description={text.outputDescription(o, position + 1, x, y, z, current)} />
        </div>
      </div>
      <div className="demo-grid" style={{ marginTop: '0.75rem' }}>
        <SliceTables title={text.kernelTable(weights.scaleText)} layer={text.layer} caption={text.tableCaption} cell={(i) => minus(weights.integers[i]!)} />
        <SliceTables
          title={text.patchTable}
          layer={text.layer}
          caption={text.tableCaption}
          cell={(i) => (patch.padded[i] ? '·' : String(patch.values[i]))}
          highlight={(i) => patch.values[i]! !== 0}
        />
      </div>
      <p className="demo-readout">{text.dot(integerSum, weights.scaleText, current)}</p>
      <p className="demo-readout">{text.size(GRID_SIZE, padding, KERNEL_SIZE, stride, o)}</p>
      <p className="demo-readout">{text.cost(o, KERNEL_SIZE, cost.perOutput3d, cost.perOutput2d, cost.total3d, cost.total2d)}</p>
      <p className="demo-hint">{text.hint}</p>
    </div>
  );
}

function formatValue(value: number): string {
  return Math.abs(value) < 5e-13 ? '0' : minus(Number(value.toFixed(2)));
}

/** A number with a typographic minus sign. */
function minus(value: number): string {
  return String(value).replace('-', '−');
}

const tableStyle: CSSProperties = { borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums', fontSize: '0.85rem' };
const cellStyle: CSSProperties = { border: '1px solid var(--border)', width: '2.1em', height: '1.7em', textAlign: 'center', padding: 0 };

/** Three 3 × 3 tables, one per kernel layer j (y offset): rows are z, columns x. */
function SliceTables({
  title,
  layer,
  caption,
  cell,
  highlight,
}: {
  title: string;
  layer: (j: number) => string;
  caption: string;
  cell: (index: number) => string;
  highlight?: (index: number) => boolean;
}) {
  return (
    <div className="demo-panel">
      <p className="demo-panel-title">{title}</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.6rem' }}>
        {[0, 1, 2].map((j) => (
          <table key={j} style={tableStyle} aria-label={`${title}, ${layer(j)}. ${caption}`}>
            <caption style={{ fontSize: '0.8rem', color: 'var(--fg-muted)', textAlign: 'left' }}>{layer(j)}</caption>
            <tbody>
              {[0, 1, 2].map((k) => (
                <tr key={k}>
                  {[0, 1, 2].map((i) => {
                    const index = i + 3 * (j + 3 * k);
                    const on = highlight?.(index) ?? false;
                    return (
                      <td key={i} style={{ ...cellStyle, background: on ? 'var(--accent-bg)' : undefined, fontWeight: on ? 700 : 400 }}>
                        {cell(index)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </div>
  );
}
