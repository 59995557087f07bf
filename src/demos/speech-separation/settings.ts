/** The speech-separation demo's settings: what a note or a link may set (see ../params.ts). */
import type { ParamSchema } from '../params';

export const SOURCE_SETS = ['voices', 'vowels', 'voice-noise'] as const;
export type SourceSet = (typeof SOURCE_SETS)[number];
export const MASK_KINDS = ['irm', 'ibm', 'crm'] as const;
export type MaskKind = (typeof MASK_KINDS)[number];

export const separationParams = {
  sources: { kind: 'enum', default: 'voices', options: SOURCE_SETS },
  /** power of source 1 over source 2 in the mixture, dB */
  ratio: { kind: 'number', default: 0, min: -12, max: 12, step: 1 },
  mask: { kind: 'enum', default: 'irm', options: MASK_KINDS },
  /** 100 = the ideal mask; lower mixes in an uninformative random mask (degradeMask) */
  quality: { kind: 'number', default: 100, min: 0, max: 100, step: 5 },
  /** power-law exponent p of the loss's compression C(S) = |S|^p e^{j∠S} */
  compression: { kind: 'number', default: 0.3, min: 0.1, max: 1, step: 0.05 },
} as const satisfies ParamSchema;

export type SeparationParams = typeof separationParams;
