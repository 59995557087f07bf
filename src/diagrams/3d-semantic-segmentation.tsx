import type { ReactElement } from 'react';
import { iso, type Vec3 } from './iso';
import { Arrow, ArrowDefs, Box, Label, lcg } from './parts';
import { defineDiagram, type Lang } from './types';

const CARD_W = 100;
const CARD_H = 84;

/** Brain structures on one axial slice; `label` switches from grey MRI intensities to class colours. */
function Slice({ x, y, scale, label }: { x: number; y: number; scale: number; label: boolean }) {
  const cx = x + CARD_W / 2;
  const cy = y + CARD_H / 2;
  const grey = (o: number) => ({ fill: 'var(--d-text)', fillOpacity: o });
  const cls = (n: number) => ({ fill: `var(--d-stroke-${n})`, fillOpacity: 0.8 });
  return (
    <g>
      <ellipse cx={cx} cy={cy} rx={36 * scale} ry={32 * scale} {...(label ? cls(3) : grey(0.45))} />
      <ellipse cx={cx} cy={cy} rx={26 * scale} ry={23 * scale} {...(label ? cls(1) : grey(0.2))} />
      <path
        d={`M${cx - 3},${cy - 12 * scale} q-10,8 -4,${22 * scale} q4,-6 4,-10 z M${cx + 3},${cy - 12 * scale} q10,8 4,${22 * scale} q-4,-6 -4,-10 z`}
        {...(label ? cls(4) : grey(0.75))}
      />
      {scale > 0.95 && <circle cx={cx + 16} cy={cy - 10} r={6} {...(label ? cls(5) : grey(0.6))} />}
    </g>
  );
}

/** A stack of axial slices offset up and to the right: a volume. */
function Volume({ x, y, label }: { x: number; y: number; label: boolean }) {
  const cards: ReactElement[] = [];
  for (let k = 3; k >= 0; k--) {
    const cx = x + k * 8;
    const cy = y - k * 8;
    cards.push(
      <g key={k}>
        <rect x={cx} y={cy} width={CARD_W} height={CARD_H} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.2} />
        <Slice x={cx} y={cy} scale={1 - k * 0.06} label={label} />
      </g>,
    );
  }
  return <g>{cards}</g>;
}

const CLASSES = {
  ko: [
    ['gray matter', 3],
    ['white matter', 1],
    ['뇌실 (ventricle)', 4],
    ['병변 (lesion)', 5],
  ],
  en: [
    ['grey matter', 3],
    ['white matter', 1],
    ['ventricles', 4],
    ['lesion', 5],
  ],
} as const satisfies Record<Lang, readonly (readonly [string, number])[]>;

/** A small room scan as points: floor, a table and a chair; coloured by class when `label` is set. */
function RoomPoints({ ox, oy, label }: { ox: number; oy: number; label: boolean }) {
  const P = iso(ox, oy, 17);
  const rand = lcg(11);
  const groups: { cls: number; pts: Vec3[] }[] = [
    { cls: 0, pts: [] },
    { cls: 3, pts: [] },
    { cls: 2, pts: [] },
    { cls: 1, pts: [] },
  ];
  const [wall, floor, table, chair] = groups.map((g) => g.pts) as [Vec3[], Vec3[], Vec3[], Vec3[]];
  for (let i = 0; i < 60; i++) wall.push([rand() * 6, 0, rand() * 2.6]);
  // the floor under the furniture is occluded in a real scan, so it has no points
  while (floor.length < 120) {
    const p: Vec3 = [rand() * 6, rand() * 5, 0];
    const underTable = p[0] > 0.9 && p[0] < 3.7 && p[1] > 1.1 && p[1] < 3.1;
    const underChair = p[0] > 4.1 && p[0] < 5.5 && p[1] > 2 && p[1] < 3.4;
    if (!underTable && !underChair) floor.push(p);
  }
  for (let i = 0; i < 60; i++) table.push([1 + rand() * 2.6, 1.2 + rand() * 1.8, 2]);
  for (let i = 0; i < 32; i++) {
    const leg = i % 4;
    table.push([leg % 2 ? 3.5 : 1.1, leg < 2 ? 1.3 : 2.9, rand() * 2]);
  }
  for (let i = 0; i < 24; i++) chair.push([4.2 + rand() * 1.2, 2.1 + rand() * 1.2, 1.1]);
  for (let i = 0; i < 24; i++) chair.push([5.4, 2.1 + rand() * 1.2, 1.1 + rand() * 1.5]);
  for (let i = 0; i < 16; i++) {
    const leg = i % 4;
    chair.push([leg % 2 ? 5.3 : 4.3, leg < 2 ? 2.2 : 3.2, rand() * 1.1]);
  }
  return (
    <g>
      {groups.map((g, i) => {
        const d = g.pts
          .map((p) => {
            const [sx, sy] = P(p);
            return `M${sx.toFixed(1)},${sy.toFixed(1)}h0`;
          })
          .join('');
        return (
          <path
            key={i}
            d={d}
            stroke={label && g.cls ? `var(--d-stroke-${g.cls})` : 'var(--d-text)'}
            strokeOpacity={label && g.cls ? 1 : 0.55}
            strokeWidth={3.2}
            strokeLinecap="round"
          />
        );
      })}
    </g>
  );
}

export default defineDiagram({
  id: '3d-semantic-segmentation',
  width: 480,
  height: 474,
  title: {
    ko: '3D semantic segmentation: voxel·point마다 class',
    en: '3D semantic segmentation: a class for every voxel or point',
  },
  description: {
    ko: '뇌 MRI 같은 3D 영상 volume을 3D CNN(예: 3D U-Net)에 넣으면 모든 voxel에 gray matter, white matter, 뇌실, 병변 같은 class가 붙는다. 같은 일을 실내 scan의 point cloud에 하면 point마다 벽, 바닥, table, chair 같은 class가 붙는다.',
    en: 'A 3D scan volume such as a brain MRI goes through a 3D CNN (e.g. a 3D U-Net), and every voxel receives a class such as grey matter, white matter, ventricle or lesion. Done on the point cloud of an indoor scan, the same task gives every point a class such as wall, floor, table or chair.',
  },
  seedImages: ['Untitled 32.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    return (
      <g>
        <ArrowDefs />
        <Label x={14} y={16} anchor="start" weight="bold">
          {ko ? '의료 영상 volume (뇌 MRI)' : 'medical volume (brain MRI)'}
        </Label>
        <Volume x={14} y={60} label={false} />
        <Label x={78} y={162} size={13}>
          {ko ? '입력: 밝기 값' : 'input: intensities'}
        </Label>
        <Arrow points={[146, 104, 168, 104]} />
        <Box x={170} y={80} w={120} h={48} accent={1} label={ko ? ['3D CNN', '(예: 3D U-Net)'] : ['3D CNN', '(e.g. 3D U-Net)']} fontSize={14} />
        <Arrow points={[290, 104, 312, 104]} />
        <Volume x={316} y={60} label />
        <Label x={380} y={162} size={13}>
          {ko ? '출력: voxel마다 class' : 'output: class per voxel'}
        </Label>
        {CLASSES[lang].map(([name, accent], i) => {
          const x = 24 + (i % 2) * 220;
          const y = 190 + Math.floor(i / 2) * 22;
          return (
            <g key={name}>
              <rect x={x} y={y - 7} width={14} height={14} fill={`var(--d-stroke-${accent})`} fillOpacity={0.8} />
              <Label x={x + 20} y={y} size={13} anchor="start">
                {name}
              </Label>
            </g>
          );
        })}

        <line x1={14} y1={246} x2={466} y2={246} stroke="var(--d-line)" strokeOpacity={0.4} />
        <Label x={14} y={266} anchor="start" weight="bold">
          {ko ? '실내 scan의 point cloud' : 'point cloud of an indoor scan'}
        </Label>
        <RoomPoints ox={108} oy={324} label={false} />
        <Arrow points={[212, 360, 250, 360]} />
        <Label x={231} y={346} size={13} muted>
          {ko ? '분할' : 'segment'}
        </Label>
        <RoomPoints ox={348} oy={324} label />
        <Label x={118} y={436} size={13}>
          {ko ? 'point (x, y, z)' : 'points (x, y, z)'}
        </Label>
        <Label x={358} y={436} size={13}>
          {ko ? 'point마다 class' : 'a class per point'}
        </Label>
        {(
          [
            ['wall', 0],
            ['floor', 3],
            ['table', 2],
            ['chair', 1],
          ] as const
        ).map(([name, accent], i) => (
          <Label key={name} x={280 + i * 54} y={460} size={13} accent={accent} muted={accent === 0}>
            {ko ? { wall: '벽', floor: '바닥', table: 'table', chair: 'chair' }[name] : name}
          </Label>
        ))}
      </g>
    );
  },
});
