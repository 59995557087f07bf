import type { ReactElement } from 'react';
import { chairVoxels, coveredFaces, type Cuboid, iso, MeshBoxes, type Project, pts, visibleFaces } from './iso';
import { Arrow, ArrowDefs, Box, Label } from './parts';
import { defineDiagram } from './types';

/**
 * Voxels as cubes (`mesh` off), or the cubified mesh (`mesh` on): faces between two occupied cells are dropped
 * and every remaining square face is split into two triangles.
 */
function VoxelOrCubifiedChair({ P, mesh }: { P: Project; mesh: boolean }) {
  const cells = chairVoxels();
  const covered = coveredFaces(cells);
  const accent = mesh ? 3 : 4;
  const out: ReactElement[] = [];
  cells.forEach(([x, y, z], i) => {
    const neighbours = covered([x, y, z]);
    visibleFaces([x, y, z, x + 1, y + 1, z + 1]).forEach(({ corners, shade }, j) => {
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
        <Label x={74} y={140}>
          {ko ? '입력 이미지' : 'input image'}
        </Label>
        <Arrow points={[136, 74, 158, 74]} />
        <Box x={160} y={34} w={150} h={80} accent={1} label={['Mask R-CNN', 'backbone + RPN', '+ RoIAlign']} />
        <Arrow points={[310, 56, 336, 56]} />
        <Arrow points={[310, 92, 336, 92]} />
        <Box x={338} y={38} w={130} h={34} label={ko ? 'box · class' : 'box · class'} />
        <Box x={338} y={76} w={130} h={34} label="mask" />

        {/* voxel branch */}
        <Arrow points={[235, 114, 235, 172]} />
        <Label x={243} y={143} size={13} muted anchor="start">
          {ko ? '물체(RoI)마다' : 'per object (RoI)'}
        </Label>
        <Box x={160} y={174} w={150} h={46} accent={4} label="voxel branch" />
        <Arrow points={[310, 197, 364, 197]} />
        <VoxelOrCubifiedChair P={vox} mesh={false} />
        <Label x={392} y={274} size={13}>
          voxel occupancy G³
        </Label>

        {/* cubify, then refinement */}
        <Arrow points={[470, 236, 470, 326]} />
        <Label x={464} y={298} size={13} accent={3} anchor="end">
          cubify
        </Label>
        <VoxelOrCubifiedChair P={cub} mesh />
        <Label x={404} y={430} size={13}>
          {ko ? '거친 mesh' : 'coarse mesh'}
        </Label>
        <Arrow points={[366, 380, 312, 380]} />
        <Box
          x={160}
          y={336}
          w={150}
          h={88}
          accent={3}
          label={
            ko
              ? ['mesh refinement ×3', 'vertex align', '→ graph conv', '→ vertex 이동']
              : ['mesh refinement ×3', 'vertex align', '→ graph conv', '→ move vertices']
          }
          fontSize={13}
        />
        <Arrow points={[160, 380, 110, 380]} />
        <MeshBoxes boxes={REFINED} accent={3} cell={1.4} P={fin} />
        <Label x={74} y={430}>
          {ko ? '물체의 3D mesh' : 'object mesh'}
        </Label>

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
