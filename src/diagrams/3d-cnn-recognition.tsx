import { type Cuboid, iso, type Project, pts, SolidBox, type Vec3, VoxelChair } from './iso';
import { Arrow, ArrowDefs, Box, Label } from './parts';
import { defineDiagram } from './types';

/** Wireframe of a box: the three back edges dashed, the rest solid. */
function WireBox({ b, P, accent = 0 }: { b: Cuboid; P: Project; accent?: number }) {
  const [x0, y0, z0, x1, y1, z1] = b;
  const color = accent ? `var(--d-stroke-${accent})` : 'var(--d-line)';
  const back: [Vec3, Vec3][] = [
    [
      [x0, y0, z0],
      [x1, y0, z0],
    ],
    [
      [x0, y0, z0],
      [x0, y1, z0],
    ],
    [
      [x0, y0, z0],
      [x0, y0, z1],
    ],
  ];
  const front: [Vec3, Vec3][] = [
    [
      [x1, y0, z0],
      [x1, y1, z0],
    ],
    [
      [x0, y1, z0],
      [x1, y1, z0],
    ],
    [
      [x1, y1, z0],
      [x1, y1, z1],
    ],
    [
      [x1, y0, z0],
      [x1, y0, z1],
    ],
    [
      [x0, y1, z0],
      [x0, y1, z1],
    ],
    [
      [x0, y0, z1],
      [x1, y0, z1],
    ],
    [
      [x0, y0, z1],
      [x0, y1, z1],
    ],
    [
      [x1, y0, z1],
      [x1, y1, z1],
    ],
    [
      [x0, y1, z1],
      [x1, y1, z1],
    ],
  ];
  return (
    <g fill="none" stroke={color} strokeWidth={1.2}>
      {back.map(([a, c], i) => (
        <polyline key={`b${i}`} points={pts([P(a), P(c)])} strokeDasharray="4 3" strokeOpacity={0.7} />
      ))}
      {front.map(([a, c], i) => (
        <polyline key={`f${i}`} points={pts([P(a), P(c)])} />
      ))}
    </g>
  );
}

export default defineDiagram({
  id: '3d-cnn-recognition',
  width: 460,
  height: 400,
  title: {
    ko: '3D CNN으로 voxel 물체 인식',
    en: 'Recognising a voxelised object with a 3D CNN',
  },
  description: {
    ko: '물체를 30×30×30 같은 voxel 격자의 occupancy로 바꾸고, 3×3×3 같은 3D kernel이 격자 안을 움직이는 3D convolution과 pooling을 거쳐 feature volume을 줄인 뒤, FC 층이 class 확률을 낸다. 3D ShapeNets(30³)와 VoxNet(32³)이 이런 방식이다.',
    en: 'The object is turned into occupancy on a voxel grid such as 30×30×30; 3D convolutions, whose kernels (e.g. 3×3×3) slide through the grid, and pooling shrink it into feature volumes, and fully connected layers output class probabilities. 3D ShapeNets (30³) and VoxNet (32³) work this way.',
  },
  seedImages: ['Untitled 30.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const G = 10; // grid side in drawing units (stands for 30 voxels)
    const P = iso(110, 30 + G * 7, 7);
    const scores: [string, number][] = [
      ['chair', 0.86],
      ['table', 0.07],
      ['sofa', 0.04],
      ['bed', 0.03],
    ];
    const layers = [
      { side: 7, x: 262 },
      { side: 5, x: 338 },
      { side: 3, x: 402 },
    ];
    return (
      <g>
        <ArrowDefs />
        {/* input occupancy grid with the chair and one kernel position */}
        <WireBox b={[0, 0, 0, G, G, G]} P={P} />
        <VoxelChair P={P} at={[3, 3, 0.5]} opacity={1} />
        <SolidBox b={[7, 0, 7, 10, 3, 10]} P={P} accent={5} opacity={0.45} groupPaint />
        <Label x={P([10, 0, 10])[0] + 6} y={P([10, 0, 10])[1] - 14} size={13} accent={5} anchor="start">
          {ko ? '3×3×3 kernel' : '3×3×3 kernel'}
        </Label>
        <Label x={110} y={210}>
          {ko ? 'voxel 입력 30³' : 'voxel input 30³'}
        </Label>
        <Label x={110} y={230} size={13} muted>
          {ko ? '(칸마다 채움 0/1)' : '(occupancy 0/1 per cell)'}
        </Label>

        {/* 3D conv feature volumes shrinking */}
        <Arrow points={[182, 112, 214, 112]} />
        {layers.map(({ side, x }, i) => {
          const Q = iso(x, 150 - side * 2.5, 6.5);
          return (
            <g key={i}>
              <SolidBox b={[0, -1.2, 0, side, side - 1.2, side]} P={Q} accent={1} opacity={0.5} groupPaint />
              <SolidBox b={[0, 0, 0, side, side, side]} P={Q} accent={1} opacity={1} groupPaint />
            </g>
          );
        })}
        <Label x={340} y={182}>
          {ko ? '3D conv + pooling' : '3D conv + pooling'}
        </Label>
        <Label x={340} y={202} size={13} muted>
          {ko ? 'feature volume이 작아진다' : 'feature volumes shrink'}
        </Label>

        {/* classifier */}
        <Arrow points={[402, 214, 402, 252]} />
        <Box x={358} y={254} w={88} h={40} accent={3} label="FC" />
        <Arrow points={[358, 274, 326, 274]} />
        <Label x={24} y={262} size={14} anchor="start" weight="bold">
          {ko ? 'class 확률' : 'class probabilities'}
        </Label>
        {scores.map(([name, p], i) => {
          const y = 282 + i * 26;
          return (
            <g key={name}>
              <Label x={24} y={y + 8} anchor="start">
                {name}
              </Label>
              <rect
                x={84}
                y={y}
                width={Math.max(2, p * 220)}
                height={16}
                rx={2}
                fill={i === 0 ? 'var(--d-stroke-3)' : 'var(--d-fill-3)'}
                stroke="var(--d-stroke-3)"
                strokeWidth={1}
              />
              <Label x={90 + Math.max(2, p * 220)} y={y + 8} size={13} anchor="start" muted>
                {p.toFixed(2)}
              </Label>
            </g>
          );
        })}
        <Label x={230} y={388} size={13} muted>
          {ko ? '예: 3D ShapeNets (30³), VoxNet (32³)' : 'e.g. 3D ShapeNets (30³), VoxNet (32³)'}
        </Label>
      </g>
    );
  },
});
