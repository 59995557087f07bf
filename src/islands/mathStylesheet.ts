import { sharedRuntime } from './runtime';

/**
 * The built page's stylesheet holds only the KaTeX rules its course's formulas use
 * (tooling/mathStyles). Formulas rendered in the browser (the reader's notes, imported lectures)
 * may need any rule, so those parts add KaTeX's whole stylesheet, once, before rendering. It goes
 * before the page's stylesheet, whose own rules (e.g. the formulas' size) must still win. In
 * `npm run dev` the page's sheet is whole and there is nothing to add.
 */
export function addWholeMathStylesheet(): void {
  const file = import.meta.env.SN_KATEX_CSS;
  if (!file || document.querySelector('link[data-math-stylesheet]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(file, sharedRuntime().bundleBase).href;
  link.dataset.mathStylesheet = '';
  document.head.insertBefore(link, document.head.querySelector('link[rel="stylesheet"]'));
}
