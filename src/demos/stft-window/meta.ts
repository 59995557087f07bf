/**
 * What the build needs to know of the demo without loading it: its title (shown in the page and
 * its table of contents) and a small picture for the home page's gallery (SVG on a 120 × 72
 * view box, drawn in the diagrams' theme colours).
 */
import { stftDemoText } from './text';

export const title = { ko: stftDemoText.ko.title, en: stftDemoText.en.title };

export const preview =
  '<path d="M4 36 Q10 10 16 36 T28 36 T40 36 T52 36 T64 36 T76 36 T88 36 T100 36 T112 36" fill="none" stroke="var(--d-stroke-1)" stroke-width="2"/><rect x="40" y="8" width="26" height="56" rx="3" fill="var(--d-fill-2)" stroke="var(--d-stroke-2)" stroke-width="2"/><path d="M40 64 Q53 4 66 64" fill="none" stroke="var(--d-stroke-2)" stroke-width="1.5" stroke-dasharray="3 2"/>';
