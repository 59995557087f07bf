import { Arrow, ArrowDefs, Box, Label } from './parts';
import { defineDiagram } from './types';

/** A mountain lake at sunset, fitted into the given frame. */
function MountainPhoto({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  const wy = y + h * 0.68;
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={4} fill="var(--d-fill-2)" stroke="var(--d-line)" strokeWidth={1.5} />
      <circle cx={x + w * 0.72} cy={y + h * 0.3} r={h * 0.1} fill="var(--d-stroke-2)" />
      <path
        d={`M${x + 2},${wy} L${x + w * 0.3},${y + h * 0.22} L${x + w * 0.5},${y + h * 0.48} L${x + w * 0.62},${y + h * 0.38} L${x + w - 2},${wy} Z`}
        fill="var(--d-fill-3)"
        stroke="var(--d-stroke-3)"
        strokeWidth={1.2}
      />
      <rect x={x + 1} y={wy} width={w - 2} height={y + h - wy - 1} fill="var(--d-fill-1)" />
      <path d={`M${x + w * 0.15},${wy + h * 0.14} h${w * 0.22} M${x + w * 0.55},${wy + h * 0.22} h${w * 0.25}`} stroke="var(--d-stroke-1)" strokeWidth={1.5} />
    </g>
  );
}

/** A beach: sky, sun, sea and sand; `v` varies the composition. */
function BeachPhoto({ x, y, w, h, v }: { x: number; y: number; w: number; h: number; v: number }) {
  const sea = y + h * (0.45 + 0.08 * v);
  const sand = y + h * (0.72 - 0.05 * v);
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={4} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
      <circle cx={x + w * (0.25 + 0.25 * v)} cy={y + h * 0.22} r={h * 0.1} fill="var(--d-stroke-2)" />
      <rect x={x + 1} y={sea} width={w - 2} height={sand - sea} fill="var(--d-fill-1)" />
      <path
        d={`M${x + 1},${sand} Q${x + w * 0.5},${sand - h * 0.1 * (v - 1)} ${x + w - 1},${sand + h * 0.04} V${y + h - 1} H${x + 1} Z`}
        fill="var(--d-fill-2)"
        stroke="var(--d-stroke-2)"
        strokeWidth={1}
      />
    </g>
  );
}

function Tag({ x, y, w, text, accent = 1 }: { x: number; y: number; w: number; text: string; accent?: 1 | 2 }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={26} rx={13} fill={`var(--d-fill-${accent})`} stroke={`var(--d-stroke-${accent})`} strokeWidth={1.5} />
      <Label x={x + w / 2} y={y + 13}>
        {text}
      </Label>
    </g>
  );
}

export default defineDiagram({
  id: 'image-tagging',
  width: 440,
  height: 300,
  title: {
    ko: 'Image tagging: 이미지 ↔ 태그 검색',
    en: 'Image tagging: retrieval between images and tags',
  },
  description: {
    ko: '이미지와 단어를 같은 embedding 공간에 두면 한 모델로 양방향 검색을 할 수 있다: 이미지를 넣으면 가까운 태그(mountain, lake, sunset)를, 태그 "beach"를 넣으면 가까운 이미지들을 찾는다.',
    en: 'With images and words in one embedding space, a single model retrieves in both directions: an image returns its nearest tags (mountain, lake, sunset), and the tag "beach" returns the nearest images.',
  },
  seedImages: ['Untitled 1.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const middle = ko ? ['공유 embedding', '최근접 검색'] : ['joint embedding', 'nearest search'];
    return (
      <g>
        <ArrowDefs />
        <Label x={12} y={16} anchor="start" weight="bold" size={15}>
          {ko ? '이미지 → 태그' : 'image → tags'}
        </Label>
        <MountainPhoto x={12} y={34} w={112} h={84} />
        <Arrow points={[126, 76, 152, 76]} />
        <Box x={154} y={52} w={130} h={48} accent={4} label={middle} fontSize={14} />
        <Arrow points={[286, 76, 308, 76]} />
        {['mountain', 'lake', 'sunset'].map((tag, i) => (
          <Tag key={tag} x={312} y={36 + i * 30} w={112} text={tag} />
        ))}
        <line x1={12} y1={140} x2={428} y2={140} stroke="var(--d-line)" strokeWidth={1} strokeDasharray="3 4" />
        <Label x={12} y={162} anchor="start" weight="bold" size={15}>
          {ko ? '태그 → 이미지' : 'tag → images'}
        </Label>
        <Tag x={12} y={210} w={112} text="beach" accent={2} />
        <Arrow points={[126, 223, 152, 223]} />
        <Box x={154} y={199} w={130} h={48} accent={4} label={middle} fontSize={14} />
        <Arrow points={[286, 223, 308, 223]} />
        {[0, 1, 2].map((v) => (
          <g key={v}>
            <BeachPhoto x={312 + v * 38} y={200} w={34} h={46} v={v} />
            <Label x={329 + v * 38} y={264} size={13} muted>
              {String(v + 1)}
            </Label>
          </g>
        ))}
        <Label x={424} y={286} anchor="end" size={13} muted>
          {ko ? '가까운 순위' : 'rank by distance'}
        </Label>
      </g>
    );
  },
});
