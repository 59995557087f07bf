/** The mel/MFCC demo's settings: what a note or a link may set (see ../params.ts). */
import type { ParamSchema } from '../params';
import { FRAME_COUNT } from './signal';

export const SIGNAL_KINDS = ['a', 'i', 'u', 'aiu'] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

export const melMfccParams = {
  /** a steady vowel, or /a/ → /i/ → /u/ so that the pictures over time change */
  signal: { kind: 'enum', default: 'aiu', options: SIGNAL_KINDS },
  /** number of triangular mel filters M */
  mels: { kind: 'number', default: 40, min: 10, max: 128, step: 1 },
  scale: { kind: 'enum', default: 'htk', options: ['htk', 'slaney'] },
  /** MFCCs kept, K (used as min(K, M)) */
  coefficients: { kind: 'number', default: 13, min: 2, max: 40, step: 1 },
  /** the analysed frame m */
  frame: { kind: 'number', default: 20, min: 0, max: FRAME_COUNT - 1, step: 1 },
} as const satisfies ParamSchema;

export type MelMfccParams = typeof melMfccParams;
