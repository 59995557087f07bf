/** The joint-embedding demo's settings: what a note or a link may set (see ../params.ts). */
import type { ParamSchema } from '../params';
import { CONCEPTS, ITEM_IDS, WORDS } from './embedding';

export const MAX_STEPS = 400;

export const jointEmbeddingParams = {
  /** margin α of the triplet loss */
  margin: { kind: 'number', default: 0.5, min: 0, max: 1, step: 0.05 },
  distance: { kind: 'enum', default: 'l2', options: ['l2', 'l2sq'] },
  anchor: { kind: 'enum', default: 'img-dog', options: ITEM_IDS },
  positive: { kind: 'enum', default: 'txt-dog', options: ITEM_IDS },
  negative: { kind: 'enum', default: 'txt-cat', options: ITEM_IDS },
  /** gradient steps taken from the seeded start */
  steps: { kind: 'number', default: 0, min: 0, max: MAX_STEPS, step: 1 },
  seed: { kind: 'number', default: 2, min: 1, max: 999, step: 1 },
  /** the analogy image(A) − word(a) + word(b) */
  image: { kind: 'enum', default: 'blue-car', options: CONCEPTS },
  minus: { kind: 'enum', default: 'blue', options: WORDS },
  plus: { kind: 'enum', default: 'red', options: WORDS },
} as const satisfies ParamSchema;

export type JointEmbeddingParams = typeof jointEmbeddingParams;
