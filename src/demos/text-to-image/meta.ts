/**
 * What the build needs to know of the demo without loading it: its title (shown in the page and
 * its table of contents) and a small picture for the home page's gallery (SVG on a 120 × 72
 * view box, drawn in the diagrams' theme colours).
 */
import { textToImageText } from './text';

export const title = { ko: textToImageText.ko.title, en: textToImageText.en.title };

export const preview =
  '<rect x="8" y="10" width="24" height="24" rx="3" fill="var(--d-fill-1)" stroke="var(--d-stroke-1)"/><rect x="36" y="10" width="24" height="24" rx="3" fill="var(--d-fill-2)" stroke="var(--d-stroke-2)"/><rect x="64" y="10" width="24" height="24" rx="3" fill="var(--d-fill-3)" stroke="var(--d-stroke-3)"/><rect x="92" y="10" width="24" height="24" rx="3" fill="var(--d-fill-4)" stroke="var(--d-stroke-4)"/><rect x="8" y="38" width="24" height="24" rx="3" fill="var(--d-fill-5)" stroke="var(--d-stroke-5)"/><rect x="36" y="38" width="24" height="24" rx="3" fill="var(--d-fill-1)" stroke="var(--d-stroke-1)"/><rect x="64" y="38" width="24" height="24" rx="3" fill="var(--d-fill-2)" stroke="var(--d-stroke-2)"/><rect x="92" y="38" width="24" height="24" rx="3" fill="var(--d-fill-3)" stroke="var(--d-stroke-3)"/>';
