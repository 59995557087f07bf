import type { ReactElement } from 'react';
import { C30, type Cuboid, iso, type Project, pts, SolidBox, type Vec3, visibleFaces, VoxelChair } from './iso';
import { Label, lcg } from './parts';
import { defineDiagram } from './types';

/** The chair, a seat on four legs with a back rest; drawing order is back to front. */
const LEGS: Cuboid[] = [
  [0, 0, 0, 0.6, 0.6, 4],
  [3.4, 0, 0, 4, 0.6, 4],
  [0, 3.4, 0, 0.6, 4, 4],
  [3.4, 3.4, 0, 4, 4, 4],
];
const SEAT: Cuboid = [0, 0, 4, 4, 4, 4.8];
const BACK: Cuboid = [0, 0, 4.8, 4, 0.6, 9];
const CHAIR: Cuboid[] = [...LEGS, SEAT, BACK];

function MultiView({ x, y }: { x: number; y: number }) {
  // front (x–z), side (y–z) and top (x–y) silhouettes of the chair
  const k = 5.4;
  const views: { rects: [number, number, number, number][] }[] = [
    { rects: CHAIR.map((b) => [b[0], b[2], b[3], b[5]]) },
    { rects: CHAIR.map((b) => [b[1], b[2], b[4], b[5]]) },
    { rects: CHAIR.map((b) => [b[0], 9 - b[4] * 2.2, b[3], 9 - b[1] * 2.2]) },
  ];
  return (
    <g>
      {views.map((v, i) => {
        const fx = x + i * 48;
        return (
          <g key={i}>
            <rect x={fx} y={y} width={44} height={62} rx={3} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1} />
            {v.rects.map(([a0, c0, a1, c1], j) => (
              <rect
                key={j}
                x={fx + 11 + a0 * k}
                y={y + 56 - c1 * k}
                width={(a1 - a0) * k}
                height={(c1 - c0) * k}
                fill="var(--d-fill-1)"
                stroke="var(--d-stroke-1)"
                strokeWidth={0.8}
              />
            ))}
          </g>
        );
      })}
    </g>
  );
}

/** A real (tiny) depth map: one orthographic ray per pixel along the view direction, nearest hit wins. */
function DepthMap({ ox, oy, s }: { ox: number; oy: number; s: number }) {
  const px = 4;
  const half = 15;
  const rows: ReactElement[] = [];
  const levels = 6;
  // the chair spans 9 units above the origin and 4 below it on screen
  for (let j = Math.floor((-9.2 * s) / px); j < Math.ceil((4.2 * s) / px); j++) {
    let run: { start: number; level: number } | null = null;
    const flush = (end: number) => {
      if (run && run.level >= 0) {
        rows.push(
          <rect
            key={`${j}-${run.start}`}
            x={ox + run.start * px}
            y={oy + j * px}
            width={(end - run.start) * px}
            height={px}
            fill="var(--d-text)"
            fillOpacity={(0.18 + (0.72 * run.level) / (levels - 1)).toFixed(2)}
          />,
        );
      }
    };
    for (let i = -half; i <= half; i++) {
      let level = -1;
      if (i < half) {
        const u = ((i + 0.5) * px) / s / C30;
        const v = ((j + 0.5) * px) / s;
        // point on the ray at z = 0, then march along (1, 1, 1) towards the viewer
        const p0: Vec3 = [(u + 2 * v) / 2, (2 * v - u) / 2, 0];
        let best = -Infinity;
        for (const b of CHAIR) {
          let t0 = -Infinity;
          let t1 = Infinity;
          for (let a = 0; a < 3; a++) {
            t0 = Math.max(t0, (b[a] ?? 0) - p0[a]!);
            t1 = Math.min(t1, (b[a + 3] ?? 0) - p0[a]!);
          }
          if (t0 <= t1) best = Math.max(best, t1);
        }
        if (best > -Infinity) {
          // nearness of the hit point, x + y + z ranges over about 0 … 17 for this chair
          const near = (p0[0] + p0[1] + 3 * best) / 17;
          level = Math.max(0, Math.min(levels - 1, Math.round(near * (levels - 1))));
        }
      }
      if (!run || run.level !== level) {
        flush(i);
        run = { start: i, level };
      }
    }
    flush(half);
  }
  return <g>{rows}</g>;
}

function PointCloud({ P }: { P: Project }) {
  const rand = lcg(7);
  // nearer points are drawn more opaque; dots are zero-length round-capped strokes, one path per level
  const levels = ['', '', '', ''];
  for (const b of CHAIR) {
    const [x0, y0, z0, x1, y1, z1] = b;
    const dx = x1 - x0;
    const dy = y1 - y0;
    const dz = z1 - z0;
    const faces = [dx * dy, dx * dy, dy * dz, dy * dz, dx * dz, dx * dz];
    const area = faces.reduce((a, c) => a + c, 0);
    const count = Math.round(area * 3);
    for (let k = 0; k < count; k++) {
      // pick a face in proportion to its area, then a uniform point on it
      let r = rand() * area;
      let f = 0;
      while (f < 5 && r > (faces[f] ?? 0)) r -= faces[f++] ?? 0;
      const a = rand();
      const c = rand();
      const p: Vec3 =
        f < 2
          ? [x0 + a * dx, y0 + c * dy, f === 0 ? z0 : z1]
          : f < 4
            ? [f === 2 ? x0 : x1, y0 + a * dy, z0 + c * dz]
            : [x0 + a * dx, f === 4 ? y0 : y1, z0 + c * dz];
      const [sx, sy] = P(p);
      const level = Math.min(3, Math.floor(((p[0] + p[1] + p[2]) / 17) * 4));
      levels[level] += `M${sx.toFixed(1)},${sy.toFixed(1)}h0`;
    }
  }
  return (
    <g>
      {levels.map((d, i) => (
        <path key={i} d={d} stroke="var(--d-stroke-2)" strokeOpacity={(0.4 + 0.2 * i).toFixed(1)} strokeWidth={2.3} strokeLinecap="round" />
      ))}
    </g>
  );
}

function Mesh({ P }: { P: Project }) {
  return (
    <g>
      {CHAIR.map((b, i) => (
        <g key={i}>
          {visibleFaces(b).map((f, j) => {
            const [c0, c1, c2, c3] = f.corners as [Vec3, Vec3, Vec3, Vec3];
            // split long faces into a grid of quads, each with one diagonal: a triangle mesh
            const lerp = (a: Vec3, b2: Vec3, t: number): Vec3 => [a[0] + (b2[0] - a[0]) * t, a[1] + (b2[1] - a[1]) * t, a[2] + (b2[2] - a[2]) * t];
            const len = (a: Vec3, b2: Vec3) => Math.hypot(b2[0] - a[0], b2[1] - a[1], b2[2] - a[2]);
            const nu = Math.max(1, Math.round(len(c0, c1) / 1.5));
            const nv = Math.max(1, Math.round(len(c1, c2) / 1.5));
            const at = (u: number, v: number) => lerp(lerp(c0, c1, u / nu), lerp(c3, c2, u / nu), v / nv);
            const seg = (a: Vec3, b2: Vec3) => `M${pts([P(a)])}L${pts([P(b2)])}`;
            let d = '';
            for (let u = 0; u <= nu; u++) d += seg(at(u, 0), at(u, nv));
            for (let v = 0; v <= nv; v++) d += seg(at(0, v), at(nu, v));
            for (let u = 0; u < nu; u++) for (let v = 0; v < nv; v++) d += seg(at(u, v), at(u + 1, v + 1));
            const poly = pts([c0, c1, c2, c3].map(P));
            return (
              <g key={j}>
                <polygon points={poly} fill="var(--d-fill-3)" />
                {f.shade > 0 && <polygon points={poly} fill="var(--d-text)" fillOpacity={f.shade} />}
                <path d={d} fill="none" stroke="var(--d-stroke-3)" strokeWidth={0.8} />
              </g>
            );
          })}
        </g>
      ))}
    </g>
  );
}

/** Signed distance to the chair's side profile (the slice x = 0.3) in the (y, z) plane. */
const PROFILE: [number, number, number, number][] = [
  [0, 0, 0.6, 4],
  [3.4, 0, 4, 4],
  [0, 4, 4, 4.8],
  [0, 4.8, 0.6, 9],
];
function sdf(y: number, z: number) {
  let d = Infinity;
  for (const [y0, z0, y1, z1] of PROFILE) {
    const qy = Math.abs(y - (y0 + y1) / 2) - (y1 - y0) / 2;
    const qz = Math.abs(z - (z0 + z1) / 2) - (z1 - z0) / 2;
    d = Math.min(d, Math.hypot(Math.max(qy, 0), Math.max(qz, 0)) + Math.min(Math.max(qy, qz), 0));
  }
  return d;
}

/** Marching squares: the level set sdf = level as line segments (in (y, z) units). */
function contour(level: number, step: number, y0: number, y1: number, z0: number, z1: number) {
  const segs: [number, number, number, number][] = [];
  for (let y = y0; y < y1; y += step) {
    for (let z = z0; z < z1; z += step) {
      const corners: [number, number][] = [
        [y, z],
        [y + step, z],
        [y + step, z + step],
        [y, z + step],
      ];
      const v = corners.map(([a, b]) => sdf(a, b) - level);
      const cross: [number, number][] = [];
      for (let e = 0; e < 4; e++) {
        const a = v[e] ?? 0;
        const b = v[(e + 1) % 4] ?? 0;
        if (a < 0 !== b < 0) {
          const t = a / (a - b);
          const [ay, az] = corners[e]!;
          const [by, bz] = corners[(e + 1) % 4]!;
          cross.push([ay + (by - ay) * t, az + (bz - az) * t]);
        }
      }
      for (let k = 0; k + 1 < cross.length; k += 2) segs.push([cross[k]![0], cross[k]![1], cross[k + 1]![0], cross[k + 1]![1]]);
    }
  }
  return segs;
}

function Implicit({ x, y }: { x: number; y: number }) {
  const k = 8.5; // px per unit
  const map = (yy: number, zz: number): [number, number] => [x + (yy + 1.2) * k, y + (10.2 - zz) * k];
  const path = (level: number) =>
    contour(level, 0.2, -1.2, 5.2, -1.2, 10.2)
      .map(([a, b, c, d]) => {
        const [p, q] = map(a, b);
        const [r, s] = map(c, d);
        return `M${p.toFixed(1)},${q.toFixed(1)}L${r.toFixed(1)},${s.toFixed(1)}`;
      })
      .join('');
  const fz = map(0.6, 7); // a point on the back rest's edge
  const fi = map(2.4, 4.4); // a point inside the seat
  const inside = PROFILE.map(([y0, z0, y1, z1], i) => {
    const [ax, ay] = map(y0, z1);
    return <rect key={i} x={ax} y={ay} width={(y1 - y0) * k} height={(z1 - z0) * k} fill="var(--d-fill-5)" />;
  });
  return (
    <g>
      {inside}
      <path d={path(1)} fill="none" stroke="var(--d-muted)" strokeWidth={0.9} strokeDasharray="3 2" />
      <path d={path(0.5)} fill="none" stroke="var(--d-muted)" strokeWidth={0.9} strokeDasharray="3 2" />
      <path d={path(0)} fill="none" stroke="var(--d-stroke-5)" strokeWidth={1.8} />
      <line x1={fz[0]} y1={fz[1]} x2={x + 94} y2={y + 14} stroke="var(--d-stroke-5)" strokeWidth={0.8} />
      <Label x={x + 96} y={y + 14} size={13} accent={5} anchor="start">
        f = 0
      </Label>
      <Label x={x + 96} y={y + 40} size={13} muted anchor="start">
        f &gt; 0
      </Label>
      <line x1={fi[0]} y1={fi[1]} x2={x + 94} y2={y + 66} stroke="var(--d-text)" strokeWidth={0.8} />
      <circle cx={fi[0]} cy={fi[1]} r={1.8} fill="var(--d-text)" />
      <Label x={x + 96} y={y + 66} size={13} anchor="start">
        f &lt; 0
      </Label>
    </g>
  );
}

function PartAssembly({ P }: { P: Project }) {
  // parts pulled apart along z so the assembly reads as separate primitives
  const shift = (b: Cuboid, dz: number): Cuboid => [b[0], b[1], b[2] + dz, b[3], b[4], b[5] + dz];
  return (
    <g>
      {LEGS.map((b, i) => (
        <SolidBox key={i} b={shift(b, -1)} P={P} accent={3} groupPaint />
      ))}
      <SolidBox b={SEAT} P={P} accent={2} groupPaint />
      <SolidBox b={shift(BACK, 1.2)} P={P} accent={1} groupPaint />
    </g>
  );
}

const PANEL_W = 150;
const PANEL_H = 152;
const COL_X = [8, 165, 322] as const;
const ROW_Y = [6, 166, 326] as const;

function Panel({ col, row, title, sub, children }: { col: 0 | 1 | 2; row: 0 | 1 | 2; title: string; sub?: string; children: ReactElement }) {
  const x = COL_X[col];
  const y = ROW_Y[row];
  return (
    <g>
      <rect x={x} y={y} width={PANEL_W} height={PANEL_H} rx={6} fill="none" stroke="var(--d-line)" strokeOpacity={0.45} strokeWidth={1} />
      <Label x={x + PANEL_W / 2} y={y + 16} weight="bold">
        {title}
      </Label>
      {sub && (
        <Label x={x + PANEL_W / 2} y={y + PANEL_H - 12} size={13} muted>
          {sub}
        </Label>
      )}
      {children}
    </g>
  );
}

const TEXT = {
  ko: {
    multi: 'multi-view',
    multiSub: '여러 시점의 2D 이미지',
    depth: 'depth map',
    depthSub: '2.5D: 보이는 면만',
    voxel: 'voxel',
    points: 'point cloud',
    mesh: 'mesh',
    implicit: 'implicit 함수',
    implicitSub: '의자의 한 단면',
    parts: 'part assembly',
    summary: [
      '하나의 물체, 여러 가지 3D 표현',
      'voxel: 규칙적 격자, 메모리 ∝ R³',
      'point cloud: 순서·연결 정보 없음',
      'mesh: vertex + 삼각형 face',
      'implicit: f(x) = 0인 곳이 표면',
      'depth map: 한 시점에서 본 거리',
    ],
  },
  en: {
    multi: 'multi-view',
    multiSub: '2D images per view',
    depth: 'depth map',
    depthSub: '2.5D, visible side',
    voxel: 'voxels',
    points: 'point cloud',
    mesh: 'mesh',
    implicit: 'implicit function',
    implicitSub: 'a slice of the chair',
    parts: 'part assembly',
    summary: [
      'One object, many representations',
      'voxels: regular grid, memory ∝ R³',
      'point cloud: no order, no connectivity',
      'mesh: vertices + triangle faces',
      'implicit: the surface is where f(x) = 0',
      'depth map: distances seen from one view',
    ],
  },
};

export default defineDiagram({
  id: '3d-representations',
  width: 480,
  height: 484,
  title: {
    ko: '같은 의자의 여러 가지 3D 표현',
    en: 'One chair in several 3D representations',
  },
  description: {
    ko: '하나의 의자를 multi-view 이미지, depth map(한 시점에서 보이는 면만 담는 2.5D), voxel, point cloud, mesh, f(x) = 0인 곳이 표면인 implicit 함수, part assembly로 나타냈다. 3D 표현은 하나로 정해지지 않으며 저마다 메모리·연결 정보·연속성의 장단점이 있다.',
    en: 'The same chair as multi-view images, a depth map (2.5D: only the surface visible from one viewpoint), voxels, a point cloud, a mesh, an implicit function whose zero level set f(x) = 0 is the surface, and an assembly of parts. There is no single 3D representation; each trades off memory, connectivity and continuity.',
  },
  seedImages: ['Untitled 25.png'],
  render: (lang) => {
    const t = TEXT[lang];
    // s = 7.4 px per unit: the chair is 13 units tall on screen (9 above the origin, 4 below)
    const S = 7.4;
    const top = (row: 0 | 1 | 2, sub: boolean) => ROW_Y[row] + (sub ? 30 : 38) + 9 * S;
    const at = (col: 0 | 1 | 2, row: 0 | 1 | 2, sub = false) => iso(COL_X[col] + PANEL_W / 2, top(row, sub), S);
    return (
      <g>
        <Panel col={0} row={0} title={t.multi} sub={t.multiSub}>
          <MultiView x={COL_X[0] + 4} y={ROW_Y[0] + 36} />
        </Panel>
        <Panel col={1} row={0} title={t.depth} sub={t.depthSub}>
          <DepthMap ox={COL_X[1] + PANEL_W / 2} oy={top(0, true)} s={S} />
        </Panel>
        <Panel col={2} row={0} title={t.voxel} sub="4 × 4 × 9">
          <VoxelChair P={at(2, 0, true)} />
        </Panel>
        <Panel col={0} row={1} title={t.points}>
          <PointCloud P={at(0, 1)} />
        </Panel>
        <Panel col={1} row={1} title={t.mesh}>
          <Mesh P={at(1, 1)} />
        </Panel>
        <Panel col={2} row={1} title={t.implicit} sub={t.implicitSub}>
          <Implicit x={COL_X[2] + 6} y={ROW_Y[1] + 30} />
        </Panel>
        <Panel col={0} row={2} title={t.parts}>
          <PartAssembly P={iso(COL_X[0] + PANEL_W / 2, ROW_Y[2] + 34 + 10.2 * 6.8, 6.8)} />
        </Panel>
        <g>
          {t.summary.map((line, i) => (
            <Label
              key={i}
              x={COL_X[1] + 4}
              y={ROW_Y[2] + 18 + i * 23}
              anchor="start"
              size={i === 0 ? 15 : 14}
              weight={i === 0 ? 'bold' : 'normal'}
              muted={i > 0}
            >
              {line}
            </Label>
          ))}
        </g>
      </g>
    );
  },
});
