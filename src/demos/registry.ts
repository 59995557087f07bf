import type { DemoDefinition } from './types';

type DemoModule = { default: DemoDefinition };

/**
 * Every demo a note may place with ::demo{id="…"}: one line each, the key equals the folder name.
 * Each loader becomes its own bundle that loads only on pages showing the demo (see tooling/build).
 */
export const demoRegistry: Record<string, () => Promise<DemoModule>> = {
  'stft-window': () => import('./stft-window'),
  'mel-mfcc': () => import('./mel-mfcc'),
  'speech-separation': () => import('./speech-separation'),
  'joint-embedding': () => import('./joint-embedding'),
  'soft-attention': () => import('./soft-attention'),
  'text-to-image': () => import('./text-to-image'),
  'sound-localization': () => import('./sound-localization'),
  conv3d: () => import('./conv3d'),
  'photo-refocus': () => import('./photo-refocus'),
  '3d-representations': () => import('./3d-representations'),
};

export const demoIds: readonly string[] = Object.keys(demoRegistry);
