/** The text-to-image demo's settings: what a note or a link may set (see ../params.ts). */
import type { ParamSchema } from '../params';
import { COLOURS, COUNTS, SHAPES } from './generator';

const zSpec = { kind: 'number', default: 0, min: -3, max: 3, step: 0.1 } as const;

export const textToImageParams = {
  count: { kind: 'enum', default: 'two', options: COUNTS },
  colour: { kind: 'enum', default: 'red', options: COLOURS },
  shape: { kind: 'enum', default: 'circle', options: SHAPES },
  /** the second phrase, drawn with the same codes z */
  count2: { kind: 'enum', default: 'three', options: COUNTS },
  colour2: { kind: 'enum', default: 'blue', options: COLOURS },
  shape2: { kind: 'enum', default: 'triangle', options: SHAPES },
  z1: { ...zSpec, default: 0.6 },
  z2: { ...zSpec, default: -0.4 },
  z3: { ...zSpec, default: 0.5 },
  z4: { ...zSpec, default: 1 },
  /** the draw of codes for the other samples; "Resample" moves it on */
  seed: { kind: 'number', default: 1, min: 1, max: 9999, step: 1 },
} as const satisfies ParamSchema;

export type TextToImageParams = typeof textToImageParams;
