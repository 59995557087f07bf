import { type Cuboid, iso, pts, roomShell, SolidBox, type Vec3 } from './iso';
import { type Accent, Label } from './parts';
import { defineDiagram } from './types';

/** The room's furniture (back to front) and the accent each object has in every view. */
const FURNITURE: { box: Cuboid; accent: Accent }[] = [
  { box: [1, 0.6, 0, 5, 3.6, 1.1], accent: 1 }, // bed
  { box: [0, 4.6, 0, 1, 7.2, 3.2], accent: 4 }, // shelf
  { box: [6.2, 0.8, 0, 8.6, 2.6, 1.4], accent: 2 }, // table
];

/**
 * One rendered frame seen from the highlighted camera, as 2D shapes in a 140 × 100 frame.
 * Each shape has an RGB-style accent, a depth (0 near … 1 far) and an instance colour.
 */
type Shape = { d: string; rgb: string; depth: number; inst: string };
const FRAME: Shape[] = [
  { d: 'M0,0 H140 V56 H0 z', rgb: 'var(--d-surface)', depth: 1, inst: 'var(--d-muted)' }, // wall
  { d: 'M0,56 H140 V67 H0 z', rgb: 'var(--d-fill-3)', depth: 0.9, inst: 'var(--d-stroke-3)' }, // floor, far band
  { d: 'M0,67 H140 V80 H0 z', rgb: 'var(--d-fill-3)', depth: 0.72, inst: 'var(--d-stroke-3)' }, // floor, middle band
  { d: 'M0,80 H140 V100 H0 z', rgb: 'var(--d-fill-3)', depth: 0.5, inst: 'var(--d-stroke-3)' }, // floor, near band
  { d: 'M84,14 H116 V34 H84 z', rgb: 'var(--d-fill-5)', depth: 0.99, inst: 'var(--d-stroke-5)' }, // picture on the wall
  { d: 'M8,18 H30 V64 H8 z', rgb: 'var(--d-fill-4)', depth: 0.8, inst: 'var(--d-stroke-4)' }, // shelf
  { d: 'M106,60 H134 L138,66 H102 z M106,66 h4 v16 h-4 z M130,66 h4 v16 h-4 z', rgb: 'var(--d-fill-2)', depth: 0.6, inst: 'var(--d-stroke-2)' }, // table
  { d: 'M44,60 H92 L100,90 H36 z', rgb: 'var(--d-fill-1)', depth: 0.35, inst: 'var(--d-stroke-1)' }, // bed
];

function Frame({ x, y, mode }: { x: number; y: number; mode: 'rgb' | 'depth' | 'inst' }) {
  return (
    <g transform={`translate(${x},${y})`}>
      <rect width={140} height={100} fill="var(--d-surface)" />
      {FRAME.map((s, i) => {
        if (mode === 'rgb') return <path key={i} d={s.d} fill={s.rgb} stroke="var(--d-line)" strokeWidth={0.8} />;
        if (mode === 'depth') return <path key={i} d={s.d} fill="var(--d-text)" fillOpacity={(0.08 + 0.8 * (1 - s.depth)).toFixed(2)} />;
        return <path key={i} d={s.d} fill={s.inst} fillOpacity={i < 4 ? 0.35 : 0.85} />;
      })}
      <rect width={140} height={100} fill="none" stroke="var(--d-line)" strokeWidth={1.5} />
    </g>
  );
}

export default defineDiagram({
  id: 'scenenet-rgbd',
  width: 480,
  height: 472,
  title: {
    ko: 'SceneNet RGB-D: 합성 실내 장면을 카메라 궤적을 따라 렌더링',
    en: 'SceneNet RGB-D: synthetic indoor scenes rendered along camera trajectories',
  },
  description: {
    ko: '가구를 배치한 합성 실내 장면 안에서 카메라가 궤적을 따라 움직이며, 각 시점마다 RGB 이미지, depth map, instance label을 함께 렌더링한다. 합성 데이터라서 label과 camera pose가 완벽하게 정확하며, SceneNet RGB-D는 이렇게 만든 약 5백만 장의 RGB-D frame을 담고 있다.',
    en: 'A camera moves along a trajectory through a synthetic, furnished indoor scene, and every viewpoint is rendered as an RGB image, a depth map and instance labels together. Because the data is synthetic, labels and camera poses are exact; SceneNet RGB-D contains about 5 million such RGB-D frames.',
  },
  seedImages: ['Untitled 27.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const P = iso(226, 82, 18);
    const { floor, wallX, wallY } = roomShell(10, 8, 3.6);
    // the camera path: a gentle arc in front of the furniture at eye height
    const path: Vec3[] = Array.from({ length: 21 }, (_, i) => {
      const t = i / 20;
      return [9 - 6.5 * t, 7 - 1.5 * Math.sin(Math.PI * t), 2.2];
    });
    const look: Vec3 = [3, 2, 0.8];
    const cams = [2, 8, 14, 19];
    return (
      <g>
        <polygon points={pts(floor.map(P))} fill="var(--d-fill-3)" fillOpacity={0.5} stroke="var(--d-line)" strokeWidth={1} />
        <polygon points={pts(wallX.map(P))} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1} />
        <polygon points={pts(wallY.map(P))} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1} />
        <polygon
          points={pts(
            (
              [
                [3, 0, 1.8],
                [6, 0, 1.8],
                [6, 0, 3],
                [3, 0, 3],
              ] as Vec3[]
            ).map(P),
          )}
          fill="var(--d-fill-5)"
          stroke="var(--d-stroke-5)"
          strokeWidth={1}
        />
        {FURNITURE.map((f, i) => (
          <SolidBox key={i} b={f.box} P={P} accent={f.accent} />
        ))}
        <polyline points={pts(path.map(P))} fill="none" stroke="var(--d-text)" strokeWidth={1.5} strokeDasharray="5 4" />
        {cams.map((k, n) => {
          const c = path[k] ?? path[0]!;
          const [cx, cy] = P(c);
          const [lx, ly] = P(look);
          const len = Math.hypot(lx - cx, ly - cy);
          const ux = (lx - cx) / len;
          const uy = (ly - cy) / len;
          const fx = cx + ux * 18;
          const fy = cy + uy * 18;
          const hi = n === 1;
          return (
            <polygon
              key={k}
              points={pts([
                [cx, cy],
                [fx - uy * 8, fy + ux * 8],
                [fx + uy * 8, fy - ux * 8],
              ])}
              fill={hi ? 'var(--d-fill-5)' : 'var(--d-surface)'}
              stroke={hi ? 'var(--d-stroke-5)' : 'var(--d-text)'}
              strokeWidth={1.5}
            />
          );
        })}
        <Label x={P(path[0]!)[0] - 30} y={P(path[0]!)[1] + 22} size={13} anchor="start" muted>
          {ko ? 'camera 궤적' : 'camera trajectory'}
        </Label>
        <Label x={12} y={16} size={13} anchor="start" muted>
          {ko ? '합성 실내 장면' : 'synthetic room'}
        </Label>

        <Label x={240} y={274} size={14} accent={5}>
          {ko ? '빨간 camera 시점에서 렌더링한 frame' : 'frame rendered at the red camera'}
        </Label>
        <Frame x={14} y={290} mode="rgb" />
        <Frame x={170} y={290} mode="depth" />
        <Frame x={326} y={290} mode="inst" />
        <Label x={84} y={406}>
          RGB
        </Label>
        <Label x={240} y={406}>
          depth
        </Label>
        <Label x={396} y={406}>
          instance label
        </Label>
        <Label x={240} y={436} weight="bold">
          {ko ? 'SceneNet RGB-D: 합성 RGB-D frame 약 5백만 장' : 'SceneNet RGB-D: about 5M synthetic RGB-D frames'}
        </Label>
        <Label x={240} y={458} size={13} muted>
          {ko ? '합성이라 label과 camera pose가 정확하다' : 'synthetic, so labels and camera poses are exact'}
        </Label>
      </g>
    );
  },
});
