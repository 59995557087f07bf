import type { ReactNode } from 'react';
import { Arrow, ArrowDefs, Box, Label } from './parts';
import { defineDiagram } from './types';

const IMG_W = 136;
const IMG_H = 90;
const GRID_C = 8;
const GRID_R = 6;

/** The frame: a barking dog on the left, a parked (silent) car on the right. */
function Scene({ x, y }: { x: number; y: number }) {
  const gx = x + 40;
  const gy = y + 56;
  const cx = x + 100;
  const cy = y + 60;
  return (
    <g>
      <rect x={x} y={y} width={IMG_W} height={IMG_H} rx={3} fill="var(--d-fill-1)" stroke="var(--d-line)" strokeWidth={1.5} />
      <rect x={x + 1} y={y + IMG_H * 0.74} width={IMG_W - 2} height={IMG_H * 0.26 - 1} fill="var(--d-fill-3)" />
      <g fill="var(--d-surface)" stroke="var(--d-text)" strokeWidth={1.3}>
        <path d={`M${gx - 15},${gy + 2} l-2,13 M${gx - 6},${gy + 3} l1,12 M${gx + 6},${gy + 3} l1,12 M${gx + 14},${gy + 2} l3,12`} fill="none" />
        <ellipse cx={gx} cy={gy} rx={18} ry={7} />
        <circle cx={gx + 19} cy={gy - 9} r={6.5} />
        <circle cx={gx + 21} cy={gy - 10} r={1.2} fill="var(--d-text)" />
      </g>
      <g stroke="var(--d-text)" strokeWidth={1.3}>
        <path d={`M${cx - 22},${cy + 6} v-12 h10 l7,-9 h18 l7,9 h6 v12 z`} fill="var(--d-fill-4)" />
        <circle cx={cx - 12} cy={cy + 7} r={4.5} fill="var(--d-surface)" />
        <circle cx={cx + 14} cy={cy + 7} r={4.5} fill="var(--d-surface)" />
      </g>
    </g>
  );
}

/** Attention of the dog's bark over the frame: a bump centred on the dog (deterministic). */
const attention = (c: number, r: number) => Math.exp(-(((c - 2.2) / 1.4) ** 2) - ((r - 3.2) / 1.3) ** 2);

function Heat({ x, y }: { x: number; y: number }) {
  const cw = IMG_W / GRID_C;
  const ch = IMG_H / GRID_R;
  // cells grouped by quantised attention, one path per level
  const LEVELS = 8;
  const paths = Array.from({ length: LEVELS }, () => '');
  let grid = '';
  for (let r = 0; r < GRID_R; r++) {
    for (let c = 0; c < GRID_C; c++) {
      const level = Math.round(attention(c, r) * (LEVELS - 1));
      paths[level] += `M${(x + c * cw).toFixed(1)},${(y + r * ch).toFixed(1)}h${cw.toFixed(1)}v${ch.toFixed(1)}h-${cw.toFixed(1)}z`;
    }
  }
  for (let c = 1; c < GRID_C; c++) grid += `M${(x + c * cw).toFixed(1)},${y}v${IMG_H}`;
  for (let r = 1; r < GRID_R; r++) grid += `M${x},${(y + r * ch).toFixed(1)}h${IMG_W}`;
  return (
    <g>
      {paths.map((d, i) => i > 0 && d && <path key={i} d={d} fill="var(--d-stroke-5)" fillOpacity={((0.75 * i) / (LEVELS - 1)).toFixed(2)} />)}
      <path d={grid} stroke="var(--d-line)" strokeOpacity={0.3} strokeWidth={0.5} />
    </g>
  );
}

/** A feature map as three stacked grids (channels behind). */
function FeatureMap({ x, y }: { x: number; y: number }) {
  const cell = 11;
  const w = GRID_C * cell;
  const h = GRID_R * cell;
  let lines = '';
  for (let c = 1; c < GRID_C; c++) lines += `M${x + c * cell},${y}v${h}`;
  for (let r = 1; r < GRID_R; r++) lines += `M${x},${y + r * cell}h${w}`;
  return (
    <g>
      {[2, 1, 0].map((k) => (
        <g key={k} transform={`translate(${k * 6},${-k * 6})`}>
          <rect x={x} y={y} width={w} height={h} fill="var(--d-fill-2)" stroke="var(--d-stroke-2)" strokeWidth={0.8} />
          <path d={lines} stroke="var(--d-stroke-2)" strokeWidth={0.8} />
        </g>
      ))}
    </g>
  );
}

function Waveform({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  const n = 110;
  const pts: string[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const envelope = Math.max(0, Math.sin(t * Math.PI * 2.2)) ** 2;
    pts.push(`${(x + t * w).toFixed(1)},${(y + h / 2 - envelope * Math.sin(i * 2.3) * (h / 2 - 2)).toFixed(1)}`);
  }
  return <polyline points={pts.join(' ')} fill="none" stroke="var(--d-stroke-4)" strokeWidth={1.3} />;
}

/** "L" with a lowered subscript. */
const Loss = ({ sub }: { sub: string }): ReactNode => (
  <>
    <tspan fontStyle="italic">L</tspan>
    <tspan dy={4} fontSize={13}>
      {sub}
    </tspan>
    <tspan dy={-4}> </tspan>
  </>
);

export default defineDiagram({
  id: 'sound-source-localization',
  width: 480,
  height: 566,
  title: {
    ko: 'Sound source localization: 소리와 이미지 위치의 유사도',
    en: 'Sound source localization: similarity between a sound and image locations',
  },
  description: {
    ko: 'Visual CNN은 이미지를 위치별 feature map(20×20×512)으로, sound net은 소리를 하나의 vector h로 바꾼다. 모든 위치에서 h와의 cosine 유사도를 softmax로 정규화하면 소리 나는 곳이 밝은 attention map α가 되고, α로 가중합한 visual feature z로 학습한다. 학습은 짝이 맞는 소리와 다른 영상의 소리를 구분하는 unsupervised loss, GT 위치를 쓰는 supervised loss, 둘을 합친 semi-supervised loss로 할 수 있다.',
    en: 'A visual CNN turns the image into a spatial feature map (20×20×512) and a sound net turns the audio into one vector h. The cosine similarity between h and every location, normalised by a softmax, gives an attention map α that lights up where the sound comes from, and the α-weighted visual feature z is used for training. Training can be unsupervised (tell the clip’s own sound from another clip’s), supervised (match a ground-truth location map) or semi-supervised (both).',
  },
  seedImages: ['Untitled 23.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const xL = 122;
    const xR = 360;
    return (
      <g>
        <ArrowDefs />
        {/* inputs */}
        <Scene x={xL - IMG_W / 2} y={14} />
        <Label x={xL} y={118}>
          {ko ? '이미지' : 'image'}
        </Label>
        <rect x={xR - 64} y={28} width={128} height={62} rx={4} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
        <Waveform x={xR - 60} y={32} w={120} h={54} />
        <Label x={xR} y={118}>
          {ko ? '소리 (개 짖는 소리)' : 'sound (a dog barking)'}
        </Label>

        {/* encoders */}
        <Arrow points={[xL, 128, xL, 142]} />
        <Arrow points={[xR, 128, xR, 142]} />
        <Box x={xL - 80} y={144} w={160} h={46} accent={2} label={ko ? ['Visual CNN', '(VGG-16)'] : ['visual CNN', '(VGG-16)']} />
        <Box x={xR - 80} y={144} w={160} h={46} accent={4} label={ko ? ['Sound net', '(SoundNet 기반)'] : ['sound net', '(SoundNet-based)']} />
        <Arrow points={[xL, 190, xL, 210]} />
        <Arrow points={[xR, 190, xR, 210]} />

        {/* features */}
        <FeatureMap x={xL - 50} y={224} />
        <Label x={xL} y={306} size={13} muted>
          {ko ? '위치별 vᵢ (20×20×512)' : 'vᵢ per location (20×20×512)'}
        </Label>
        {Array.from({ length: 6 }, (_, i) => (
          <rect key={i} x={xR - 7} y={214 + i * 12} width={14} height={12} fill="var(--d-fill-4)" stroke="var(--d-stroke-4)" strokeWidth={1} />
        ))}
        <Label x={xR} y={306} size={13} muted>
          {ko ? '소리 vector h' : 'sound vector h'}
        </Label>

        {/* similarity at every location */}
        <Arrow points={[xL, 316, xL, 332, 200, 332]} />
        <Arrow points={[xR, 316, xR, 332, 282, 332]} />
        <Box x={200} y={318} w={82} h={30} accent={5} label="cos(h, vᵢ)" fontSize={14} />
        <Label x={250} y={368} size={13} muted anchor="start">
          {ko ? '모든 위치에서 → softmax' : 'at every location → softmax'}
        </Label>
        <Arrow points={[241, 348, 241, 396, xL + IMG_W / 2 + 2, 396]} />

        {/* attention map over the image, and the weighted feature */}
        <Scene x={xL - IMG_W / 2} y={382} />
        <Heat x={xL - IMG_W / 2} y={382} />
        <Label x={xL} y={486}>
          {ko ? 'attention map α' : 'attention map α'}
        </Label>
        <Arrow points={[xL + IMG_W / 2, 440, xR - 78, 440]} />
        <Box x={xR - 76} y={416} w={152} h={46} accent={1} label="z = Σ αᵢ vᵢ" />
        <Label x={xR} y={476} size={13} muted>
          {ko ? '소리 쪽에 가중한 visual feature' : 'sound-weighted visual feature'}
        </Label>

        {/* training signals */}
        <Label x={16} y={510} anchor="start">
          <Loss sub="U" />
          {ko ? 'unsupervised: 제 소리 vs 다른 영상 소리' : 'unsupervised: own sound vs another clip’s'}
        </Label>
        <Label x={16} y={532} anchor="start">
          <Loss sub="S" />
          {ko ? 'supervised: GT 위치 map과 cross-entropy' : 'supervised: cross-entropy with a GT map'}
        </Label>
        <Label x={16} y={554} anchor="start">
          {'semi-supervised: '}
          <Loss sub="U" />
          {'+ λ '}
          <Loss sub="S" />
          {ko ? '(GT가 있는 것만)' : '(where GT exists)'}
        </Label>
      </g>
    );
  },
});
