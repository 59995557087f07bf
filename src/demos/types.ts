import type { ComponentType } from 'react';
import type { Lang } from '../content/types';
import type { ParamSchema, ParamValues } from './params';

export interface DemoProps<S extends ParamSchema = ParamSchema> {
  lang: Lang;
  /** the current settings, already parsed and clamped against the demo's schema */
  params: ParamValues<S>;
  /** change some settings; the host keeps the page URL in step, so a copied link reopens them */
  setParams: (changes: Partial<ParamValues<S>>) => void;
  /**
   * what a copied link leaves out (a reader's own file), said beside "Link copied"; null when it
   * reproduces everything shown. Absent outside the demo host (tests, previews).
   */
  setLinkNote?: (note: string | null) => void;
}

/** What a demo folder's index.ts default-exports. */
export interface DemoDefinition<S extends ParamSchema = ParamSchema> {
  title: Record<Lang, string>;
  /** every setting a note or a link may give, with its default and range */
  params: S;
  Component: ComponentType<DemoProps<S>>;
}

export function defineDemo<S extends ParamSchema>(definition: DemoDefinition<S>): DemoDefinition {
  return definition as unknown as DemoDefinition;
}
