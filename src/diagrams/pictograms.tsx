/**
 * Pictorial schematics that several diagrams draw: a speech waveform, a photo of a dog, the gull photo of the
 * captioning notes, a small bird.
 * Colours are the CSS variables of src/styles/diagrams.css, as in parts.tsx.
 */

interface SpeechWaveformProps {
  x: number;
  y: number;
  w: number;
  h: number;
  /** points along the width */
  samples: number;
  /** syllable envelope sin(π · syllableRate · t), its negative halves silent (t runs 0 … 1 across the width) */
  syllableRate: number;
  /** slow loudness swell 0.6 + 0.4 · sin(swellRate · t) on top of the envelope */
  swellRate: number;
}

/** A speech-like waveform: a carrier under an envelope of syllable bumps (deterministic). */
export function SpeechWaveform({ x, y, w, h, samples, syllableRate, swellRate }: SpeechWaveformProps) {
  const pts: string[] = [];
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    const envelope = Math.max(0, Math.sin(t * Math.PI * syllableRate)) ** 0.7 * (0.6 + 0.4 * Math.sin(t * swellRate));
    const v = envelope * Math.sin(i * 1.9) * (h / 2 - 2);
    pts.push(`${(x + t * w).toFixed(1)},${(y + h / 2 - v).toFixed(1)}`);
  }
  return <polyline points={pts.join(' ')} fill="none" stroke="var(--d-stroke-4)" strokeWidth={1.3} />;
}

/** The dog's outline as offsets from the centre of its body: legs [x1, y1, x2, y2], tail (a quadratic), body radii, head, ear, eye. */
interface DogShape {
  legs: readonly (readonly [number, number, number, number])[];
  tail: readonly [number, number, number, number, number, number];
  body: readonly [number, number];
  head: readonly [number, number, number];
  ear: readonly [number, number, number, number, number, number];
  eye: readonly [number, number, number];
}

const DOG: Record<'small' | 'large', DogShape> = {
  small: {
    legs: [
      [-18, 2, -20, 15],
      [-8, 3, -6, 15],
      [8, 3, 10, 15],
      [16, 2, 20, 14],
    ],
    tail: [-21, -3, -30, -11, -28, -16],
    body: [22, 8],
    head: [23, -10, 7.5],
    ear: [18, -16, -3, 8, 6, -4],
    eye: [26, -12, 1.3],
  },
  large: {
    legs: [
      [-22, 2, -24, 18],
      [-10, 4, -8, 18],
      [10, 4, 12, 18],
      [20, 2, 24, 17],
    ],
    tail: [-26, -4, -36, -14, -34, -20],
    body: [27, 10],
    head: [28, -12, 9],
    ear: [22, -19, -4, 10, 7, -5],
    eye: [31, -14, 1.4],
  },
};

/** A photo as a schematic: a dog on grass, optionally under a sun; `dog` picks the size the dog is drawn at. */
export function DogPhoto({ x, y, w, h, dog = 'small', sun = false }: { x: number; y: number; w: number; h: number; dog?: 'small' | 'large'; sun?: boolean }) {
  const { legs, tail, body, head, ear, eye } = DOG[dog];
  const gx = x + w * 0.45;
  const gy = y + h * 0.6;
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={4} fill="var(--d-fill-1)" stroke="var(--d-line)" strokeWidth={1.5} />
      <rect x={x + 1} y={y + h * 0.72} width={w - 2} height={h * 0.28 - 1} fill="var(--d-fill-3)" />
      {sun && <circle cx={x + w * 0.16} cy={y + h * 0.22} r={9} fill="var(--d-fill-2)" stroke="var(--d-stroke-2)" strokeWidth={1.2} />}
      <g fill="var(--d-surface)" stroke="var(--d-text)" strokeWidth={1.4}>
        <path d={legs.map(([x1, y1, x2, y2]) => `M${gx + x1},${gy + y1} L${gx + x2},${gy + y2}`).join(' ')} fill="none" />
        <path d={`M${gx + tail[0]},${gy + tail[1]} Q${gx + tail[2]},${gy + tail[3]} ${gx + tail[4]},${gy + tail[5]}`} fill="none" />
        <ellipse cx={gx} cy={gy} rx={body[0]} ry={body[1]} />
        <circle cx={gx + head[0]} cy={gy + head[1]} r={head[2]} />
        <path d={`M${gx + ear[0]},${gy + ear[1]} l${ear[2]},${ear[3]} l${ear[4]},${ear[5]} z`} fill="var(--d-text)" />
        <circle cx={gx + eye[0]} cy={gy + eye[1]} r={eye[2]} fill="var(--d-text)" />
      </g>
    </g>
  );
}

interface GullSceneProps {
  x: number;
  y: number;
  w: number;
  h: number;
  /** where the attention falls (u, v as fractions of the picture) and its spread s; without it there is no heat map */
  focus?: { u: number; v: number; s: number };
  /** heat-map cells across and down */
  cols?: number;
  rows?: number;
  /** factor on vertical distances to the focus; below 1 stretches the heat spot vertically */
  squash?: number;
  /** height of the gull as a fraction of the picture */
  gullY?: number;
  /** the picture's width in gull wing lengths: a larger number draws a smaller gull */
  widthInWings?: number;
}

/**
 * The captioning example photo: a gull over water. With `focus`, a heat map is laid over it: Gaussian
 * weights over a grid of cells, normalised like a softmax and scaled so the strongest cell is fully coloured.
 */
export function GullScene({ x, y, w, h, focus, cols = 8, rows = 6, squash = 1, gullY = 0.35, widthInWings = 10 }: GullSceneProps) {
  const cells: { i: number; j: number; a: number }[] = [];
  if (focus) {
    let total = 0;
    for (let j = 0; j < rows; j++)
      for (let i = 0; i < cols; i++) {
        const du = (i + 0.5) / cols - focus.u;
        const dv = ((j + 0.5) / rows - focus.v) * squash;
        const a = Math.exp(-(du * du + dv * dv) / (2 * focus.s * focus.s));
        total += a;
        cells.push({ i, j, a });
      }
    const max = Math.max(...cells.map((c) => c.a / total));
    for (const c of cells) c.a = c.a / total / max;
  }
  const bx = x + w * 0.35;
  const by = y + h * gullY;
  const b = w / widthInWings;
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} fill="var(--d-surface)" />
      <rect x={x} y={y + h * 0.62} width={w} height={h * 0.38} fill="var(--d-fill-1)" />
      <path
        d={`M${x + w * 0.1},${y + h * 0.78} q${w * 0.06},${-h * 0.06} ${w * 0.12},0 M${x + w * 0.55},${y + h * 0.88} q${w * 0.06},${-h * 0.06} ${w * 0.12},0`}
        fill="none"
        stroke="var(--d-stroke-1)"
        strokeWidth={1.2}
      />
      {cells.map((c, k) =>
        c.a > 0.04 ? (
          <rect
            key={k}
            x={x + (c.i * w) / cols}
            y={y + (c.j * h) / rows}
            width={w / cols}
            height={h / rows}
            fill="var(--d-stroke-2)"
            fillOpacity={(0.75 * c.a).toFixed(2)}
          />
        ) : null,
      )}
      <path
        d={`M${bx - b},${by} q${b / 2},${-b * 0.7} ${b},0 q${b / 2},${-b * 0.7} ${b},0`}
        fill="none"
        stroke="var(--d-text)"
        strokeWidth={2}
        strokeLinecap="round"
      />
      <rect x={x} y={y} width={w} height={h} rx={3} fill="none" stroke="var(--d-line)" strokeWidth={1.5} />
    </g>
  );
}

/** A small bird with a red head and blue wings, facing right, body centred on the origin (place it with a transform); `eye` adds a light eye. */
export function BirdFigure({ eye = false }: { eye?: boolean }) {
  return (
    <>
      <path d="M-4,11 l-2,9 M4,11 v9" stroke="var(--d-line)" strokeWidth={2} />
      <path d="M-18,-2 L-33,-9 L-31,5 Z" fill="var(--d-stroke-1)" />
      <ellipse cx={0} cy={0} rx={20} ry={12} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
      <ellipse cx={-4} cy={-2} rx={12} ry={6} transform="rotate(-12)" fill="var(--d-stroke-1)" />
      <circle cx={17} cy={-10} r={8} fill="var(--d-stroke-5)" />
      {eye && <circle cx={20} cy={-12} r={1.6} fill="var(--d-surface)" />}
      <path d="M24,-12 L32,-8 L24,-5 Z" fill="var(--d-stroke-2)" />
    </>
  );
}
