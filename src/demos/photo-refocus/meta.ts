/**
 * What the build needs to know of the demo without loading it: its title (shown in the page and
 * its table of contents) and a small picture for the home page's gallery (SVG on a 120 × 72
 * view box, drawn in the diagrams' theme colours).
 */
import { refocusText } from './text';

export const title = { ko: refocusText.ko.title, en: refocusText.en.title };

export const preview =
  '<rect x="8" y="8" width="104" height="56" rx="4" fill="var(--d-surface)" stroke="var(--d-line)"/><circle cx="36" cy="38" r="14" fill="var(--d-stroke-1)" fill-opacity="0.85"/><circle cx="82" cy="34" r="16" fill="var(--d-stroke-2)" fill-opacity="0.3"/><circle cx="82" cy="34" r="20" fill="var(--d-stroke-2)" fill-opacity="0.12"/>';
