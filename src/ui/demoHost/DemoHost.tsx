import { useCallback, useEffect, useState } from 'react';
import { InlineErrorBoundary } from '../elements/InlineErrorBoundary';
import { useView } from '../ViewContext';
import { DemoFrame } from './DemoFrame';
import { demoRegistry } from '../../demos/registry';
import type { DemoDefinition } from '../../demos/types';

interface DemoHostProps {
  demoId: string;
  /** the demo's anchor on the page (demo-<id>) */
  anchor: string;
  /** the id of the title element the demo's section is labelled by */
  titleId: string;
  /** the directive's attributes besides id, as JSON */
  directiveSettings?: string;
}

type LoadState = { status: 'loading' } | { status: 'ready'; demo: DemoDefinition } | { status: 'error'; message: string };

/**
 * A demo inside its place on the page: the demo's own bundle loads, then the demo renders in its
 * frame. A failure (the bundle, or the demo throwing) stays inside the box.
 */
export function DemoHost({ demoId, anchor, titleId, directiveSettings }: DemoHostProps) {
  const { t } = useView();
  const load = demoRegistry[demoId];
  const [loaded, setLoaded] = useState<LoadState>({ status: 'loading' });
  const state: LoadState = load ? loaded : { status: 'error', message: `${t.unknownDemo}: "${demoId}"` };

  useEffect(() => {
    if (!load) return;
    let cancelled = false;
    load().then(
      (module) => !cancelled && setLoaded({ status: 'ready', demo: module.default }),
      (error: unknown) => !cancelled && setLoaded({ status: 'error', message: `${t.demoFailed}: ${String(error)}` }),
    );
    return () => {
      cancelled = true;
    };
  }, [load, t]);

  const renderError = useCallback(
    (message: string) => (
      <p className="demo-status demo-error" role="alert">
        {`${t.demoFailed}: ${message}`}
      </p>
    ),
    [t],
  );

  if (state.status === 'ready') {
    return (
      <InlineErrorBoundary fallback={renderError}>
        <DemoFrame demo={state.demo} anchor={anchor} headingId={titleId} directiveSettings={directiveSettings} />
      </InlineErrorBoundary>
    );
  }
  return (
    <>
      <p className="demo-title" id={titleId}>
        <span className="demo-badge">{t.demo}</span>
      </p>
      {state.status === 'loading' ? (
        <p className="demo-status" role="status">
          {t.demoLoading}
        </p>
      ) : (
        <p className="demo-status demo-error" role="alert">
          {state.message}
        </p>
      )}
    </>
  );
}
