/** The 3D-convolution demo's settings: what a note or a link may set (see ../params.ts). */
import type { ParamSchema } from '../params';
import { KERNELS, SHAPES } from './conv3d';

/** Input grid size D (the grid is D × D × D) and kernel size K. */
export const GRID_SIZE = 10;
export const KERNEL_SIZE = 3;
export const MAX_PADDING = 2;
/** The largest output, ⌊(D + 2·2 − 3)/1⌋ + 1 = 12, has 12³ positions. */
const MAX_POSITION = (GRID_SIZE + 2 * MAX_PADDING - KERNEL_SIZE + 1) ** 3 - 1;

export const conv3dParams = {
  shape: { kind: 'enum', default: 'chair', options: SHAPES },
  kernel: { kind: 'enum', default: 'average', options: KERNELS },
  padding: { kind: 'number', default: 1, min: 0, max: MAX_PADDING, step: 1 },
  stride: { kind: 'number', default: 1, min: 1, max: 3, step: 1 },
  /** output position in scan order (x fastest, then z, then y); clamped to O³ − 1 when shown */
  position: { kind: 'number', default: 555, min: 0, max: MAX_POSITION, step: 1 },
} as const satisfies ParamSchema;

export type Conv3dParams = typeof conv3dParams;
