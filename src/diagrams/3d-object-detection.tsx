import { iso, pts, type Vec3 } from './iso';
import { Arrow, ArrowDefs, Box, Label, lcg } from './parts';
import { defineDiagram } from './types';

/** Input 1: LiDAR returns of a car seen from one side, an L-shaped cluster over ground rings (top view). */
function PointPanel({ x, y }: { x: number; y: number }) {
  const rand = lcg(3);
  let d = '';
  const dot = (px: number, py: number) => (d += `M${px.toFixed(1)},${py.toFixed(1)}h0`);
  for (let r = 24; r <= 72; r += 16) for (let a = -1.1; a <= 1.1; a += 0.1) dot(x + 10 + r * Math.cos(a), y + 42 + r * Math.sin(a) * 0.6);
  // the car: returns on its near side and rear form an L
  let car = '';
  const carDot = (px: number, py: number) => (car += `M${px.toFixed(1)},${py.toFixed(1)}h0`);
  for (let i = 0; i < 22; i++) carDot(x + 64 + rand() * 44, y + 52 + rand() * 3);
  for (let i = 0; i < 10; i++) carDot(x + 62 + rand() * 3, y + 34 + rand() * 20);
  return (
    <g>
      <rect x={x} y={y} width={124} height={84} rx={4} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
      <path d={d} stroke="var(--d-text)" strokeOpacity={0.55} strokeWidth={2} strokeLinecap="round" />
      <path d={car} stroke="var(--d-stroke-1)" strokeWidth={3} strokeLinecap="round" />
      <circle cx={x + 10} cy={y + 42} r={3} fill="var(--d-stroke-4)" />
    </g>
  );
}

/** Input 2: a camera image of a car on a road. */
function ImagePanel({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <rect x={x} y={y} width={124} height={84} rx={4} fill="var(--d-fill-1)" stroke="var(--d-line)" strokeWidth={1.5} />
      <path d={`M${x + 1},${y + 83} L${x + 52},${y + 36} H${x + 72} L${x + 123},${y + 83} z`} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1} />
      <g stroke="var(--d-text)" strokeWidth={1.2}>
        <path d={`M${x + 46},${y + 62} v-10 l6,-8 h20 l6,8 v10 z`} fill="var(--d-fill-2)" />
        <circle cx={x + 52} cy={y + 63} r={3.5} fill="var(--d-surface)" />
        <circle cx={x + 72} cy={y + 63} r={3.5} fill="var(--d-surface)" />
      </g>
    </g>
  );
}

/** Corners of a box with centre c, size (l, w, h) and heading yaw about z: bottom four, then top four. */
function corners(c: Vec3, l: number, w: number, h: number, yaw: number): Vec3[] {
  const cs = Math.cos(yaw);
  const sn = Math.sin(yaw);
  const foot = [
    [l / 2, w / 2],
    [-l / 2, w / 2],
    [-l / 2, -w / 2],
    [l / 2, -w / 2],
  ].map(([a, b]): [number, number] => [c[0] + a! * cs - b! * sn, c[1] + a! * sn + b! * cs]);
  return [...foot.map(([x, y]): Vec3 => [x, y, c[2] - h / 2]), ...foot.map(([x, y]): Vec3 => [x, y, c[2] + h / 2])];
}

export default defineDiagram({
  id: '3d-object-detection',
  width: 460,
  height: 408,
  title: {
    ko: '3D object detection: 위치·크기·방향을 가진 3D box',
    en: '3D object detection: boxes with position, size and heading',
  },
  description: {
    ko: 'LiDAR point cloud나 카메라 이미지를 입력받은 3D detector가 물체마다 3D bounding box를 낸다. 각 box는 중심 위치 (x, y, z), 크기 (l, w, h), 위에서 본 방향(heading) θ와 class로 표현된다.',
    en: 'A 3D detector takes a LiDAR point cloud or a camera image and outputs a 3D bounding box for every object. Each box is described by its centre (x, y, z), its size (l, w, h), its heading θ seen from above, and a class.',
  },
  seedImages: ['Untitled 31.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const yaw = (-30 * Math.PI) / 180;
    const c: Vec3 = [0, 0, 0.8];
    const P = iso(118, 262, 30);
    const v = corners(c, 4.2, 1.9, 1.6, yaw);
    const sv = v.map(P);
    const at = (i: number) => sv[i] ?? [0, 0];
    // the corner farthest from the viewer (smallest x + y) has its three edges hidden
    const far = [0, 1, 2, 3].reduce((best, i) => (v[i]![0] + v[i]![1] < v[best]![0] + v[best]![1] ? i : best), 0);
    const edges: [number, number][] = [
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 0],
      [4, 5],
      [5, 6],
      [6, 7],
      [7, 4],
      [0, 4],
      [1, 5],
      [2, 6],
      [3, 7],
    ];
    const hidden = (e: [number, number]) => e.includes(far);
    const [cx, cy] = P(c);
    const nose = P([c[0] + 2.1 * Math.cos(yaw), c[1] + 2.1 * Math.sin(yaw), c[2] + 0.8]);
    const topC = P([c[0], c[1], c[2] + 0.8]);
    // a dimension label sits just outside the middle of a visible edge
    const sc: [number, number] = [sv.reduce((a, p) => a + p[0], 0) / 8, sv.reduce((a, p) => a + p[1], 0) / 8];
    const outside = (a: number, b: number, gap = 14): [number, number] => {
      const m: [number, number] = [(at(a)[0] + at(b)[0]) / 2, (at(a)[1] + at(b)[1]) / 2];
      const dx = m[0] - sc[0];
      const dy = m[1] - sc[1];
      const n = Math.hypot(dx, dy) || 1;
      return [m[0] + (dx / n) * gap, m[1] + (dy / n) * gap];
    };
    const lEdge: [number, number] = hidden([0, 1]) ? [2, 3] : [0, 1];
    const wEdge: [number, number] = hidden([1, 2]) ? [3, 0] : [1, 2];
    const left = [0, 1, 2, 3].reduce((best, i) => (at(i)[0] < at(best)[0] ? i : best), 0);
    const lPos = outside(...lEdge);
    const wPos = outside(...wEdge);
    const hPos = outside(left, left + 4);
    const bx = 360; // bird's-eye view centre
    const by = 262;
    const k = 22;
    const bev = corners([0, 0, 0], 4.2, 1.9, 0, yaw)
      .slice(0, 4)
      .map(([x, y]): [number, number] => [bx + x * k, by - y * k]);
    const arcR = 62;
    return (
      <g>
        <ArrowDefs />
        {/* inputs and detector */}
        <PointPanel x={10} y={14} />
        <Label x={72} y={114}>
          point cloud
        </Label>
        <Label x={158} y={56} muted>
          {ko ? '또는' : 'or'}
        </Label>
        <ImagePanel x={192} y={14} />
        <Label x={254} y={114}>
          {ko ? '이미지' : 'image'}
        </Label>
        <Arrow points={[318, 56, 338, 56]} />
        <Box x={340} y={30} w={110} h={52} accent={1} label={ko ? ['3D detector', '(예: VoxelNet)'] : ['3D detector', '(e.g. VoxelNet)']} fontSize={13} />
        <Arrow points={[395, 82, 395, 132, 230, 132, 230, 150]} />
        <Label x={312} y={146} size={13} muted>
          {ko ? '물체마다 box 하나' : 'one box per object'}
        </Label>

        {/* one output box in 3D */}
        <polygon points={pts([at(4), at(5), at(6), at(7)])} fill="var(--d-fill-1)" fillOpacity={0.6} />
        {edges.map((e, i) => (
          <polyline
            key={i}
            points={pts([at(e[0]), at(e[1])])}
            fill="none"
            stroke="var(--d-stroke-1)"
            strokeWidth={hidden(e) ? 1 : 1.8}
            strokeDasharray={hidden(e) ? '4 3' : undefined}
          />
        ))}
        <polyline points={pts([topC, nose])} fill="none" stroke="var(--d-stroke-5)" strokeWidth={2} markerEnd="url(#d-arrow)" />
        <circle cx={cx} cy={cy} r={3.5} fill="var(--d-text)" />
        <line x1={cx} y1={cy} x2={cx - 50} y2={cy - 70} stroke="var(--d-text)" strokeWidth={0.8} />
        <Label x={cx - 52} y={cy - 80} size={14}>
          {ko ? '중심 (x, y, z)' : 'centre (x, y, z)'}
        </Label>
        <Label x={lPos[0]} y={lPos[1]} size={15} italic accent={1}>
          l
        </Label>
        <Label x={wPos[0]} y={wPos[1]} size={15} italic accent={1}>
          w
        </Label>
        <Label x={hPos[0]} y={hPos[1]} size={15} italic accent={1}>
          h
        </Label>
        <Label x={nose[0] + 26} y={nose[1] - 14} size={13} accent={5} anchor="start">
          heading
        </Label>

        {/* bird's-eye view with the heading angle */}
        <Label x={bx} y={by - 64} size={13} muted>
          {ko ? '위에서 본 모습' : 'seen from above'}
        </Label>
        <line x1={bx - 70} y1={by} x2={bx + 82} y2={by} stroke="var(--d-line)" strokeWidth={1} markerEnd="url(#d-arrow)" />
        <Label x={bx + 80} y={by - 12} size={13} muted italic>
          x
        </Label>
        <polygon points={pts(bev)} fill="var(--d-fill-1)" stroke="var(--d-stroke-1)" strokeWidth={1.8} />
        <polyline
          points={pts([
            [bx, by],
            [bx + 84 * Math.cos(yaw), by - 84 * Math.sin(yaw)],
          ])}
          fill="none"
          stroke="var(--d-stroke-5)"
          strokeWidth={2}
          markerEnd="url(#d-arrow)"
        />
        <path
          d={`M${bx + arcR},${by} A${arcR},${arcR} 0 0 ${yaw < 0 ? 1 : 0} ${(bx + arcR * Math.cos(yaw)).toFixed(1)},${(by - arcR * Math.sin(yaw)).toFixed(1)}`}
          fill="none"
          stroke="var(--d-stroke-5)"
          strokeWidth={1.3}
        />
        <Label x={bx + (arcR + 12) * Math.cos(yaw / 2)} y={by - (arcR + 12) * Math.sin(yaw / 2)} size={15} italic accent={5}>
          θ
        </Label>

        {/* the output parameters */}
        <Label x={230} y={340} weight="bold">
          {ko ? 'box = (x, y, z, l, w, h, θ) + class' : 'box = (x, y, z, l, w, h, θ) + class'}
        </Label>
        <Label x={230} y={364} size={13} muted>
          {ko ? '중심 위치 · 크기 · heading 방향 (+ 신뢰도 score)' : 'centre · size · heading (+ a confidence score)'}
        </Label>
        <Label x={230} y={390} size={13} muted>
          {ko ? '예: 자율주행 — VoxelNet, PointPillars' : 'e.g. autonomous driving: VoxelNet, PointPillars'}
        </Label>
      </g>
    );
  },
});
