import type { Vec3 } from './iso';
import { Label } from './parts';
import { defineDiagram } from './types';

/**
 * Fixed oblique view from behind and above the ego car. World: x forward, y left, z up (metres).
 * The viewer looks along (1, K, −C), so the rear, right side and top of a box face the viewer.
 */
const S = 16;
const K = 0.15;
const C = 0.6;
const OX = 222;
const OY = 252;
const P = ([x, y, z]: Vec3): [number, number] => [OX - y * S + x * K * S, OY - x * C * S - z * S];
const pts = (list: Vec3[]) =>
  list
    .map((p) =>
      P(p)
        .map((v) => v.toFixed(1))
        .join(','),
    )
    .join(' ');

const X_MIN = -4;
const X_MAX = 22;
const Y_MAX = 10;

interface Obj {
  x: number;
  y: number;
  l: number;
  w: number;
  h: number;
  yaw: number;
  ped: boolean;
}
const OBJECTS: Obj[] = [
  { x: 11, y: 3.5, l: 4.4, w: 1.9, h: 1.5, yaw: 0, ped: false },
  { x: 17.5, y: -3.4, l: 4.6, w: 2, h: 1.6, yaw: 0, ped: false },
  { x: 5.5, y: -8.2, l: 4.2, w: 1.9, h: 1.5, yaw: 0.12, ped: false },
  { x: 14.5, y: 9.2, l: 0.7, w: 0.7, h: 1.8, yaw: 0, ped: true },
  { x: 18, y: 8.6, l: 0.7, w: 0.7, h: 1.7, yaw: 0, ped: true },
];

const footprint = (o: Obj): [number, number][] => {
  const c = Math.cos(o.yaw);
  const s = Math.sin(o.yaw);
  return [
    [-o.l / 2, -o.w / 2],
    [o.l / 2, -o.w / 2],
    [o.l / 2, o.w / 2],
    [-o.l / 2, o.w / 2],
  ].map(([a, b]) => [o.x + a! * c - b! * s, o.y + a! * s + b! * c]);
};

/** Distance along a ray from the LiDAR (at the origin) to an object's footprint, or Infinity. */
function hit(o: Obj, dx: number, dy: number) {
  // ray in the object's frame, then the slab test against its axis-aligned footprint
  const c = Math.cos(o.yaw);
  const s = Math.sin(o.yaw);
  const ox = -o.x * c - o.y * s;
  const oy = o.x * s - o.y * c;
  const rx = dx * c + dy * s;
  const ry = -dx * s + dy * c;
  let t0 = 0;
  let t1 = Infinity;
  for (const [p, d, half] of [
    [ox, rx, o.l / 2],
    [oy, ry, o.w / 2],
  ] as const) {
    if (Math.abs(d) < 1e-9) {
      if (Math.abs(p) > half) return Infinity;
      continue;
    }
    const a = (-half - p) / d;
    const b = (half - p) / d;
    t0 = Math.max(t0, Math.min(a, b));
    t1 = Math.min(t1, Math.max(a, b));
  }
  return t0 <= t1 ? t0 : Infinity;
}

/** LiDAR returns: rings on the ground, cut off behind objects, plus returns on the objects' near faces. */
function lidarPath() {
  const rings = [4, 6, 8.5, 11.5, 15, 19.5];
  let d = '';
  const dot = (p: Vec3) => {
    const [sx, sy] = P(p);
    d += `M${sx.toFixed(1)},${sy.toFixed(1)}h0`;
  };
  for (let deg = 0; deg < 360; deg += 3) {
    const a = (deg * Math.PI) / 180;
    const dx = Math.cos(a);
    const dy = Math.sin(a);
    let near = Infinity;
    let target: Obj | null = null;
    for (const o of OBJECTS) {
      const t = hit(o, dx, dy);
      if (t < near) {
        near = t;
        target = o;
      }
    }
    for (const r of rings) {
      const x = r * dx;
      const y = r * dy;
      if (r < near && x >= X_MIN && x <= X_MAX && Math.abs(y) <= Y_MAX) dot([x, y, 0]);
    }
    if (target) for (let z = 0.25; z < target.h; z += 0.45) dot([near * dx, near * dy, z]);
  }
  return d;
}

function Box3D({ o }: { o: Obj }) {
  const f = footprint(o);
  const base = f.map(([x, y]): Vec3 => [x, y, 0]);
  const top = f.map(([x, y]): Vec3 => [x, y, o.h]);
  const color = o.ped ? 'var(--d-stroke-5)' : 'var(--d-stroke-1)';
  return (
    <g fill="none" stroke={color} strokeWidth={1.4} strokeLinejoin="round">
      <polygon points={pts(base)} />
      <polygon points={pts(top)} fill={o.ped ? 'var(--d-fill-5)' : 'var(--d-fill-1)'} fillOpacity={0.5} />
      {base.map((b, i) => (
        <polyline key={i} points={pts([b, top[i]!])} />
      ))}
    </g>
  );
}

function EgoCar() {
  const [x0, x1, y0, y1, h] = [-2.2, 2.2, -0.95, 0.95, 1.5];
  const rear: Vec3[] = [
    [x0, y0, 0],
    [x0, y1, 0],
    [x0, y1, h],
    [x0, y0, h],
  ];
  const right: Vec3[] = [
    [x0, y0, 0],
    [x1, y0, 0],
    [x1, y0, h],
    [x0, y0, h],
  ];
  const roof: Vec3[] = [
    [x0, y0, h],
    [x1, y0, h],
    [x1, y1, h],
    [x0, y1, h],
  ];
  const [lx, ly] = P([0, 0, h]);
  const [tx, ty] = P([0, 0, h + 0.55]);
  return (
    <g stroke="var(--d-text)" strokeWidth={1.3} strokeLinejoin="round">
      <polygon points={pts(right)} fill="var(--d-fill-4)" />
      <polygon points={pts(rear)} fill="var(--d-fill-4)" />
      <polygon points={pts(roof)} fill="var(--d-fill-4)" />
      <polygon points={pts(right)} fill="var(--d-text)" fillOpacity={0.15} stroke="none" />
      <rect x={lx - 4} y={ty} width={8} height={ly - ty} fill="var(--d-stroke-4)" />
      <ellipse cx={tx} cy={ty} rx={4} ry={1.6} fill="var(--d-stroke-4)" />
    </g>
  );
}

export default defineDiagram({
  id: 'outdoor-3d-datasets',
  width: 480,
  height: 442,
  title: {
    ko: '자율주행용 야외 3D 데이터셋: LiDAR point cloud와 3D box',
    en: 'Outdoor 3D datasets for driving: LiDAR point clouds and 3D boxes',
  },
  description: {
    ko: '지붕에 LiDAR, 둘레에 카메라를 단 차량이 도로를 달리며 주변을 point cloud로 측정한다. LiDAR 점은 차에서 멀어지는 고리 모양으로 찍히고 물체 뒤쪽은 가려져 비며, 자동차와 보행자마다 3D bounding box가 주석으로 달린다. KITTI, nuScenes, Waymo Open 같은 데이터셋이 이런 센서 구성으로 수집되었다.',
    en: 'A car with a LiDAR on its roof and cameras around it drives down a road and measures its surroundings as a point cloud. LiDAR points fall in rings around the car, objects cast empty shadows behind them, and every car and pedestrian is annotated with a 3D bounding box. Datasets such as KITTI, nuScenes and Waymo Open were collected with sensor rigs like this.',
  },
  seedImages: ['Untitled 29.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const road = (y: number, dashed = false) => (
      <polyline
        points={pts([
          [X_MIN, y, 0],
          [X_MAX, y, 0],
        ])}
        fill="none"
        stroke="var(--d-line)"
        strokeWidth={1}
        strokeDasharray={dashed ? '8 6' : undefined}
        strokeOpacity={0.7}
      />
    );
    // front camera field of view on the ground
    const fov: Vec3[] = [
      [2.2, 0, 0],
      [10, -5.5, 0],
      [10, 5.5, 0],
    ];
    const [lidarX, lidarY] = P([0, 0, 2.05]);
    const [camX, camY] = P([10, 5.5, 0]);
    return (
      <g>
        {road(-7)}
        {road(7)}
        {road(0, true)}
        <polygon points={pts(fov)} fill="var(--d-fill-4)" fillOpacity={0.55} stroke="var(--d-stroke-4)" strokeWidth={1} strokeDasharray="4 3" />
        <path d={lidarPath()} stroke="var(--d-text)" strokeOpacity={0.75} strokeWidth={2.2} strokeLinecap="round" />
        {OBJECTS.map((o, i) => (
          <Box3D key={i} o={o} />
        ))}
        <EgoCar />

        <line x1={lidarX - 6} y1={lidarY + 4} x2={lidarX - 60} y2={lidarY + 30} stroke="var(--d-stroke-4)" strokeWidth={1} />
        <Label x={lidarX - 64} y={lidarY + 32} size={14} accent={4} anchor="end">
          LiDAR
        </Label>
        <Label x={camX - 8} y={camY + 2} size={13} accent={4} anchor="end">
          {ko ? '카메라 시야' : 'camera view'}
        </Label>
        <Label x={P([11, 3.5, 1.5])[0] - 24} y={P([11, 3.5, 1.5])[1] - 10} size={13} accent={1} anchor="end">
          car
        </Label>
        <Label x={P([14.5, 9.2, 0.9])[0] - 12} y={P([14.5, 9.2, 0.9])[1]} size={13} accent={5} anchor="end">
          pedestrian
        </Label>

        <Label x={20} y={320} size={14} anchor="start" weight="bold">
          {ko ? '대표 데이터셋' : 'Datasets'}
        </Label>
        {[
          ['KITTI (2012)', ko ? 'LiDAR 1 + stereo camera' : 'LiDAR ×1 + stereo cameras'],
          ['nuScenes (2019)', ko ? 'LiDAR 1 + camera 6 + radar 5' : 'LiDAR ×1, cameras ×6, radars ×5'],
          ['Waymo Open (2020)', ko ? 'LiDAR 5 + camera 5' : 'LiDAR ×5, cameras ×5'],
        ].map(([name, rig], i) => (
          <g key={i}>
            <Label x={20} y={346 + i * 24} anchor="start">
              {name}
            </Label>
            <Label x={176} y={346 + i * 24} anchor="start" muted>
              {rig}
            </Label>
          </g>
        ))}
        <Label x={20} y={424} size={13} anchor="start" muted>
          {ko ? '주석: 물체마다 3D box (위치·크기·방향)와 class' : 'labels: a 3D box (position, size, heading) and class per object'}
        </Label>
      </g>
    );
  },
});
