import { type Cuboid, iso, MeshBoxes, type Project } from './iso';
import { type Accent, Arrow, ArrowDefs, Label } from './parts';
import { defineDiagram } from './types';

/** A projection that centres the boxes' drawing on (cx, cy). */
function fit(boxes: readonly Cuboid[], cx: number, cy: number, s: number): Project {
  const P0 = iso(0, 0, s);
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x0, y0, z0, x1, y1, z1] of boxes)
    for (const x of [x0, x1])
      for (const y of [y0, y1])
        for (const z of [z0, z1]) {
          const [sx, sy] = P0([x, y, z]);
          xs.push(sx);
          ys.push(sy);
        }
  return iso(cx - (Math.min(...xs) + Math.max(...xs)) / 2, cy - (Math.min(...ys) + Math.max(...ys)) / 2, s);
}

const SOFA: Cuboid[] = [
  [0, 0, 0, 5, 2.2, 1.2],
  [0, 0, 1.2, 5, 0.6, 2.6],
  [0, 0.6, 1.2, 0.5, 2.2, 2],
  [4.5, 0.6, 1.2, 5, 2.2, 2],
];
const leg = (x: number, y: number, h: number, t = 0.35): Cuboid => [x, y, 0, x + t, y + t, h];
const TABLE: Cuboid[] = [leg(0.1, 0.1, 2.4), leg(3.55, 0.1, 2.4), leg(0.1, 2.0, 2.4), leg(3.55, 2.0, 2.4), [0, 0, 2.4, 4, 2.4, 2.8]];
/** The chair's back is a frame with an opening: the predicted mesh has a hole (genus 1). */
const CHAIR: Cuboid[] = [
  leg(0, 0, 3, 0.4),
  leg(2.6, 0, 3, 0.4),
  leg(0, 2.6, 3, 0.4),
  leg(2.6, 2.6, 3, 0.4),
  [0, 0, 3, 3, 3, 3.4],
  [0, 0, 3.4, 0.4, 0.4, 7],
  [0.4, 0, 4.4, 2.6, 0.4, 4.9],
  [0.4, 0, 6.4, 2.6, 0.4, 7],
  [2.6, 0, 3.4, 3, 0.4, 7],
];

/** The input photo: the three objects seen from the front, each with its detection box and class. */
function Photo({ ko }: { ko: boolean }) {
  const line = { stroke: 'var(--d-text)', strokeWidth: 1.2 };
  const det = (x: number, y: number, w: number, h: number, accent: number, name: string) => (
    <g>
      <rect x={x} y={y} width={w} height={h} fill="none" stroke={`var(--d-stroke-${accent})`} strokeWidth={1.8} strokeDasharray="5 3" />
      <rect x={x} y={y - 18} width={name.length * 8 + 12} height={18} fill={`var(--d-stroke-${accent})`} />
      <text x={x + 6} y={y - 9} fontSize={13} dominantBaseline="central" fill="var(--d-surface)">
        {name}
      </text>
    </g>
  );
  return (
    <g>
      <rect x={20} y={14} width={440} height={150} rx={4} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
      <path d="M21,124 H459" stroke="var(--d-line)" strokeWidth={1} />
      {/* sofa */}
      <g fill="var(--d-fill-4)" {...line}>
        <rect x={56} y={82} width={110} height={26} rx={4} />
        <rect x={50} y={96} width={122} height={30} rx={4} />
        <rect x={44} y={92} width={14} height={34} rx={3} />
        <rect x={164} y={92} width={14} height={34} rx={3} />
      </g>
      {/* table */}
      <g fill="var(--d-fill-2)" {...line}>
        <rect x={206} y={96} width={96} height={8} />
        <path d="M214,104 v30 M294,104 v30" fill="none" />
      </g>
      {/* chair with an open back */}
      <g fill="var(--d-fill-1)" {...line}>
        <path d="M344,58 h46 v50 h-46 z M350,64 v14 h34 v-14 z M350,88 v14 h34 v-14 z" fillRule="evenodd" />
        <path d="M338,108 h58 l4,8 h-66 z" />
        <path d="M340,116 v24 M394,116 v24" fill="none" />
      </g>
      {det(38, 76, 146, 56, 4, 'sofa')}
      {det(200, 90, 108, 48, 2, 'table')}
      {det(330, 52, 74, 92, 1, 'chair')}
      <Label x={30} y={30} size={13} muted anchor="start">
        {ko ? '입력 이미지' : 'input image'}
      </Label>
    </g>
  );
}

export default defineDiagram({
  id: 'mesh-rcnn-results',
  width: 480,
  height: 390,
  title: {
    ko: 'Mesh R-CNN 결과: 검출한 물체마다 예측한 3D mesh',
    en: 'Mesh R-CNN results: a predicted 3D mesh for every detected object',
  },
  description: {
    ko: '한 장의 실내 이미지에서 sofa, table, chair를 각각 검출하고, 검출한 물체마다 3D 삼각형 mesh를 예측한다. 의자 등받이의 구멍처럼 물체마다 모양과 topology가 다른 mesh가 나온다.',
    en: 'In one indoor photo, a sofa, a table and a chair are each detected, and a 3D triangle mesh is predicted for every detection. The meshes differ in shape and topology, such as the hole in the chair’s back.',
  },
  seedImages: ['Untitled 34.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const row = 262;
    const objects: { boxes: Cuboid[]; x: number; accent: Accent; from: number }[] = [
      { boxes: SOFA, x: 110, accent: 4, from: 111 },
      { boxes: TABLE, x: 254, accent: 2, from: 254 },
      { boxes: CHAIR, x: 384, accent: 1, from: 367 },
    ];
    return (
      <g>
        <ArrowDefs />
        <Photo ko={ko} />
        {objects.map((o, i) => (
          <g key={i}>
            <Arrow points={[o.from, 170, o.x, 196]} accent={o.accent} />
            <MeshBoxes boxes={o.boxes} P={fit(o.boxes, o.x, row, 12.5)} accent={o.accent} cell={1.3} />
          </g>
        ))}
        <Label x={240} y={352} size={14}>
          {ko ? '물체마다 예측한 3D mesh' : 'a predicted 3D mesh per detected object'}
        </Label>
        <Label x={240} y={374} size={13} muted>
          {ko ? '의자 등받이의 구멍처럼 topology도 물체마다 다르다' : 'topology varies too, e.g. the hole in the chair back'}
        </Label>
      </g>
    );
  },
});
