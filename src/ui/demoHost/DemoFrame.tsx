import { useCallback, useEffect, useRef, useState } from 'react';
import { copyText } from '../../islands/copyText';
import { useView } from '../ViewContext';
import { changedParams, parseParams, readUrlParams, withUrlParams, type ParamNote, type ParamValues } from '../../demos/params';
import { scrollToReveal } from './reveal';
import type { DemoDefinition } from '../../demos/types';

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
  const [initial] = useState(() => parseParams(demo.params, { ...parseJson(directiveSettings), ...readUrlParams(location.search, namespace) }));
  const [params, setParamsState] = useState<ParamValues<typeof demo.params>>(initial.values);
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [linkNote, setLinkNote] = useState<string | null>(null);
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

  // Reaching the main control by keyboard brings its picture on screen with it: the browser scrolls
  // only as far as the control, and the picture may lie just beyond the edge. Pointer and touch
  // focus (not :focus-visible) never move the page under the reader's finger.
  const header = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const place = header.current?.parentElement;
    if (!place) return;
    let frame = 0;
    const reveal = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof Element) || !target.matches(':focus-visible')) return;
      const control = target.closest('[data-demo-control]');
      const picture = place.querySelector('[data-demo-picture]');
      if (!control || !picture) return;
      // after the browser's own scroll to the focused control, which it may make as late as the
      // next frame's layout: this scroll must come last
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          if (document.activeElement !== target) return;
          const bar = document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0;
          const delta = scrollToReveal(control.getBoundingClientRect(), picture.getBoundingClientRect(), Math.max(0, bar) + 8, window.innerHeight - 8);
          if (delta !== 0) window.scrollBy(0, delta);
        });
      });
    };
    place.addEventListener('focusin', reveal);
    return () => {
      cancelAnimationFrame(frame);
      place.removeEventListener('focusin', reveal);
    };
  }, []);

  const copyLink = async () => {
    const url = withUrlParams(location.href, namespace, changedParams(demo.params, params), anchor);
    setCopyStatus((await copyText(url)) ? 'copied' : 'failed');
    window.clearTimeout(timer.current);
    // a note on what the link leaves out stays long enough to be read
    timer.current = window.setTimeout(() => setCopyStatus('idle'), linkNote ? 8000 : 2500);
  };

  return (
    <>
      <div className="demo-header" ref={header}>
        <p className="demo-title" id={headingId}>
          <span className="demo-badge">{t.demo}</span> {demo.title[lang]}
        </p>
        <span className="demo-copy">
          <button type="button" className="demo-button" onClick={copyLink}>
            {t.copyDemoLink}
          </button>
          <span role="status" className="demo-copy-status">
            {copyStatus === 'idle' ? '' : [copyStatus === 'copied' ? t.copied : t.copyFailed, linkNote].filter(Boolean).join('. ')}
          </span>
        </span>
      </div>
      {initial.notes.length > 0 && (
        <p className="demo-note" role="note">
          {t.settingsAdjusted} {initial.notes.map((note) => describeNote(note, t)).join('; ')}
        </p>
      )}
      <demo.Component lang={lang} params={params} setParams={setParams} setLinkNote={setLinkNote} />
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
