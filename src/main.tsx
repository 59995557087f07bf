import 'katex/dist/katex.min.css';
import './styles/app.css';
import './styles/diagrams.css';
import * as React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { exposeDemoRuntime } from './demos/runtime';
import { App } from './ui/App';
import { PAGE_DATA_ELEMENT_ID, ROOT_ELEMENT_ID, type View } from './ui/data';

exposeDemoRuntime(React, jsxRuntime);

const site = window.__SN_SITE__;
const viewElement = document.getElementById(PAGE_DATA_ELEMENT_ID);
const root = document.getElementById(ROOT_ELEMENT_ID);
if (site && viewElement && root) {
  const view = JSON.parse(viewElement.textContent ?? '{}') as View;
  const app = <App site={site} view={view} />;
  if (root.firstElementChild) hydrateRoot(root, app);
  else createRoot(root).render(app);
  keepHashTargetInView();
}

/** Web fonts (KaTeX) can move a deep-linked heading after the first scroll; put it back once they load. */
function keepHashTargetInView() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  const startY = window.scrollY;
  void document.fonts.ready.then(() => {
    const target = document.getElementById(id);
    if (target && Math.abs(window.scrollY - startY) < 2) target.scrollIntoView();
  });
}
