import { useState, type ComponentType } from 'react';
import type { Lang } from '../../src/content/types';
import { defaultParams, type ParamSchema, type ParamValues } from '../../src/demos/params';
import type { DemoProps } from '../../src/demos/types';
import { renderInView } from './render';

export interface DemoRenderOptions<S extends ParamSchema> {
  lang?: Lang;
  /** settings other than the schema's defaults, as a note or a link gives them */
  initial?: Partial<ParamValues<S>>;
  /** the page the demo is placed on (the view context's file) */
  file?: string;
}

/**
 * A function that renders `Demo` as the host does: its settings held in state, starting from the
 * schema's defaults and `initial`, and changed by the demo's setParams calls. Each render returns
 * Testing Library's result plus `changes` (every setParams call, in order) and `params()` (the
 * settings as they are now).
 */
export function demoRenderer<S extends ParamSchema>(Demo: ComponentType<DemoProps<S>>, schema: S) {
  return ({ lang = 'en', initial = {}, file }: DemoRenderOptions<S> = {}) => {
    const changes: Partial<ParamValues<S>>[] = [];
    let current: ParamValues<S> = { ...defaultParams(schema), ...initial };
    function Harness() {
      const [params, setParams] = useState(current);
      current = params;
      return (
        <Demo
          lang={lang}
          params={params}
          setParams={(change) => {
            changes.push(change);
            setParams((previous) => ({ ...previous, ...change }));
          }}
        />
      );
    }
    return { ...renderInView(<Harness />, { lang, file }), changes, params: () => current };
  };
}
