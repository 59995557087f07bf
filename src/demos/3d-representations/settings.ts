/** The 3D-representation demo's settings: what a note or a link may set (see ../params.ts). */
import type { ParamSchema } from '../params';

export const PANELS = ['mesh', 'points', 'voxels', 'depth', 'views', 'slice'] as const;
export type Panel = (typeof PANELS)[number];

export const representationParams = {
  shape: { kind: 'enum', default: 'chair', options: ['chair', 'torus', 'sphere'] },
  /** every representation side by side, or one of them large */
  show: { kind: 'enum', default: 'all', options: ['all', ...PANELS] },
  /** points sampled on the surface */
  points: { kind: 'number', default: 2000, min: 100, max: 20_000, step: 100 },
  /** voxel grid resolution R (cells per axis) */
  voxels: { kind: 'number', default: 16, min: 8, max: 64, step: 4 },
  /** camera turn about the vertical axis, degrees (0 = looking along −z) */
  yaw: { kind: 'number', default: 30, min: -180, max: 180, step: 1 },
  /** camera height above the horizontal plane, degrees */
  pitch: { kind: 'number', default: 20, min: -85, max: 85, step: 1 },
  /** position of the implicit-function slice plane x = slice */
  slice: { kind: 'number', default: 0, min: -1, max: 1, step: 0.05 },
} as const satisfies ParamSchema;

export type RepresentationParams = typeof representationParams;
export type ShapeId = (typeof representationParams.shape.options)[number];
export type Show = (typeof representationParams.show.options)[number];
