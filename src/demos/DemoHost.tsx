import { useEffect, useId, useState } from 'react';
import { InlineErrorBoundary } from '../ui/elements/InlineErrorBoundary';
import { useView } from '../ui/ViewContext';
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
  const { lang, t } = useView();
  const demoId = props['data-id'] ?? '';
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

  const settings = parseSettings(props['data-settings']);
  const title = state.status === 'ready' ? state.demo.title[lang] : t.demo;
  return (
    <section className="demo" id={props.id} aria-labelledby={headingId} data-demo={demoId}>
      <p className="demo-title" id={headingId}>
        <span className="demo-badge">{t.demo}</span> {state.status === 'ready' ? title : ''}
      </p>
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
        <InlineErrorBoundary fallback={(message) => <p className="demo-status demo-error" role="alert">{`${t.demoFailed}: ${message}`}</p>}>
          <state.demo.Component lang={lang} settings={settings} />
        </InlineErrorBoundary>
      )}
    </section>
  );
}

function parseSettings(json: string | undefined): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json ?? '{}');
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}
