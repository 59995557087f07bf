import type { ComponentType } from 'react';
import type { Lang } from '../content/types';

export interface DemoProps {
  lang: Lang;
  /** the directive's attributes besides id, e.g. ::demo{id="stft-window" window="hann"} */
  settings: Readonly<Record<string, string>>;
}

/** What a demo folder's index.ts default-exports. */
export interface DemoDefinition {
  title: Record<Lang, string>;
  Component: ComponentType<DemoProps>;
}

export function defineDemo(definition: DemoDefinition): DemoDefinition {
  return definition;
}
