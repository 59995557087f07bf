/** The STFT demo's settings: what a note or a link may set (see ../params.ts). */
import type { ParamSchema } from '../params';

export const stftParams = {
  /** window length N in samples */
  n: { kind: 'number', default: 512, min: 64, max: 4096, powerOfTwo: true },
  window: { kind: 'enum', default: 'hamming', options: ['rectangular', 'hann', 'hamming'] },
} as const satisfies ParamSchema;

export type StftParams = typeof stftParams;
