/** The photo-refocusing demo's settings: what a note or a link may set (see ../params.ts). */
import type { ParamSchema } from '../params';

export const refocusParams = {
  /** focus distance S1 in metres */
  focus: { kind: 'number', default: 1, min: 0.5, max: 10, step: 0.01 },
  /** aperture diameter A in millimetres (50 mm lens: 36 mm ≈ f/1.4, 0 = pinhole) */
  aperture: { kind: 'number', default: 30, min: 0, max: 36, step: 0.5 },
  /** lens: thin-lens blur per depth, layered; lecture: focus mask + one blur of the whole image */
  mode: { kind: 'enum', default: 'lens', options: ['lens', 'lecture'] },
} as const satisfies ParamSchema;

export type RefocusParams = typeof refocusParams;
