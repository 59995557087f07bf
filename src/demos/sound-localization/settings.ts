/** The sound-localization demo's settings: what a note or a link may set (see ../params.ts). */
import type { ParamSchema } from '../params';
import { SOUNDS } from './localization';

export const localizationParams = {
  sound: { kind: 'enum', default: 'dog', options: SOUNDS },
  /** softmax temperature T: α = softmax(s / T); 1 is the paper's plain softmax */
  temperature: { kind: 'number', default: 0.1, min: 0.02, max: 1, step: 0.001 },
  /** clip negative similarities to 0 before the softmax, as the public re-implementation does */
  relu: { kind: 'boolean', default: false },
} as const satisfies ParamSchema;

export type LocalizationParams = typeof localizationParams;
