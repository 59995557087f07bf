import { useCallback, useEffect, useId, useState } from 'react';
import { InlineErrorBoundary } from '../ui/elements/InlineErrorBoundary';
import { useView } from '../ui/ViewContext';
import { DemoFrame } from './DemoFrame';
import { demoRegistry } from './registry';
import type { DemoDefinition } from './types';

interface DemoHostProps {
  id?: string;
  'data-id'?: string;
  'data-settings'?: string;
}

type LoadState = { status: 'loading' } | { status: 'ready'; demo: DemoDefinition } | { status: 'error'; message: string };

/**
 * The place a ::demo directive marks. The page (and its pre-rendered HTML) shows a labelled box;
 * the demo's own bundle loads after the page is interactive, and a failure stays inside the box.
 */
export function DemoHost(props: DemoHostProps) {
  const { t } = useView();
  const demoId = props['data-id'] ?? '';
  const anchor = props.id ?? `demo-${demoId}`;
  const load = demoRegistry[demoId];
  const [loaded, setLoaded] = useState<LoadState>({ status: 'loading' });
  const state: LoadState = load ? loaded : { status: 'error', message: `${t.unknownDemo}: "${demoId}"` };
  const headingId = useId();

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

  return (
    <section className="demo" id={anchor} aria-labelledby={headingId} data-demo={demoId}>
      {state.status !== 'ready' && (
        <p className="demo-title" id={headingId}>
          <span className="demo-badge">{t.demo}</span>
        </p>
      )}
      {state.status === 'loading' && (
        <p className="demo-status" role="status">
          {t.demoLoading}
        </p>
      )}
      {state.status === 'error' && (
        <p className="demo-status demo-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <InlineErrorBoundary fallback={renderError}>
          <DemoFrame demo={state.demo} anchor={anchor} headingId={headingId} directiveSettings={props['data-settings']} />
        </InlineErrorBoundary>
      )}
    </section>
  );
}
