/**
 * What the build needs to know of the demo without loading it: its title (shown in the page and
 * its table of contents) and a small picture for the home page's gallery (SVG on a 120 × 72
 * view box, drawn in the diagrams' theme colours).
 */
import { localizationText } from './text';

export const title = { ko: localizationText.ko.title, en: localizationText.en.title };

export const preview =
  '<rect x="8" y="6" width="104" height="60" rx="4" fill="var(--d-surface)" stroke="var(--d-line)"/><circle cx="74" cy="34" r="18" fill="var(--d-stroke-5)" fill-opacity="0.25"/><circle cx="74" cy="34" r="9" fill="var(--d-stroke-5)" fill-opacity="0.6"/><path d="M16 56 Q22 46 28 56" fill="none" stroke="var(--d-stroke-1)" stroke-width="2"/>';
