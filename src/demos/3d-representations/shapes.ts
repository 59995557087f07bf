/**
 * The demo's objects and fixed viewing set-up. Each object is defined once (SDF + mesh, see
 * src/lib/geometry/shapes.ts); every representation on screen is computed from that definition.
 */
import { boxUnionShape, rotateShapeX, sphereShape, torusShape, type Box, type Shape } from '../../lib/geometry';
import type { ShapeId } from './settings';

const LEG: Box['half'] = [0.06, 0.42, 0.06];

/**
 * Seat, back and four legs; legs and back reach into the seat so no inner face counts as surface.
 * The seat (0.16 thick) falls between the cell centres at R = 8 and 12: the voxel grid loses it.
 */
export const CHAIR_BOXES: readonly Box[] = [
  { center: [0, 0, 0], half: [0.5, 0.08, 0.5] },
  { center: [0, 0.42, -0.42], half: [0.5, 0.42, 0.08] },
  { center: [-0.43, -0.42, -0.43], half: LEG },
  { center: [0.43, -0.42, -0.43], half: LEG },
  { center: [-0.43, -0.42, 0.43], half: LEG },
  { center: [0.43, -0.42, 0.43], half: LEG },
];

export const TORUS_TILT_DEG = 55;

export const demoShapes: Readonly<Record<ShapeId, Shape>> = {
  chair: boxUnionShape(CHAIR_BOXES),
  // tipped toward the default camera so that the hole, the point of a torus, shows
  torus: rotateShapeX(torusShape(0.55, 0.25, 48, 24), TORUS_TILT_DEG),
  sphere: sphereShape(0.8, 3),
};

/** The camera that the 3D views and the depth map share. */
export const CAMERA_DISTANCE = 3.6;
export const FOV_Y_DEG = 40;

/** Voxels fill the cube [−1, 1]³, which holds every shape. */
export const GRID_HALF_EXTENT = 1;

export const DEPTH_SIZE = 128;

/** Multi-view: a ring of cameras around the object, raised like MVCNN's. */
export const VIEW_SIZE = 96;
export const VIEW_AZIMUTHS = [0, 60, 120, 180, 240, 300] as const;
export const VIEW_ELEVATION_DEG = 25;
/** closer than the main camera: the tiles are small */
export const VIEW_DISTANCE = 3.1;

export const SLICE_EXTENT = 1.2;
export const SLICE_SAMPLES = 121;
/** The slice is coloured over f ∈ [−SLICE_RANGE, SLICE_RANGE], with iso-lines every SLICE_ISO_STEP. */
export const SLICE_RANGE = 1;
export const SLICE_ISO_STEP = 0.2;

export const POINT_SEED = 1;

/** Nearest and farthest depth any part of a shape can have: a fixed colour scale for every rotation. */
export function depthRange(shape: Shape): { near: number; far: number } {
  return { near: CAMERA_DISTANCE - shape.boundingRadius, far: CAMERA_DISTANCE + shape.boundingRadius };
}
