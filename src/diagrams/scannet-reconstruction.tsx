import { type Cuboid, iso, pts, roomShell, SolidBox, type Vec3 } from './iso';
import { Arrow, ArrowDefs, Label } from './parts';
import { defineDiagram } from './types';

type Fill = { fill: string; stroke: string };
const accentFill = (n: number): Fill => ({ fill: `var(--d-fill-${n})`, stroke: `var(--d-stroke-${n})` });
const PLAIN: Fill = { fill: 'var(--d-surface)', stroke: 'var(--d-line)' };

/** Objects in back-to-front order with their semantic class. */
const OBJECTS: { box: Cuboid; cls: number }[] = [
  { box: [0, 1.4, 0, 1, 4.4, 1], cls: 2 }, // sofa
  { box: [3.4, 0, 0, 5.6, 0.8, 1.6], cls: 5 }, // cabinet
  { box: [2.2, 1.8, 0, 3.8, 3.2, 0.8], cls: 3 }, // table
  { box: [4.3, 2, 0, 5.1, 2.8, 1.2], cls: 4 }, // chair
];
/** Accent per class: wall (drawn muted), floor, sofa, table, chair, cabinet. */
const CLASS_ACCENT = [0, 3, 4, 2, 1, 5] as const;
const CLASS_NAMES = {
  ko: ['벽', '바닥', 'sofa', 'table', 'chair', 'cabinet'],
  en: ['wall', 'floor', 'sofa', 'table', 'chair', 'cabinet'],
};
const classFill = (cls: number): Fill => {
  if (cls === 0) return { fill: 'var(--d-muted)', stroke: 'var(--d-line)' };
  return accentFill(CLASS_ACCENT[cls] ?? 1);
};

/** Edges of a quad split into nu × nv cells, each cut by one diagonal. */
function triangulate(o: Vec3, u: Vec3, v: Vec3, nu: number, nv: number): [Vec3, Vec3][] {
  const at = (a: number, b: number): Vec3 => [o[0] + u[0] * a + v[0] * b, o[1] + u[1] * a + v[1] * b, o[2] + u[2] * a + v[2] * b];
  const edges: [Vec3, Vec3][] = [];
  for (let i = 1; i < nu; i++) edges.push([at(i / nu, 0), at(i / nu, 1)]);
  for (let j = 1; j < nv; j++) edges.push([at(0, j / nv), at(1, j / nv)]);
  for (let i = 0; i < nu; i++) for (let j = 0; j < nv; j++) edges.push([at(i / nu, j / nv), at((i + 1) / nu, (j + 1) / nv)]);
  return edges;
}

function Room({ cx, top, s, labelled }: { cx: number; top: number; s: number; labelled: boolean }) {
  const P = iso(cx, top + 2.6 * s, s);
  const { floor, wallX, wallY } = roomShell(6, 5, 2.6);
  const wall = labelled ? { fill: 'var(--d-muted)', stroke: 'var(--d-line)' } : PLAIN;
  const floorLook = labelled ? classFill(1) : PLAIN;
  // a few triangle edges on floor and walls: the reconstruction is a surface mesh
  const mesh: [Vec3, Vec3][] = [
    ...triangulate([0, 0, 0], [6, 0, 0], [0, 5, 0], 3, 2),
    ...triangulate([0, 0, 0], [6, 0, 0], [0, 0, 2.6], 3, 1),
    ...triangulate([0, 0, 0], [0, 5, 0], [0, 0, 2.6], 2, 1),
  ];
  return (
    <g>
      <polygon points={pts(floor.map(P))} fill={floorLook.fill} stroke={floorLook.stroke} strokeWidth={1} />
      <polygon points={pts(wallX.map(P))} fill={wall.fill} fillOpacity={labelled ? 0.3 : 1} stroke={wall.stroke} strokeWidth={1} />
      <polygon points={pts(wallY.map(P))} fill={wall.fill} fillOpacity={labelled ? 0.3 : 1} stroke={wall.stroke} strokeWidth={1} />
      {!labelled &&
        mesh.map(([a, b], i) => <polyline key={i} points={pts([P(a), P(b)])} fill="none" stroke="var(--d-line)" strokeOpacity={0.35} strokeWidth={0.8} />)}
      {OBJECTS.map((o, i) => (
        <SolidBox key={i} b={o.box} P={P} accent={labelled ? (CLASS_ACCENT[o.cls] ?? 1) : 0} />
      ))}
    </g>
  );
}

/** A stack of captured frames (three, offset), drawn as a simple room view. */
function FrameStack({ x, y, depth }: { x: number; y: number; depth: boolean }) {
  const shade = (near: number) => ({ fill: 'var(--d-text)', fillOpacity: (0.1 + 0.7 * near).toFixed(2) });
  return (
    <g>
      {[2, 1, 0].map((k) => (
        <g key={k} transform={`translate(${x + k * 7},${y - k * 7})`}>
          <rect width={96} height={66} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.2} />
          {k === 0 &&
            (depth ? (
              <g>
                <rect x={1} y={40} width={94} height={25} {...shade(0.35)} />
                <rect x={1} y={1} width={94} height={39} {...shade(0.05)} />
                <rect x={8} y={30} width={30} height={22} {...shade(0.6)} />
                <rect x={52} y={38} width={30} height={8} {...shade(0.8)} />
              </g>
            ) : (
              <g stroke="var(--d-line)" strokeWidth={0.8}>
                <rect x={1} y={40} width={94} height={25} fill="var(--d-fill-3)" />
                <rect x={8} y={30} width={30} height={22} fill="var(--d-fill-4)" />
                <rect x={52} y={38} width={30} height={8} fill="var(--d-fill-2)" />
                <rect x={60} y={12} width={24} height={18} fill="var(--d-fill-5)" />
              </g>
            ))}
        </g>
      ))}
    </g>
  );
}

export default defineDiagram({
  id: 'scannet-reconstruction',
  width: 480,
  height: 476,
  title: {
    ko: 'ScanNet: 실제 RGB-D 스캔에서 의미가 달린 3D 복원으로',
    en: 'ScanNet: from real RGB-D scans to a labelled 3D reconstruction',
  },
  description: {
    ko: '실제 실내 공간을 손에 든 RGB-D 센서로 촬영한 영상에서 camera pose를 추정해 하나의 surface mesh로 복원하고, 그 위에 벽·바닥·가구 같은 semantic label을 단다. ScanNet은 1,513개 scan(707개 공간)에서 얻은 약 250만 개의 RGB-D view를 담고 있다.',
    en: 'RGB-D video of a real indoor space, captured with a hand-held sensor, is registered by estimating camera poses and fused into one surface mesh, which is then annotated with semantic labels such as wall, floor and furniture. ScanNet contains about 2.5 million RGB-D views from 1,513 scans of 707 spaces.',
  },
  seedImages: ['Untitled 28.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const names = CLASS_NAMES[lang];
    return (
      <g>
        <ArrowDefs />
        <FrameStack x={40} y={30} depth={false} />
        <FrameStack x={170} y={30} depth />
        <Label x={95} y={112}>
          RGB
        </Label>
        <Label x={225} y={112}>
          depth
        </Label>
        <Label x={390} y={48} size={13} muted>
          {ko ? '실제 공간을' : 'real spaces,'}
        </Label>
        <Label x={390} y={67} size={13} muted>
          {ko ? '손에 든 센서로' : 'hand-held'}
        </Label>
        <Label x={390} y={86} size={13} muted>
          {ko ? '촬영한 영상' : 'sensor video'}
        </Label>
        <Arrow points={[160, 126, 160, 150, 120, 150, 120, 170]} />
        <Arrow points={[160, 150, 352, 150, 352, 170]} />
        <Label x={240} y={138} size={13} muted>
          {ko ? 'camera pose 추정 + fusion' : 'camera poses + fusion'}
        </Label>

        <Room cx={116} top={176} s={17} labelled={false} />
        <Room cx={356} top={176} s={17} labelled />
        <Label x={120} y={340}>
          {ko ? '3D 복원 (surface mesh)' : '3D reconstruction (mesh)'}
        </Label>
        <Label x={360} y={342}>
          {ko ? 'semantic label' : 'semantic labels'}
        </Label>

        {names.map((name, i) => {
          const x = 24 + i * 76;
          const f = classFill(i);
          return (
            <g key={i}>
              <rect x={x} y={368} width={14} height={14} fill={f.fill} fillOpacity={i === 0 ? 0.3 : 1} stroke={f.stroke} strokeWidth={1} />
              <Label x={x + 20} y={375} size={13} anchor="start">
                {name}
              </Label>
            </g>
          );
        })}

        <Label x={240} y={420} weight="bold">
          {ko ? 'ScanNet: 실제 RGB-D 약 2.5M view · 1,513 scan' : 'ScanNet: ~2.5M real RGB-D views · 1,513 scans'}
        </Label>
        <Label x={240} y={444} size={13} muted>
          {ko ? '707개 공간 · camera pose, 복원 mesh, semantic·instance label' : '707 spaces · camera poses, meshes, semantic and instance labels'}
        </Label>
      </g>
    );
  },
});
