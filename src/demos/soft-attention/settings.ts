/** The soft-attention demo's settings: what a note or a link may set (see ../params.ts). */
import type { ParamSchema } from '../params';
import { CAPTION } from './attention';

export const softAttentionParams = {
  /** which caption word (0-based) is being produced */
  word: { kind: 'number', default: 1, min: 0, max: CAPTION.length - 1, step: 1 },
  /** softmax temperature T: α = softmax(e / T) */
  temperature: { kind: 'number', default: 1, min: 0.05, max: 10 },
} as const satisfies ParamSchema;

export type SoftAttentionParams = typeof softAttentionParams;
