import { useCallback, useMemo } from 'react';
import { CanvasView } from '../shared/CanvasView';
import { viridisCss } from '../shared/colormap';
import { SettingSlider, type SliderScale } from '../shared/Slider';
import { useThemeColors } from '../shared/themeColors';
import type { DemoProps } from '../types';
import { CAPTION, CHANNELS, GRID, HORIZON, SCENE_OBJECTS, attend, cellFeatures, dominantChannel, type Primitive } from './attention';
import { softAttentionParams, type SoftAttentionParams } from './settings';
import { fmt, fmtT, softAttentionText } from './text';

const CANVAS_HEIGHT = 300;
/** slider stops for T, roughly even on a log scale (a rounded continuous log slider can stall on keyboard steps) */
const TEMPERATURES = [0.05, 0.07, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.7, 1, 1.5, 2, 2.5, 3, 4, 5, 7, 10] as const;
const temperatureStops: SliderScale = {
  toSlider(value) {
    let best = 0;
    TEMPERATURES.forEach((stop, i) => {
      if (Math.abs(Math.log(stop / value)) < Math.abs(Math.log(TEMPERATURES[best]! / value))) best = i;
    });
    return best;
  },
  fromSlider: (position) => TEMPERATURES[position]!,
};
const TOP = 5;

/** Part colours of the drawn scene: a photo has its own colours, whatever the page theme. */
const PAINT = {
  skyTop: '#8ec8f0',
  skyBottom: '#d6ecfa',
  grass: '#6cb548',
  grassDark: '#5aa23c',
  dog: '#b8733a',
  dogDark: '#7a4a22',
  ball: '#e0453a',
  trunk: '#8b5a2b',
  crown: '#2f8f3a',
};

function fillPrimitive(context: CanvasRenderingContext2D, shape: Primitive, side: number) {
  context.beginPath();
  if (shape.kind === 'rect') context.rect(shape.x * side, shape.y * side, shape.w * side, shape.h * side);
  else context.ellipse(shape.cx * side, shape.cy * side, shape.rx * side, shape.ry * side, 0, 0, 2 * Math.PI);
  context.fill();
}

/** The scene, from the same primitives the annotation vectors are computed from. */
function drawScene(context: CanvasRenderingContext2D, side: number) {
  const sky = context.createLinearGradient(0, 0, 0, HORIZON * side);
  sky.addColorStop(0, PAINT.skyTop);
  sky.addColorStop(1, PAINT.skyBottom);
  context.fillStyle = sky;
  context.fillRect(0, 0, side, HORIZON * side);
  context.fillStyle = PAINT.grass;
  context.fillRect(0, HORIZON * side, side, (1 - HORIZON) * side);
  context.fillStyle = PAINT.grassDark;
  for (let i = 0; i < 6; i++) context.fillRect(0, (HORIZON + 0.04 + i * 0.095) * side, side, 0.02 * side);
  // back to front: the list is front-most first
  for (let k = SCENE_OBJECTS.length - 1; k >= 0; k--) {
    const object = SCENE_OBJECTS[k]!;
    object.parts.forEach((part, index) => {
      context.fillStyle =
        object.channel === 'tree'
          ? index === 0
            ? PAINT.trunk
            : PAINT.crown
          : object.channel === 'ball'
            ? PAINT.ball
            : index === 3
              ? PAINT.dogDark
              : PAINT.dog;
      fillPrimitive(context, part, side);
    });
  }
  // details that are not part of any channel: the dog's eye and nose, the ball's stripe
  context.fillStyle = '#1f1f1f';
  context.beginPath();
  context.arc(0.515 * side, 0.515 * side, 0.011 * side, 0, 2 * Math.PI);
  context.arc(0.598 * side, 0.545 * side, 0.012 * side, 0, 2 * Math.PI);
  context.fill();
  context.strokeStyle = '#ffffff';
  context.lineWidth = 0.012 * side;
  context.beginPath();
  context.arc(0.76 * side, 0.79 * side, 0.09 * side, 1.15 * Math.PI, 1.85 * Math.PI);
  context.stroke();
}

/** Step through the caption: each word's attention map over the 14 × 14 cells, its top weights and the context vector. */
export default function SoftAttentionDemo({ lang, params, setParams }: DemoProps<SoftAttentionParams>) {
  const text = softAttentionText[lang];
  const colors = useThemeColors();
  const { word: t, temperature } = params;
  const entry = CAPTION[t]!;
  const features = useMemo(() => cellFeatures(), []);
  const attention = useMemo(() => attend(entry.query, features, temperature), [entry, features, temperature]);
  const best = attention.ranked[0]!;
  const maxWeight = attention.weights[best]!;
  const sum = attention.weights.reduce((s, a) => s + a, 0);
  const rowCol = (i: number) => [Math.floor(i / GRID) + 1, (i % GRID) + 1] as const;
  const [bestRow, bestCol] = rowCol(best);
  const top = attention.ranked.slice(0, TOP);
  const topText = top.map((i) => `${text.cell(...rowCol(i))} ${text.channel[dominantChannel(features[i]!)]} ${fmt(attention.weights[i]!)}`).join(', ');

  const draw = useCallback(
    (context: CanvasRenderingContext2D, width: number, height: number) => {
      const side = Math.min(width, height);
      context.save();
      context.translate((width - side) / 2, 0);
      drawScene(context, side);
      const cell = side / GRID;
      attention.weights.forEach((alpha, i) => {
        const level = alpha / maxWeight;
        context.fillStyle = viridisCss(level, (0.2 + 0.55 * level).toFixed(3));
        context.fillRect((i % GRID) * cell, Math.floor(i / GRID) * cell, cell, cell);
      });
      context.strokeStyle = 'rgba(255, 255, 255, 0.35)';
      context.lineWidth = 1;
      context.beginPath();
      for (let k = 1; k < GRID; k++) {
        context.moveTo(k * cell, 0);
        context.lineTo(k * cell, side);
        context.moveTo(0, k * cell);
        context.lineTo(side, k * cell);
      }
      context.stroke();
      context.strokeStyle = colors?.text ?? '#000';
      context.lineWidth = 2;
      context.strokeRect((best % GRID) * cell + 1, Math.floor(best / GRID) * cell + 1, cell - 2, cell - 2);
      context.restore();
    },
    [attention, maxWeight, best, colors],
  );

  const setWord = (word: number) => setParams({ word: Math.min(CAPTION.length - 1, Math.max(0, word)) });
  const contextText = CHANNELS.map((c, k) => `${text.channel[c]} ${attention.context[k]!.toFixed(2)}`).join(', ');

  return (
    <div className="soft-attention-demo">
      <div className="demo-control" role="group" aria-label={text.caption} style={{ marginBottom: '0.5rem' }}>
        <span style={{ fontWeight: 600, fontSize: '0.92rem' }} aria-hidden="true">
          {text.caption}
        </span>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.35rem' }}>
          {CAPTION.map((w, i) => (
            <button key={i} type="button" className="demo-button" aria-pressed={i === t} onClick={() => setWord(i)} style={{ minWidth: '2.5rem' }}>
              {w.word}
            </button>
          ))}
        </div>
      </div>
      <div className="demo-controls">
        <div className="demo-control" style={{ flexDirection: 'row', alignItems: 'flex-end', gap: '0.5rem', minWidth: 0 }}>
          <button type="button" className="demo-button" onClick={() => setWord(t - 1)} disabled={t === 0} aria-label={text.previous}>
            ←
          </button>
          <button type="button" className="demo-button" onClick={() => setWord(t + 1)} disabled={t === CAPTION.length - 1} aria-label={text.next}>
            →
          </button>
        </div>
        <SettingSlider
          main
          label={text.word}
          value={t}
          spec={softAttentionParams.word}
          format={(i) => text.wordValue(i + 1, CAPTION[i]!.word)}
          onChange={setWord}
        />
        <SettingSlider
          label={text.temperature}
          value={temperature}
          spec={softAttentionParams.temperature}
          scale={temperatureStops}
          format={fmtT}
          onChange={(value) => setParams({ temperature: value })}
        />
      </div>
      <div className="demo-grid">
        <div className="demo-panel">
          <p className="demo-panel-title">{text.scene}</p>
          <CanvasView
            main
            height={CANVAS_HEIGHT}
            draw={draw}
            description={text.description(
              entry.word,
              t + 1,
              fmtT(temperature),
              maxWeight,
              bestRow,
              bestCol,
              text.channel[dominantChannel(features[best]!)],
              topText,
            )}
          />
          <p className="demo-hint" style={{ marginTop: '0.25rem' }}>
            {text.legend(maxWeight, bestRow, bestCol)}
          </p>
        </div>
        <div className="demo-panel">
          <p className="demo-panel-title">{text.topCells}</p>
          <svg
            viewBox={`0 0 300 ${TOP * 24 + 4}`}
            role="img"
            aria-label={text.topDescription(topText)}
            data-chart="top"
            style={{ display: 'block', width: '100%', height: 'auto' }}
          >
            {top.map((i, k) => {
              const [row, col] = rowCol(i);
              const y = 4 + k * 24;
              const alpha = attention.weights[i]!;
              return (
                <g key={i}>
                  <text x={0} y={y + 14} fontSize={12} fill="var(--d-text)">
                    {`${text.cell(row, col)} ${text.channel[dominantChannel(features[i]!)]}`}
                  </text>
                  <rect x={134} y={y + 2} width={116} height={16} fill="var(--d-line)" fillOpacity={0.12} />
                  <rect x={134} y={y + 2} width={116 * alpha} height={16} fill="var(--d-stroke-1)" />
                  <text x={254} y={y + 14} fontSize={11} fill="var(--d-text)">
                    {fmt(alpha)}
                  </text>
                  <text x={130} y={y + 14} fontSize={10} textAnchor="end" fill="var(--d-muted)">
                    {`e=${attention.scores[i]!.toFixed(1)}`}
                  </text>
                </g>
              );
            })}
          </svg>
          <p className="demo-panel-title" style={{ marginTop: '0.5rem' }}>
            {text.context}
          </p>
          <svg
            viewBox={`0 0 300 ${CHANNELS.length * 22 + 4}`}
            role="img"
            aria-label={text.contextDescription(contextText)}
            data-chart="context"
            style={{ display: 'block', width: '100%', height: 'auto' }}
          >
            {CHANNELS.map((channel, k) => {
              const y = 4 + k * 22;
              const value = attention.context[k]!;
              return (
                <g key={channel}>
                  <text x={0} y={y + 13} fontSize={12} fill="var(--d-text)">
                    {text.channel[channel]}
                  </text>
                  <rect x={60} y={y + 2} width={190} height={14} fill="var(--d-line)" fillOpacity={0.12} />
                  <rect x={60} y={y + 2} width={190 * value} height={14} fill="var(--d-stroke-2)" />
                  <text x={254} y={y + 13} fontSize={11} fill="var(--d-text)">
                    {value.toFixed(2)}
                  </text>
                </g>
              );
            })}
          </svg>
          <p className="demo-hint">{text.channels}</p>
        </div>
      </div>
      <p className="demo-readout" data-readout="equation">
        {text.equation(entry.word, entry.query, fmtT(temperature), sum, attention.context)}
      </p>
      <p className="demo-hint">{text.hint}</p>
    </div>
  );
}
