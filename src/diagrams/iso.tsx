/**
 * Isometric 3D drawing shared by the 3D diagrams: x runs to the lower right, y to the lower left, z up;
 * the viewer looks along −(1, 1, 1), so a larger x + y + z is nearer and boxes are drawn back to front.
 */
import { type Accent, fillColor, strokeColor } from './parts';

export type Vec3 = [number, number, number];
/** Axis-aligned box [x0, y0, z0, x1, y1, z1]. */
export type Cuboid = readonly [number, number, number, number, number, number];
/** Maps a 3D point to screen coordinates. */
export type Project = (p: Vec3) => [number, number];

export const C30 = Math.cos(Math.PI / 6);

/** The isometric projection with the origin at screen (ox, oy) and `s` pixels per unit. */
export const iso =
  (ox: number, oy: number, s: number): Project =>
  (p) => [ox + (p[0] - p[1]) * C30 * s, oy + ((p[0] + p[1]) / 2 - p[2]) * s];

/** Screen points as an SVG `points` list, one decimal each. */
export const pts = (list: [number, number][]) => list.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/** The three faces of a box the viewer sees: top (+z), right (+x), left (+y), with how much each is darkened. */
export function visibleFaces(b: Cuboid): { corners: Vec3[]; shade: number }[] {
  const [x0, y0, z0, x1, y1, z1] = b;
  return [
    {
      corners: [
        [x0, y0, z1],
        [x1, y0, z1],
        [x1, y1, z1],
        [x0, y1, z1],
      ],
      shade: 0,
    },
    {
      corners: [
        [x1, y0, z0],
        [x1, y1, z0],
        [x1, y1, z1],
        [x1, y0, z1],
      ],
      shade: 0.12,
    },
    {
      corners: [
        [x0, y1, z0],
        [x1, y1, z0],
        [x1, y1, z1],
        [x0, y1, z1],
      ],
      shade: 0.24,
    },
  ];
}

/** Floor and the two back walls (on the x = 0 and y = 0 planes) of a room w × d × h. */
export function roomShell(w: number, d: number, h: number): { floor: Vec3[]; wallX: Vec3[]; wallY: Vec3[] } {
  return {
    floor: [
      [0, 0, 0],
      [w, 0, 0],
      [w, d, 0],
      [0, d, 0],
    ],
    wallX: [
      [0, 0, 0],
      [0, d, 0],
      [0, d, h],
      [0, 0, h],
    ],
    wallY: [
      [0, 0, 0],
      [w, 0, 0],
      [w, 0, h],
      [0, 0, h],
    ],
  };
}

interface SolidBoxProps {
  b: Cuboid;
  P: Project;
  /** 0 draws a plain surface with the line colour */
  accent: Accent;
  /** `hidden[i]` drops face i (top, +x, +y), e.g. where a neighbouring voxel covers it */
  hidden?: readonly boolean[];
  /** fill opacity of the whole box, its shading included */
  opacity?: number;
  /** set fill and stroke once on the enclosing group rather than on every face: the same picture in less markup */
  groupPaint?: boolean;
}

/**
 * A solid box: one outlined polygon per visible face; side faces are darkened by a translucent text-colour
 * overlay so shading follows the theme.
 */
export function SolidBox({ b, P, accent, hidden, opacity, groupPaint = false }: SolidBoxProps) {
  const fill = fillColor(accent);
  const stroke = strokeColor(accent);
  const faces = visibleFaces(b).map(({ corners, shade }, i) => {
    if (hidden?.[i]) return null;
    const poly = pts(corners.map(P));
    return (
      <g key={i}>
        {groupPaint ? (
          <polygon points={poly} />
        ) : (
          <polygon points={poly} fill={fill} fillOpacity={opacity} stroke={stroke} strokeWidth={1} strokeLinejoin="round" />
        )}
        {shade > 0 && <polygon points={poly} fill="var(--d-text)" fillOpacity={shade * (opacity ?? 1)} stroke={groupPaint ? 'none' : undefined} />}
      </g>
    );
  });
  if (!groupPaint) return <g>{faces}</g>;
  return (
    <g fill={fill} fillOpacity={opacity} stroke={stroke} strokeWidth={1} strokeLinejoin="round">
      {faces}
    </g>
  );
}

/** Boxes (back to front) drawn as a triangle mesh: each visible face cut into cells about `cell` units wide, each split by a diagonal. */
export function MeshBoxes({ boxes, P, accent, cell }: { boxes: readonly Cuboid[]; P: Project; accent: Accent; cell: number }) {
  const stroke = strokeColor(accent);
  return (
    <g>
      {boxes.map((b, i) => (
        <g key={i}>
          {visibleFaces(b).map(({ corners, shade }, j) => {
            const [c0, c1, c2, c3] = corners as [Vec3, Vec3, Vec3, Vec3];
            const lerp = (a: Vec3, q: Vec3, t: number): Vec3 => [a[0] + (q[0] - a[0]) * t, a[1] + (q[1] - a[1]) * t, a[2] + (q[2] - a[2]) * t];
            const len = (a: Vec3, q: Vec3) => Math.hypot(q[0] - a[0], q[1] - a[1], q[2] - a[2]);
            const nu = Math.max(1, Math.round(len(c0, c1) / cell));
            const nv = Math.max(1, Math.round(len(c1, c2) / cell));
            const at = (u: number, v: number) => P(lerp(lerp(c0, c1, u / nu), lerp(c3, c2, u / nu), v / nv));
            const seg = (p: [number, number], q: [number, number]) => `M${pts([p])}L${pts([q])}`;
            let d = '';
            for (let u = 1; u < nu; u++) d += seg(at(u, 0), at(u, nv));
            for (let v = 1; v < nv; v++) d += seg(at(0, v), at(nu, v));
            for (let u = 0; u < nu; u++) for (let v = 0; v < nv; v++) d += seg(at(u, v), at(u + 1, v + 1));
            const poly = pts([c0, c1, c2, c3].map(P));
            return (
              <g key={j}>
                <polygon points={poly} fill={fillColor(accent)} stroke={stroke} strokeWidth={1} strokeLinejoin="round" />
                {shade > 0 && <polygon points={poly} fill="var(--d-text)" fillOpacity={shade} />}
                <path d={d} fill="none" stroke={stroke} strokeWidth={0.6} />
              </g>
            );
          })}
        </g>
      ))}
    </g>
  );
}

/** Occupied cells of a coarse voxel chair (4 × 4 × 9: four legs, a seat, a back), sorted back to front. */
export function chairVoxels(): Vec3[] {
  const cells: Vec3[] = [];
  for (let x = 0; x < 4; x++) for (let y = 0; y < 4; y++) cells.push([x, y, 4]);
  for (const [x, y] of [
    [0, 0],
    [3, 0],
    [0, 3],
    [3, 3],
  ] as const)
    for (let z = 0; z < 4; z++) cells.push([x, y, z]);
  for (let x = 0; x < 4; x++) for (let z = 5; z < 9; z++) cells.push([x, 0, z]);
  return cells.sort((a, b) => a[0] + a[1] + a[2] - (b[0] + b[1] + b[2]));
}

/** For cells drawn back to front: which of a cell's visible faces (top, +x, +y) the next occupied cell covers. */
export function coveredFaces(cells: readonly Vec3[]): (cell: Vec3) => boolean[] {
  const occupied = new Set(cells.map((c) => c.join(',')));
  const has = (x: number, y: number, z: number) => occupied.has(`${x},${y},${z}`);
  return ([x, y, z]) => [has(x, y, z + 1), has(x + 1, y, z), has(x, y + 1, z)];
}

/** The voxel chair as unit cubes with `at` as its corner; faces between two cubes are left out. */
export function VoxelChair({ P, at = [0, 0, 0], opacity }: { P: Project; at?: Vec3; opacity?: number }) {
  const cells = chairVoxels();
  const covered = coveredFaces(cells);
  return (
    <g>
      {cells.map((c, i) => {
        const [x, y, z] = c;
        return (
          <SolidBox
            key={i}
            b={[at[0] + x, at[1] + y, at[2] + z, at[0] + x + 1, at[1] + y + 1, at[2] + z + 1]}
            P={P}
            accent={4}
            hidden={covered(c)}
            opacity={opacity}
            groupPaint
          />
        );
      })}
    </g>
  );
}
