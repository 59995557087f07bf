import type { DemoDefinition } from './types';

type DemoModule = { default: DemoDefinition };

/**
 * Every demo a note may place with ::demo{id="…"}: one line each, the key equals the folder name.
 * Each loader becomes its own bundle that loads only on pages showing the demo (see tooling/build).
 */
export const demoRegistry: Record<string, () => Promise<DemoModule>> = {
  'stft-window': () => import('./stft-window'),
};

export const demoIds: readonly string[] = Object.keys(demoRegistry);
