import { useCallback, useMemo } from 'react';
import { CanvasView } from '../shared/CanvasView';
import { Select } from '../shared/Choice';
import { SettingSlider } from '../shared/Slider';
import type { DemoProps } from '../types';
import type { Steps } from '../../lib/steps';
import { useSliced } from '../shared/slices';
import { COLOURS, COUNTS, SHAPES, generate, meanImageSteps, sampleZ, trianglePoints, type GeneratedImage, type Phrase, type Rgb } from './generator';
import { textToImageParams, type TextToImageParams } from './settings';
import { textToImageText } from './text';

/** grid columns: the slider code, then this many seeded codes */
const OTHERS = 5;
const MEAN_SAMPLES = 32;
const MEAN_PIXELS = 48;
/** the large picture and the mean image: two fit side by side on a phone */
const FIGURE = 140;
const Z_KEYS = ['z1', 'z2', 'z3', 'z4'] as const;

const rgb = (c: Rgb) => `rgb(${c[0]}, ${c[1]}, ${c[2]})`;

function Picture({ image, label, highlight = false }: { image: GeneratedImage; label: string; highlight?: boolean }) {
  return (
    <svg
      viewBox="0 0 100 100"
      role="img"
      aria-label={label}
      style={{
        display: 'block',
        width: '100%',
        height: 'auto',
        borderRadius: 4,
        outline: highlight ? '3px solid var(--link)' : '1px solid var(--border)',
        outlineOffset: highlight ? 1 : 0,
      }}
    >
      <rect width={100} height={100} fill={rgb(image.background)} />
      {image.shapes.map((shape, k) => {
        const common = {
          fill: rgb(shape.fill),
          stroke: rgb(shape.stroke),
          strokeWidth: shape.strokeWidth * 100,
          strokeLinejoin: 'round' as const,
          'data-shape': shape.kind,
        };
        const cx = shape.cx * 100;
        const cy = shape.cy * 100;
        const s = shape.size * 100;
        if (shape.kind === 'circle') return <circle key={k} cx={cx} cy={cy} r={s} {...common} />;
        if (shape.kind === 'square')
          return <rect key={k} x={cx - s} y={cy - s} width={2 * s} height={2 * s} transform={`rotate(${shape.rotation} ${cx} ${cy})`} {...common} />;
        return (
          <polygon
            key={k}
            points={trianglePoints(shape)
              .map(([x, y]) => `${(x * 100).toFixed(2)},${(y * 100).toFixed(2)}`)
              .join(' ')}
            {...common}
          />
        );
      })}
    </svg>
  );
}

/** The mean image of MEAN_SAMPLES seeded codes for a phrase, in steps; with the phrase it shows. */
function* meanSteps(phrase: Phrase, seed: number): Steps<{ phrase: Phrase; pixels: Float32Array }> {
  const images = Array.from({ length: MEAN_SAMPLES }, (_, j) => generate(phrase, sampleZ(seed, j + 1)));
  return { phrase, pixels: yield* meanImageSteps(images, MEAN_PIXELS, 2) };
}

/** Pick a phrase and a code z: one phrase gives many images, one z keeps its style across phrases. */
export default function TextToImageDemo({ lang, params, setParams }: DemoProps<TextToImageParams>) {
  const text = textToImageText[lang];
  const phrase: Phrase = useMemo(() => ({ count: params.count, colour: params.colour, shape: params.shape }), [params.count, params.colour, params.shape]);
  const other: Phrase = useMemo(() => ({ count: params.count2, colour: params.colour2, shape: params.shape2 }), [params.count2, params.colour2, params.shape2]);
  const z = Z_KEYS.map((key) => params[key]);
  const { seed } = params;
  const codes = useMemo(() => Array.from({ length: OTHERS }, (_, j) => sampleZ(seed, j + 1)), [seed]);
  const columns = [z, ...codes];

  const describe = (p: Phrase, image: GeneratedImage) =>
    text.describe(
      text.phrase(p),
      image.shapes.map((s) => text.shapeAt(s.cx, s.cy, s.size, s.rotation)).join('; '),
      text.backgroundName(image.background[2] > 232),
      image.shapes[0]!.strokeWidth,
    );

  // the mean of 32 rasterised images costs 10–60 ms: worked out an image or a few per frame, the
  // last one shown until the new one is done
  const meanJob = useCallback(() => meanSteps(phrase, seed), [phrase, seed]);
  const { value: shownMean, pending: meanPending } = useSliced(meanJob);
  const mean = shownMean.pixels;

  const drawMean = useCallback(
    (context: CanvasRenderingContext2D, width: number, height: number) => {
      const image = new ImageData(MEAN_PIXELS, MEAN_PIXELS);
      for (let i = 0; i < MEAN_PIXELS * MEAN_PIXELS; i++) {
        for (let k = 0; k < 3; k++) image.data[i * 4 + k] = Math.round(mean[i * 3 + k]!);
        image.data[i * 4 + 3] = 255;
      }
      const bitmap = document.createElement('canvas');
      bitmap.width = MEAN_PIXELS;
      bitmap.height = MEAN_PIXELS;
      bitmap.getContext('2d')?.putImageData(image, 0, 0);
      const side = Math.min(width, height);
      context.imageSmoothingEnabled = true;
      context.drawImage(bitmap, 0, 0, side, side);
    },
    [mean],
  );

  const resample = () => {
    const next = (seed % textToImageParams.seed.max) + 1;
    const drawn = sampleZ(next, 0).map((v) => Math.round(Math.min(3, Math.max(-3, v)) * 10) / 10);
    setParams({ seed: next, z1: drawn[0]!, z2: drawn[1]!, z3: drawn[2]!, z4: drawn[3]! });
  };

  const mine = generate(phrase, z);
  const row = (p: Phrase, testId: string) => (
    <div data-row={testId} style={{ display: 'grid', gridTemplateColumns: `repeat(${OTHERS + 1}, minmax(0, 1fr))`, gap: '0.4rem' }}>
      {columns.map((code, j) => {
        const image = generate(p, code);
        return <Picture key={j} image={image} label={`${j === 0 ? text.yourColumn : text.column(j)}: ${describe(p, image)}`} highlight={j === 0} />;
      })}
    </div>
  );
  const fieldset = { display: 'flex', flexWrap: 'wrap', gap: '0.5rem 1rem', border: 0, padding: 0, margin: 0 } as const;
  const legend = { fontWeight: 600, fontSize: '0.92rem', padding: 0, marginBottom: '0.35rem' } as const;

  return (
    <div className="text-to-image-demo">
      <fieldset style={{ ...fieldset, marginBottom: '0.75rem' }}>
        <legend style={legend}>{text.textGroup}</legend>
        <Select legend={text.count} options={COUNTS} labels={text.countName} value={params.count} onChange={(count) => setParams({ count })} />
        <Select legend={text.colour} options={COLOURS} labels={text.colourName} value={params.colour} onChange={(colour) => setParams({ colour })} />
        <Select legend={text.shape} options={SHAPES} labels={text.shapeName} value={params.shape} onChange={(shape) => setParams({ shape })} />
      </fieldset>
      <fieldset style={{ ...fieldset, marginBottom: '0.75rem', alignItems: 'flex-end' }}>
        <legend style={legend}>{text.zGroup}</legend>
        {Z_KEYS.map((key, k) => (
          <SettingSlider
            key={key}
            main={k === 0}
            label={text.z[k]!}
            value={params[key]}
            spec={textToImageParams[key]}
            format={(v) => v.toFixed(1)}
            onChange={(value) => setParams({ [key]: value })}
          />
        ))}
        <button type="button" className="demo-button" onClick={resample}>
          {text.resample}
        </button>
      </fieldset>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem' }}>
        <figure style={{ margin: 0, width: FIGURE }}>
          <div data-picture="yours" data-demo-picture="">
            <Picture image={mine} label={describe(phrase, mine)} />
          </div>
          <figcaption className="demo-hint" style={{ marginTop: '0.25rem' }}>
            {text.yours(text.phrase(phrase), z)}
          </figcaption>
        </figure>
        <figure style={{ margin: 0, width: FIGURE }}>
          <div style={{ opacity: meanPending ? 0.6 : 1 }}>
            <CanvasView height={FIGURE} draw={drawMean} description={text.meanDescription(text.phrase(shownMean.phrase), MEAN_SAMPLES)} />
          </div>
          <figcaption className="demo-hint" style={{ marginTop: '0.25rem' }}>
            {text.mean(MEAN_SAMPLES)}
          </figcaption>
        </figure>
      </div>
      <p className="demo-panel-title" style={{ marginTop: '0.75rem' }}>
        {text.sameText} · “{text.phrase(phrase)}”
      </p>
      {row(phrase, 'text')}
      <p className="demo-panel-title" style={{ marginTop: '0.75rem' }}>
        {text.sameZ} · “{text.phrase(other)}”
      </p>
      <fieldset style={{ ...fieldset, marginBottom: '0.5rem' }}>
        <legend style={{ ...legend, position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' }}>{text.otherGroup}</legend>
        <Select legend={text.otherCount} options={COUNTS} labels={text.countName} value={params.count2} onChange={(count2) => setParams({ count2 })} />
        <Select legend={text.otherColour} options={COLOURS} labels={text.colourName} value={params.colour2} onChange={(colour2) => setParams({ colour2 })} />
        <Select legend={text.otherShape} options={SHAPES} labels={text.shapeName} value={params.shape2} onChange={(shape2) => setParams({ shape2 })} />
      </fieldset>
      {row(other, 'other')}
      <p className="demo-hint" style={{ marginTop: '0.75rem' }}>
        {text.hint}
      </p>
    </div>
  );
}
