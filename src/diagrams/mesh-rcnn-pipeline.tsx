import type { ReactElement } from 'react';
import { Arrow, ArrowDefs, Box, Label } from './parts';
import { defineDiagram } from './types';

type Vec3 = [number, number, number];
type Cuboid = readonly [number, number, number, number, number, number];

/** Isometric projection: x to the lower right, y to the lower left, z up; viewer along −(1, 1, 1). */
const C30 = Math.cos(Math.PI / 6);
const iso = (ox: number, oy: number, s: number) => (p: Vec3): [number, number] => [ox + (p[0] - p[1]) * C30 * s, oy + ((p[0] + p[1]) / 2 - p[2]) * s];
const pts = (list: [number, number][]) => list.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/** Occupied cells of a coarse voxel chair (4 × 4 × 9), sorted back to front. */
function chairVoxels(): Vec3[] {
  const cells: Vec3[] = [];
  for (let x = 0; x < 4; x++) for (let y = 0; y < 4; y++) cells.push([x, y, 4]);
  for (const [x, y] of [[0, 0], [3, 0], [0, 3], [3, 3]] as const) for (let z = 0; z < 4; z++) cells.push([x, y, z]);
  for (let x = 0; x < 4; x++) for (let z = 5; z < 9; z++) cells.push([x, 0, z]);
  return cells.sort((a, b) => a[0] + a[1] + a[2] - (b[0] + b[1] + b[2]));
}

/** The three viewer-facing faces of a box: top, +x, +y, with a shade for each. */
function faces(b: Cuboid): [Vec3[], number][] {
  const [x0, y0, z0, x1, y1, z1] = b;
  return [
    [[[x0, y0, z1], [x1, y0, z1], [x1, y1, z1], [x0, y1, z1]], 0],
    [[[x1, y0, z0], [x1, y1, z0], [x1, y1, z1], [x1, y0, z1]], 0.12],
    [[[x0, y1, z0], [x1, y1, z0], [x1, y1, z1], [x0, y1, z1]], 0.24],
  ];
}

/**
 * Voxels as cubes (`mesh` off), or the cubified mesh (`mesh` on): faces between two occupied cells are dropped
 * and every remaining square face is split into two triangles.
 */
function VoxelChair({ P, mesh }: { P: (p: Vec3) => [number, number]; mesh: boolean }) {
  const cells = chairVoxels();
  const occupied = new Set(cells.map((c) => c.join(',')));
  const has = (x: number, y: number, z: number) => occupied.has(`${x},${y},${z}`);
  const accent = mesh ? 3 : 4;
  const out: ReactElement[] = [];
  cells.forEach(([x, y, z], i) => {
    const neighbours = [has(x, y, z + 1), has(x + 1, y, z), has(x, y + 1, z)];
    faces([x, y, z, x + 1, y + 1, z + 1]).forEach(([corners, shade], j) => {
      // a face shared with the next cell is covered by it when drawn back to front (and removed by cubify)
      if (neighbours[j]) return;
      const poly = corners.map(P);
      const [a, , c] = poly as [[number, number], [number, number], [number, number], [number, number]];
      out.push(
        <g key={`${i}-${j}`}>
          <polygon points={pts(poly)} />
          {shade > 0 && <polygon points={pts(poly)} fill="var(--d-text)" fillOpacity={shade} stroke="none" />}
          {mesh && <path d={`M${pts([a])}L${pts([c])}`} strokeWidth={0.6} />}
        </g>,
      );
    });
  });
  return (
    <g fill={`var(--d-fill-${accent})`} stroke={`var(--d-stroke-${accent})`} strokeWidth={0.8} strokeLinejoin="round">
      {out}
    </g>
  );
}

/** The refined mesh: thin legs and a slimmer seat and back, drawn as a triangle mesh. */
const REFINED: Cuboid[] = [
  [0.3, 0.3, 0, 0.8, 0.8, 4],
  [3.2, 0.3, 0, 3.7, 0.8, 4],
  [0.3, 3.2, 0, 0.8, 3.7, 4],
  [3.2, 3.2, 0, 3.7, 3.7, 4],
  [0, 0, 4, 4, 4, 4.6],
  [0.2, 0.2, 4.6, 3.8, 0.7, 8.8],
];
function RefinedChair({ P }: { P: (p: Vec3) => [number, number] }) {
  return (
    <g>
      {REFINED.map((b, i) => (
        <g key={i}>
          {faces(b).map(([corners, shade], j) => {
            const [c0, c1, c2, c3] = corners as [Vec3, Vec3, Vec3, Vec3];
            const lerp = (a: Vec3, q: Vec3, t: number): Vec3 => [a[0] + (q[0] - a[0]) * t, a[1] + (q[1] - a[1]) * t, a[2] + (q[2] - a[2]) * t];
            const len = (a: Vec3, q: Vec3) => Math.hypot(q[0] - a[0], q[1] - a[1], q[2] - a[2]);
            const nu = Math.max(1, Math.round(len(c0, c1) / 1.4));
            const nv = Math.max(1, Math.round(len(c1, c2) / 1.4));
            const at = (u: number, v: number) => P(lerp(lerp(c0, c1, u / nu), lerp(c3, c2, u / nu), v / nv));
            const seg = (p: [number, number], q: [number, number]) => `M${pts([p])}L${pts([q])}`;
            let d = '';
            for (let u = 1; u < nu; u++) d += seg(at(u, 0), at(u, nv));
            for (let v = 1; v < nv; v++) d += seg(at(0, v), at(nu, v));
            for (let u = 0; u < nu; u++) for (let v = 0; v < nv; v++) d += seg(at(u, v), at(u + 1, v + 1));
            const poly = pts([c0, c1, c2, c3].map(P));
            return (
              <g key={j}>
                <polygon points={poly} fill="var(--d-fill-3)" stroke="var(--d-stroke-3)" strokeWidth={1} strokeLinejoin="round" />
                {shade > 0 && <polygon points={poly} fill="var(--d-text)" fillOpacity={shade} />}
                <path d={d} fill="none" stroke="var(--d-stroke-3)" strokeWidth={0.6} />
              </g>
            );
          })}
        </g>
      ))}
    </g>
  );
}

/** The input photo: a chair in a room, with its detection box. */
function InputImage({ x, y }: { x: number; y: number }) {
  const cx = x + 58;
  const base = y + 86;
  return (
    <g>
      <rect x={x} y={y} width={124} height={100} rx={4} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
      <path d={`M${x + 1},${y + 70} H${x + 123}`} stroke="var(--d-line)" strokeWidth={1} />
      <g fill="var(--d-fill-2)" stroke="var(--d-text)" strokeWidth={1.2}>
        <rect x={cx - 16} y={base - 70} width={32} height={34} rx={2} />
        <path d={`M${cx - 20},${base - 36} h40 l6,8 h-40 z`} />
        <path d={`M${cx - 18},${base - 28} v26 M${cx + 24},${base - 28} v26 M${cx + 14},${base - 34} v22 M${cx - 10},${base - 34} v22`} fill="none" />
      </g>
      <rect x={cx - 26} y={base - 76} width={56} height={78} fill="none" stroke="var(--d-stroke-5)" strokeWidth={1.8} strokeDasharray="5 3" />
    </g>
  );
}

export default defineDiagram({
  id: 'mesh-rcnn-pipeline',
  width: 480,
  height: 512,
  title: {
    ko: 'Mesh R-CNN: 검출한 물체마다 3D mesh 만들기',
    en: 'Mesh R-CNN: a 3D mesh for every detected object',
  },
  description: {
    ko: 'Mask R-CNN이 이미지에서 물체를 검출해 box·class·mask를 내고, 여기에 더한 voxel branch가 물체마다 거친 voxel occupancy를 예측한다. cubify가 voxel을 삼각형 mesh로 바꾸고, mesh refinement branch가 vertex align, graph convolution, vertex 이동을 세 번 반복해 mesh를 다듬는다. voxel에서 시작하므로 구멍이 있는 등 임의의 topology를 가질 수 있고, 학습에는 ShapeNet이나 Pix3D 같은 3D 정답이 필요하다.',
    en: 'Mask R-CNN detects objects in the image and outputs a box, class and mask; an added voxel branch predicts a coarse voxel occupancy for each object. Cubify turns the voxels into a triangle mesh, and the mesh refinement branch repeats vertex alignment, graph convolution and vertex updates three times. Starting from voxels lets the mesh take any topology, holes included; training needs 3D ground truth such as ShapeNet or Pix3D.',
  },
  seedImages: ['Untitled 33.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const vox = iso(404, 150 + 9 * 8, 8);
    const cub = iso(404, 306 + 9 * 8, 8);
    const fin = iso(74, 306 + 9 * 8, 8);
    return (
      <g>
        <ArrowDefs />
        {/* detection */}
        <InputImage x={12} y={24} />
        <Label x={74} y={140}>{ko ? '입력 이미지' : 'input image'}</Label>
        <Arrow points={[136, 74, 158, 74]} />
        <Box x={160} y={34} w={150} h={80} accent={1} label={['Mask R-CNN', 'backbone + RPN', '+ RoIAlign']} />
        <Arrow points={[310, 56, 336, 56]} />
        <Arrow points={[310, 92, 336, 92]} />
        <Box x={338} y={38} w={130} h={34} label={ko ? 'box · class' : 'box · class'} />
        <Box x={338} y={76} w={130} h={34} label="mask" />

        {/* voxel branch */}
        <Arrow points={[235, 114, 235, 172]} />
        <Label x={243} y={143} size={13} muted anchor="start">{ko ? '물체(RoI)마다' : 'per object (RoI)'}</Label>
        <Box x={160} y={174} w={150} h={46} accent={4} label="voxel branch" />
        <Arrow points={[310, 197, 364, 197]} />
        <VoxelChair P={vox} mesh={false} />
        <Label x={392} y={274} size={13}>voxel occupancy G³</Label>

        {/* cubify, then refinement */}
        <Arrow points={[470, 236, 470, 326]} />
        <Label x={464} y={298} size={13} accent={3} anchor="end">cubify</Label>
        <VoxelChair P={cub} mesh />
        <Label x={404} y={430} size={13}>{ko ? '거친 mesh' : 'coarse mesh'}</Label>
        <Arrow points={[366, 380, 312, 380]} />
        <Box x={160} y={336} w={150} h={88} accent={3} label={ko ? ['mesh refinement ×3', 'vertex align', '→ graph conv', '→ vertex 이동'] : ['mesh refinement ×3', 'vertex align', '→ graph conv', '→ move vertices']} fontSize={13} />
        <Arrow points={[160, 380, 110, 380]} />
        <RefinedChair P={fin} />
        <Label x={74} y={430}>{ko ? '물체의 3D mesh' : 'object mesh'}</Label>

        <Label x={240} y={470} size={13} muted>
          {ko ? 'voxel에서 시작하므로 구멍 등 임의의 topology 가능' : 'starting from voxels allows any topology, holes included'}
        </Label>
        <Label x={240} y={494} size={13} muted>
          {ko ? '학습에 3D 정답 필요 (ShapeNet, Pix3D)' : 'training needs 3D ground truth (ShapeNet, Pix3D)'}
        </Label>
      </g>
    );
  },
});
