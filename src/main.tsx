import 'katex/dist/katex.min.css';
import './styles/app.css';
import './styles/diagrams.css';
import * as React from 'react';
import * as jsxRuntime from 'react/jsx-runtime';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { exposeDemoRuntime } from './demos/runtime';
import { App } from './ui/App';
import { keepHashTargetInView } from './ui/hashTarget';
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
