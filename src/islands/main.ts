/**
 * The reading path's only script. The page is complete HTML; this wires up its islands (tree,
 * table of contents, link buttons, language and theme, demo places), each on its own element.
 */
import 'katex/dist/katex.min.css';
import '../styles/app.css';
import '../styles/diagrams.css';
import { keepHashTargetInView } from './hashTarget';
import { lazy } from './lazy';
import { readPageInfo } from './page';
import { mountIslands } from './registry';
import { sharedRuntime } from './runtime';

sharedRuntime();
const page = readPageInfo();
void mountIslands(document, page, (name, error) => console.error(`island "${name}" failed:`, error));
keepHashTargetInView();
if (location.protocol !== 'file:' && 'serviceWorker' in navigator) {
  // offline reading starts once the page has settled; it never competes with the first paint
  const start = () => void lazy.offline().then(({ startOffline }) => startOffline(page));
  if (document.readyState === 'complete') setTimeout(start, 1000);
  else window.addEventListener('load', () => setTimeout(start, 1000), { once: true });
}
