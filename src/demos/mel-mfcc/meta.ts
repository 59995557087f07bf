/**
 * What the build needs to know of the demo without loading it: its title (shown in the page and
 * its table of contents) and a small picture for the home page's gallery (SVG on a 120 × 72
 * view box, drawn in the diagrams' theme colours).
 */
import { melMfccText } from './text';

export const title = { ko: melMfccText.ko.title, en: melMfccText.en.title };

export const preview =
  '<path d="M6 64 L22 14 L38 64 M26 64 L46 14 L66 64 M50 64 L76 14 L102 64" fill="none" stroke="var(--d-stroke-1)" stroke-width="2"/><path d="M4 66 H116" stroke="var(--d-line)" stroke-width="1.5"/><rect x="84" y="8" width="30" height="20" rx="2" fill="var(--d-fill-4)" stroke="var(--d-stroke-4)"/>';
