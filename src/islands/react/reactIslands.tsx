/**
 * React, loaded only by pages that mount a React island (a demo, later the study tools). It puts
 * React on the shared runtime so demo bundles, built apart, use this one copy.
 */
import * as React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import { createRoot } from 'react-dom/client';
import { DemoHost } from '../../ui/demoHost/DemoHost';
import { ViewProvider } from '../../ui/ViewContext';
import type { PageInfo } from '../page';
import { sharedRuntime } from '../runtime';

const runtime = sharedRuntime();
runtime.React = React;
runtime.jsxRuntime = jsxRuntime;
runtime.ReactDOM = ReactDOM;
runtime.ReactDOMClient = ReactDOMClient;

/** Mounts the demo placed in `section` (pre-rendered by src/ui/elements/Demo) as its own React root. */
export function mountDemo(section: HTMLElement, page: PageInfo): void {
  const demoId = section.dataset.demo ?? '';
  const titleId = section.getAttribute('aria-labelledby') ?? `${section.id}-title`;
  // the demo takes the place of the pre-rendered title and status; the line a printout shows stays
  section.querySelectorAll(':scope > .demo-title, :scope > .demo-status').forEach((element) => element.remove());
  const host = document.createElement('div');
  host.className = 'demo-root';
  section.prepend(host);
  const root = createRoot(host, {
    onUncaughtError: (error) => console.error(`demo "${demoId}" failed:`, error),
  });
  root.render(
    <ViewProvider value={{ lang: page.lang, file: page.file, t: page.t }}>
      <DemoHost demoId={demoId} anchor={section.id} titleId={titleId} directiveSettings={section.dataset.settings} />
    </ViewProvider>,
  );
}
