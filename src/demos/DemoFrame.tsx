import { useCallback, useEffect, useRef, useState } from 'react';
import { copyText } from '../islands/copyText';
import { useView } from '../ui/ViewContext';
import { changedParams, parseParams, readUrlParams, withUrlParams, type ParamNote, type ParamValues } from './params';
import type { DemoDefinition } from './types';

interface DemoFrameProps {
  demo: DemoDefinition;
  /** the demo's anchor on the page (demo-<id>); its settings live in the URL under the same name */
  anchor: string;
  headingId: string;
  /** the directive's attributes besides id, as JSON */
  directiveSettings?: string;
}

const URL_WRITE_DELAY_MS = 250;

/**
 * A loaded demo with its title, its settings kept in the page URL, a button that copies a link
 * to exactly this setting, and a visible note when a link's settings had to be adjusted.
 */
export function DemoFrame({ demo, anchor, headingId, directiveSettings }: DemoFrameProps) {
  const { lang, t } = useView();
  const namespace = anchor.replace(/^demo-/, '');
  const [initial] = useState(() =>
    parseParams(demo.params, { ...parseJson(directiveSettings), ...readUrlParams(location.search, namespace) }),
  );
  const [params, setParamsState] = useState<ParamValues<typeof demo.params>>(initial.values);
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  // The address bar follows the settings once the reader pauses, in idle time: rewriting it costs
  // a few ms (more while the browser is busy), too much on every step of a dragged slider.
  // replaceState adds no history entry. A write still pending when the page is left is done then.
  const pendingWrite = useRef<(() => void) | null>(null);
  useEffect(() => {
    const flush = () => pendingWrite.current?.();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);
  useEffect(() => {
    if (params === initial.values) return;
    const write = () => {
      pendingWrite.current = null;
      history.replaceState(history.state, '', withUrlParams(location.href, namespace, changedParams(demo.params, params)));
    };
    pendingWrite.current = write;
    let cancelIdle = () => undefined as void;
    const pending = window.setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') {
        const handle = window.requestIdleCallback(write, { timeout: 1000 });
        cancelIdle = () => window.cancelIdleCallback(handle);
      } else write();
    }, URL_WRITE_DELAY_MS);
    return () => {
      window.clearTimeout(pending);
      cancelIdle();
      if (pendingWrite.current === write) pendingWrite.current = null;
    };
  }, [params, initial.values, demo.params, namespace]);

  // Once the page is idle after the demo opens, it renders once more with nothing changed: the
  // first change of a control then finds the update path (React's and the demo's own code) compiled
  // instead of paying for that in its frame (5-10 ms in a demo with many canvases).
  const [, setRehearsed] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return;
    const handle = window.requestIdleCallback(() => setRehearsed(true), { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }, []);

  const setParams = useCallback((changes: Partial<ParamValues<typeof demo.params>>) => {
    setParamsState((previous) => ({ ...previous, ...changes }) as ParamValues<typeof demo.params>);
  }, []);

  const copyLink = async () => {
    const url = withUrlParams(location.href, namespace, changedParams(demo.params, params), anchor);
    setCopyStatus((await copyText(url)) ? 'copied' : 'failed');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setCopyStatus('idle'), 2500);
  };

  return (
    <>
      <div className="demo-header">
        <p className="demo-title" id={headingId}>
          <span className="demo-badge">{t.demo}</span> {demo.title[lang]}
        </p>
        <span className="demo-copy">
          <button type="button" className="demo-button" onClick={copyLink}>
            {t.copyDemoLink}
          </button>
          <span role="status" className="demo-copy-status">
            {copyStatus === 'copied' ? t.copied : copyStatus === 'failed' ? t.copyFailed : ''}
          </span>
        </span>
      </div>
      {initial.notes.length > 0 && (
        <p className="demo-note" role="note">
          {t.settingsAdjusted} {initial.notes.map((note) => describeNote(note, t)).join('; ')}
        </p>
      )}
      <demo.Component lang={lang} params={params} setParams={setParams} />
    </>
  );
}

function describeNote(note: ParamNote, t: ReturnType<typeof useView>['t']): string {
  if (note.reason === 'unknown') return `${note.name}=${note.given} (${t.settingUnknown})`;
  return `${note.name}=${note.given} → ${note.used}`;
}

function parseJson(json: string | undefined): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json ?? '{}');
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}
