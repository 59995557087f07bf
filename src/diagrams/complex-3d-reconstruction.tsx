import type { ReactElement } from 'react';
import { C30, type Cuboid, iso, type Project, pts, roomShell, SolidBox, type Vec3 } from './iso';
import { Arrow, ArrowDefs, Label } from './parts';
import { defineDiagram, type Lang } from './types';

/** Room of 6 × 5 with walls on the x = 0 and y = 0 planes. */
function RoomShell({ P, h = 2.6, solid = true }: { P: Project; h?: number; solid?: boolean }) {
  const { floor, wallX, wallY } = roomShell(6, 5, h);
  const look = solid ? { fill: 'var(--d-fill-1)', fillOpacity: 0.5 } : { fill: 'none' };
  return (
    <g stroke="var(--d-stroke-1)" strokeWidth={1.2} strokeLinejoin="round">
      <polygon points={pts(floor.map(P))} {...look} />
      <polygon points={pts(wallX.map(P))} {...look} />
      <polygon points={pts(wallY.map(P))} {...look} />
    </g>
  );
}

/** The objects of the scene (table, then chair), back to front. */
const TABLE: Cuboid = [1.6, 1.4, 0, 3.6, 2.8, 1];
const CHAIR: Cuboid[] = [
  [4.2, 1.6, 0, 5.2, 2.6, 0.7],
  [4.9, 1.6, 0.7, 5.2, 2.6, 1.8],
];

function Frustum({ P, at, accent = 4 }: { P: Project; at: Vec3; accent?: number }) {
  // a camera at `at` looking towards the room's back corner
  const plane: Vec3[] = [
    [at[0] - 1.1, at[1] - 0.2, at[2] + 0.5],
    [at[0] - 0.2, at[1] - 1.1, at[2] + 0.5],
    [at[0] - 0.2, at[1] - 1.1, at[2] - 0.4],
    [at[0] - 1.1, at[1] - 0.2, at[2] - 0.4],
  ];
  const apex = P(at);
  return (
    <g stroke={`var(--d-stroke-${accent})`} strokeWidth={1.3} fill="none" strokeLinejoin="round">
      <polygon points={pts(plane.map(P))} fill={`var(--d-fill-${accent})`} />
      {plane.map((p, i) => (
        <polyline key={i} points={pts([apex, P(p)])} />
      ))}
      <circle cx={apex[0]} cy={apex[1]} r={2.5} fill={`var(--d-stroke-${accent})`} />
    </g>
  );
}

/** The input: one photo of the room. */
function Photo({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <rect x={x} y={y} width={104} height={74} rx={4} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
      <path
        d={`M${x + 1},${y + 50} L${x + 30},${y + 36} H${x + 78} L${x + 103},${y + 50} M${x + 30},${y + 36} V${y + 1} M${x + 78},${y + 36} V${y + 1}`}
        fill="none"
        stroke="var(--d-line)"
        strokeWidth={1}
      />
      <rect x={x + 26} y={y + 44} width={34} height={14} fill="var(--d-fill-2)" stroke="var(--d-stroke-2)" strokeWidth={1} />
      <path d={`M${x + 70},${y + 50} h12 v12 h-12 z M${x + 80},${y + 38} v12`} fill="var(--d-fill-3)" stroke="var(--d-stroke-3)" strokeWidth={1} />
    </g>
  );
}

/** Camera pose icon: a camera body, its viewing frustum and the pose parameters. */
function CameraIcon({ cx, cy }: { cx: number; cy: number }) {
  const apex: [number, number] = [cx - 26, cy + 4];
  const plane: [number, number][] = [
    [cx + 18, cy - 26],
    [cx + 34, cy - 14],
    [cx + 34, cy + 26],
    [cx + 18, cy + 14],
  ];
  return (
    <g stroke="var(--d-stroke-4)" strokeWidth={1.3} strokeLinejoin="round">
      <polygon points={pts(plane)} fill="var(--d-fill-4)" />
      {plane.map((p, i) => (
        <polyline key={i} points={pts([apex, p])} fill="none" />
      ))}
      <rect x={apex[0] - 14} y={apex[1] - 8} width={16} height={16} rx={2} fill="var(--d-stroke-4)" />
      <text x={cx - 18} y={cy + 30} fontSize={14} textAnchor="middle" dominantBaseline="central" fill="var(--d-stroke-4)" stroke="none" fontStyle="italic">
        R, t
      </text>
    </g>
  );
}

/** Icons for the sub-problems, each drawn around (cx, cy). */
function DepthIcon({ cx, cy }: { cx: number; cy: number }) {
  const cells: ReactElement[] = [];
  const cols = 8;
  const rows = 6;
  const c = 9;
  for (let r = 0; r < rows; r++) {
    for (let k = 0; k < cols; k++) {
      // far wall on top, floor getting nearer towards the bottom, a near object in the middle
      let near = r < 3 ? 0.1 : 0.25 + 0.2 * (r - 3);
      if (r >= 3 && r <= 4 && k >= 2 && k <= 4) near = 0.8;
      cells.push(
        <rect
          key={`${r}-${k}`}
          x={cx - (cols * c) / 2 + k * c}
          y={cy - (rows * c) / 2 + r * c}
          width={c}
          height={c}
          fill="var(--d-text)"
          fillOpacity={(0.1 + 0.75 * near).toFixed(2)}
        />,
      );
    }
  }
  return <g>{cells}</g>;
}

const STEPS = (lang: Lang) =>
  lang === 'ko'
    ? [
        ['room layout', '(벽·바닥)'],
        ['camera pose', '(시점)'],
        ['depth', '(2.5D)'],
        ['물체', '(모양 + 자세)'],
      ]
    : [
        ['room layout', '(walls, floor)'],
        ['camera pose', '(viewpoint)'],
        ['depth', '(2.5D)'],
        ['objects', '(shape + pose)'],
      ];

export default defineDiagram({
  id: 'complex-3d-reconstruction',
  width: 480,
  height: 502,
  title: {
    ko: '복잡한 3D 복원을 작은 문제로 나누기',
    en: 'Splitting a complex 3D reconstruction into sub-problems',
  },
  description: {
    ko: '이미지 한 장에서 장면 전체를 한 번에 복원하는 대신, room layout, camera pose, depth(2.5D), 물체의 모양과 자세 같은 작은 문제로 나누어 각각 풀고 그 결과를 하나의 3D scene으로 합친다. 예를 들어 MarrNet은 depth·normal·silhouette 같은 2.5D sketch를 먼저 예측한 뒤 3D 모양을 만든다.',
    en: 'Instead of reconstructing the whole scene from one image in a single step, the problem is split into sub-problems (room layout, camera pose, depth as 2.5D, and each object’s shape and pose), each is solved separately, and the results are combined into one 3D scene. MarrNet, for example, first predicts 2.5D sketches (depth, normals, silhouette) and then the 3D shape.',
  },
  seedImages: ['Untitled 35.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const steps = STEPS(lang);
    const boxX = [10, 128, 246, 364];
    const boxW = 106;
    const top = 124;
    const iconY = top + 42;
    // objects span x − y ∈ [−1.2, 3.6] and sit 0.5 … 3.9 units down the screen: centre them in their box
    const objIcon = iso(boxX[3]! + boxW / 2 - 1.2 * C30 * 15, iconY - 18 - 0.4 * 15, 15);
    return (
      <g>
        <ArrowDefs />
        <Photo x={188} y={10} />
        <Label x={300} y={34} size={13} muted anchor="start">
          {ko ? '입력: 이미지 한 장' : 'input: one image'}
        </Label>
        {boxX.map((x, i) => (
          <Arrow key={i} points={[240, 86, 240, 100, x + boxW / 2, 100, x + boxW / 2, top - 2]} />
        ))}

        {/* sub-problems, each solved on its own */}
        {boxX.map((x, i) => (
          <g key={i}>
            <rect x={x} y={top} width={boxW} height={122} rx={6} fill="none" stroke="var(--d-line)" strokeWidth={1.3} />
            <Label x={x + boxW / 2} y={top + 92} weight="bold">
              {steps[i]![0]}
            </Label>
            <Label x={x + boxW / 2} y={top + 110} size={13} muted>
              {steps[i]![1]}
            </Label>
          </g>
        ))}
        <g transform={`translate(0,${-12})`}>
          <RoomShell P={iso(boxX[0]! + boxW / 2 - 4, iconY + 4, 8.5)} solid={false} />
        </g>
        <CameraIcon cx={boxX[1]! + boxW / 2} cy={iconY - 10} />
        <DepthIcon cx={boxX[2]! + boxW / 2} cy={iconY - 4} />
        <g>
          <SolidBox b={TABLE} P={objIcon} accent={2} />
          {CHAIR.map((b, i) => (
            <SolidBox key={i} b={b} P={objIcon} accent={3} />
          ))}
        </g>

        {/* combine into one scene */}
        {boxX.map((x, i) => (
          <polyline
            key={i}
            points={`${x + boxW / 2},${top + 122} ${x + boxW / 2},${top + 136} 240,${top + 136}`}
            fill="none"
            stroke="var(--d-line)"
            strokeWidth={1.5}
          />
        ))}
        <Arrow points={[240, top + 136, 240, top + 154]} />
        <Label x={250} y={top + 148} size={13} muted anchor="start">
          {ko ? '결합' : 'combine'}
        </Label>
        {(() => {
          const P = iso(222, 330, 17);
          return (
            <g>
              <RoomShell P={P} />
              <SolidBox b={TABLE} P={P} accent={2} />
              {CHAIR.map((b, i) => (
                <SolidBox key={i} b={b} P={P} accent={3} />
              ))}
              <Frustum P={P} at={[7.5, 6.5, 0.8]} />
            </g>
          );
        })()}
        <Label x={240} y={466} weight="bold">
          {ko ? '하나의 3D scene' : 'one 3D scene'}
        </Label>
        <Label x={240} y={490} size={13} muted>
          {ko ? '예: MarrNet — 이미지 → 2.5D sketch → 3D 모양' : 'e.g. MarrNet: image → 2.5D sketches → 3D shape'}
        </Label>
      </g>
    );
  },
});
