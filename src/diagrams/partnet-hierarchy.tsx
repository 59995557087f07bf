import { type Cuboid, iso, pts, visibleFaces } from './iso';
import { Label } from './parts';
import { defineDiagram } from './types';

type Part = 'frame' | 'surface' | 'seat' | 'leg';

/** The chair's parts in back-to-front drawing order. */
const PARTS: { part: Part; box: Cuboid }[] = [
  { part: 'leg', box: [0, 0, 0, 0.5, 0.5, 4] },
  { part: 'leg', box: [3.5, 0, 0, 4, 0.5, 4] },
  { part: 'leg', box: [0, 3.5, 0, 0.5, 4, 4] },
  { part: 'leg', box: [3.5, 3.5, 0, 4, 4, 4] },
  { part: 'seat', box: [0, 0, 4, 4, 4, 4.7] },
  { part: 'frame', box: [0, 0, 4.7, 0.5, 0.5, 9] },
  { part: 'surface', box: [0.5, 0, 4.7, 3.5, 0.5, 8.4] },
  { part: 'frame', box: [3.5, 0, 4.7, 4, 0.5, 9] },
  { part: 'frame', box: [0.5, 0, 8.4, 3.5, 0.5, 9] },
];
const ACCENT: Record<Part, number> = { frame: 1, surface: 4, seat: 2, leg: 3 };

/** The chair with the `on` parts coloured and the rest drawn as a faint outline for context. */
function Chair({ cx, top, s, on }: { cx: number; top: number; s: number; on: readonly Part[] }) {
  const P = iso(cx, top + 9 * s, s);
  return (
    <g>
      {PARTS.map(({ part, box }, i) => {
        const active = on.includes(part);
        const accent = ACCENT[part];
        const paint = active
          ? { fill: `var(--d-fill-${accent})`, stroke: `var(--d-stroke-${accent})`, strokeWidth: 1 }
          : { fill: 'var(--d-surface)', stroke: 'var(--d-line)', strokeOpacity: 0.35, strokeWidth: 0.8 };
        return (
          <g key={i} {...paint} strokeLinejoin="round">
            {visibleFaces(box).map(({ corners, shade }, j) => {
              const poly = pts(corners.map(P));
              return (
                <g key={j}>
                  <polygon points={poly} />
                  {active && shade > 0 && <polygon points={poly} fill="var(--d-text)" fillOpacity={shade} stroke="none" />}
                </g>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}

/** A tree node: a framed chair drawing with its part name below. */
function Node({ cx, y, w, h, s, on, label }: { cx: number; y: number; w: number; h: number; s: number; on: readonly Part[]; label: string }) {
  const drawH = 13 * s;
  return (
    <g>
      <rect x={cx - w / 2} y={y} width={w} height={h} rx={6} fill="none" stroke="var(--d-line)" strokeWidth={1.2} />
      <Chair cx={cx} top={y + (h - 22 - drawH) / 2 + 2} s={s} on={on} />
      <Label x={cx} y={y + h - 13} weight="bold">
        {label}
      </Label>
    </g>
  );
}

/** Elbow connector from a parent's bottom to a child's top. */
const Edge = ({ x1, y1, x2, y2 }: { x1: number; y1: number; x2: number; y2: number }) => {
  const mid = (y1 + y2) / 2;
  return <polyline points={`${x1},${y1} ${x1},${mid} ${x2},${mid} ${x2},${y2}`} fill="none" stroke="var(--d-line)" strokeWidth={1.3} />;
};

export default defineDiagram({
  id: 'partnet-hierarchy',
  width: 480,
  height: 496,
  title: {
    ko: 'PartNet: 의자를 계층적인 part로 나누기',
    en: 'PartNet: a chair split into a hierarchy of parts',
  },
  description: {
    ko: '의자 하나가 back, seat, base로 나뉘고, back은 다시 frame과 surface로, base는 네 개의 leg로 나뉘는 계층 구조를 보여 준다. PartNet은 24개 category의 3D model 26,671개에 이런 세분화된 part instance 573,585개를 주석으로 단 데이터셋이다.',
    en: 'One chair splits into back, seat and base; the back splits further into frame and surface, and the base into four legs. PartNet annotates such fine-grained, hierarchical parts: 573,585 part instances in 26,671 3D models from 24 categories.',
  },
  seedImages: ['Untitled 26.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const all: Part[] = ['frame', 'surface', 'seat', 'leg'];
    return (
      <g>
        <Node cx={240} y={6} w={130} h={142} s={8} on={all} label={ko ? 'chair (의자)' : 'chair'} />
        <Edge x1={240} y1={148} x2={100} y2={178} />
        <Edge x1={240} y1={148} x2={240} y2={178} />
        <Edge x1={240} y1={148} x2={384} y2={178} />
        <Node cx={100} y={178} w={112} h={118} s={6} on={['frame', 'surface']} label="back" />
        <Node cx={240} y={178} w={112} h={118} s={6} on={['seat']} label="seat" />
        <Node cx={384} y={178} w={112} h={118} s={6} on={['leg']} label="base" />
        <Edge x1={100} y1={296} x2={52} y2={324} />
        <Edge x1={100} y1={296} x2={150} y2={324} />
        <Edge x1={384} y1={296} x2={384} y2={324} />
        <Node cx={52} y={324} w={90} h={100} s={4.6} on={['frame']} label="frame" />
        <Node cx={150} y={324} w={90} h={100} s={4.6} on={['surface']} label="surface" />
        <Node cx={384} y={324} w={90} h={100} s={4.6} on={['leg']} label="leg × 4" />
        <Label x={240} y={452} weight="bold">
          PartNet
        </Label>
        <Label x={240} y={474}>
          {ko ? '573,585 part instance · 26,671 model · 24 category' : '573,585 part instances · 26,671 models · 24 categories'}
        </Label>
      </g>
    );
  },
});
