/**
 * What the build needs to know of the demo without loading it: its title (shown in the page and
 * its table of contents) and a small picture for the home page's gallery (SVG on a 120 × 72
 * view box, drawn in the diagrams' theme colours).
 */
import { separationText } from './text';

export const title = { ko: separationText.ko.title, en: separationText.en.title };

export const preview =
  '<path d="M4 20 Q12 6 20 20 T36 20 T52 20" fill="none" stroke="var(--d-stroke-1)" stroke-width="2"/><path d="M4 52 Q10 44 16 52 T28 52 T40 52 T52 52" fill="none" stroke="var(--d-stroke-3)" stroke-width="2"/><path d="M58 36 H72" stroke="var(--d-line)" stroke-width="2"/><path d="M76 16 Q84 2 92 16 T108 16" fill="none" stroke="var(--d-stroke-1)" stroke-width="2"/><path d="M76 56 Q82 48 88 56 T100 56 T112 56" fill="none" stroke="var(--d-stroke-3)" stroke-width="2"/>';
