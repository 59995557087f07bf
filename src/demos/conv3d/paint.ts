/** Isometric painting of voxel volumes on a canvas (no maths here beyond the projection). */
import { isometric } from './conv3d';

export interface IsoView {
  /** screen position of the volume's centre */
  cx: number;
  cy: number;
  /** pixels per voxel edge */
  unit: number;
  /** the point of the volume that lands on (cx, cy) */
  centre: number;
}

export function project(view: IsoView, x: number, y: number, z: number): [number, number] {
  const [sx, sy] = isometric(x - view.centre, y - view.centre, z - view.centre);
  return [view.cx + sx * view.unit, view.cy + sy * view.unit];
}

export interface Voxel {
  x: number;
  y: number;
  z: number;
  /** index into the palettes given to paintVoxels */
  palette: number;
}

/** Fill styles of the three visible faces (top, right, front) of one voxel colour. */
export type Palette = readonly [string, string, string];

/** Parses `rgb(r, g, b)` (as getComputedStyle returns colours). */
export function parseRgb(color: string): [number, number, number] {
  const parts = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(color);
  return parts ? [Number(parts[1]), Number(parts[2]), Number(parts[3])] : [128, 128, 128];
}

/** A colour lit from above: the top face brightest, the right face darkest. */
export function palette([r, g, b]: readonly [number, number, number], alpha: number): Palette {
  const shade = (factor: number) =>
    `rgba(${Math.round(Math.min(255, r * factor))}, ${Math.round(Math.min(255, g * factor))}, ${Math.round(Math.min(255, b * factor))}, ${alpha})`;
  return [shade(1.12), shade(0.78), shade(0.92)];
}

const COS30 = Math.cos(Math.PI / 6);
/** Voxel coordinates are offset by this much in the occupancy key (padding reaches −2). */
const KEY_OFFSET = 4;
const KEY_SIDE = 32;
const key = (x: number, y: number, z: number) => x + KEY_OFFSET + KEY_SIDE * (y + KEY_OFFSET + KEY_SIDE * (z + KEY_OFFSET));

/**
 * Voxels back to front (ascending x + y + z is a correct painter's order for unit cubes seen from
 * +x, +y, +z); a face hidden by a neighbour in the same set is skipped. Inner loop without
 * allocations: a redraw of 12³ voxels stays within a few milliseconds.
 */
export function paintVoxels(context: CanvasRenderingContext2D, view: IsoView, voxels: readonly Voxel[], palettes: readonly Palette[], edge: string): void {
  const occupied = new Uint8Array(KEY_SIDE ** 3);
  for (const v of voxels) occupied[key(v.x, v.y, v.z)] = 1;
  const ordered = [...voxels].sort((a, b) => a.x + a.y + a.z - (b.x + b.y + b.z));
  const u = view.unit;
  const ux = u * COS30;
  const uy = u * 0.5;
  // screen position of lattice point (x, y, z): `project` with the centre's terms cancelled
  const ox = view.cx;
  const oy = view.cy;
  const sx = (x: number, z: number) => ox + (x - z) * ux;
  const sy = (x: number, y: number, z: number) => oy + (x + z) * uy - y * u;
  context.lineWidth = 0.6;
  context.strokeStyle = edge;
  context.lineJoin = 'round';
  const outline = u >= 7;
  for (const { x, y, z, palette: index } of ordered) {
    const colours = palettes[index]!;
    if (!occupied[key(x, y + 1, z)]) {
      context.beginPath();
      context.moveTo(sx(x, z), sy(x, y + 1, z));
      context.lineTo(sx(x + 1, z), sy(x + 1, y + 1, z));
      context.lineTo(sx(x + 1, z + 1), sy(x + 1, y + 1, z + 1));
      context.lineTo(sx(x, z + 1), sy(x, y + 1, z + 1));
      context.closePath();
      context.fillStyle = colours[0];
      context.fill();
      if (outline) context.stroke();
    }
    if (!occupied[key(x + 1, y, z)]) {
      context.beginPath();
      context.moveTo(sx(x + 1, z), sy(x + 1, y, z));
      context.lineTo(sx(x + 1, z), sy(x + 1, y + 1, z));
      context.lineTo(sx(x + 1, z + 1), sy(x + 1, y + 1, z + 1));
      context.lineTo(sx(x + 1, z + 1), sy(x + 1, y, z + 1));
      context.closePath();
      context.fillStyle = colours[1];
      context.fill();
      if (outline) context.stroke();
    }
    if (!occupied[key(x, y, z + 1)]) {
      context.beginPath();
      context.moveTo(sx(x, z + 1), sy(x, y, z + 1));
      context.lineTo(sx(x + 1, z + 1), sy(x + 1, y, z + 1));
      context.lineTo(sx(x + 1, z + 1), sy(x + 1, y + 1, z + 1));
      context.lineTo(sx(x, z + 1), sy(x, y + 1, z + 1));
      context.closePath();
      context.fillStyle = colours[2];
      context.fill();
      if (outline) context.stroke();
    }
  }
}

/** The 12 edges of the box [x0, x1] × [y0, y1] × [z0, z1]; the three hidden ones dashed. */
export function paintBox(
  context: CanvasRenderingContext2D,
  view: IsoView,
  from: readonly [number, number, number],
  to: readonly [number, number, number],
  color: string,
  width: number,
  options: { dashedAll?: boolean; fill?: string } = {},
): void {
  const corner = (i: number): [number, number, number] => [i & 1 ? to[0] : from[0], i & 2 ? to[1] : from[1], i & 4 ? to[2] : from[2]];
  const edges: [number, number][] = [];
  for (let a = 0; a < 8; a++) for (const bit of [1, 2, 4]) if (!(a & bit)) edges.push([a, a | bit]);
  context.save();
  if (options.fill) {
    // the three faces towards the viewer
    context.fillStyle = options.fill;
    for (const face of [
      [2, 3, 7, 6],
      [1, 3, 7, 5],
      [4, 5, 7, 6],
    ]) {
      context.beginPath();
      face.forEach((i, n) => {
        const [px, py] = project(view, ...corner(i));
        if (n === 0) context.moveTo(px, py);
        else context.lineTo(px, py);
      });
      context.closePath();
      context.fill();
    }
  }
  context.strokeStyle = color;
  context.lineWidth = width;
  for (const [a, b] of edges) {
    // edges meeting at the far corner (index 0) are hidden from the viewer
    context.setLineDash(options.dashedAll || a === 0 ? [4, 3] : []);
    context.beginPath();
    context.moveTo(...project(view, ...corner(a)));
    context.lineTo(...project(view, ...corner(b)));
    context.stroke();
  }
  context.restore();
}

/** A small x, y, z axis gizmo at a screen point (the directions of the isometric view). */
export function paintAxes(context: CanvasRenderingContext2D, ox: number, oy: number, length: number, color: string): void {
  context.save();
  context.strokeStyle = color;
  context.fillStyle = color;
  context.lineWidth = 1.2;
  context.font = '12px system-ui, sans-serif';
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  for (const [label, dx, dy, dz] of [
    ['x', 1, 0, 0],
    ['y', 0, 1, 0],
    ['z', 0, 0, 1],
  ] as const) {
    const [sx, sy] = isometric(dx, dy, dz);
    context.beginPath();
    context.moveTo(ox, oy);
    context.lineTo(ox + sx * length, oy + sy * length);
    context.stroke();
    context.fillText(label, ox + sx * (length + 8), oy + sy * (length + 8));
  }
  context.restore();
}
