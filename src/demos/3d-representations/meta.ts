/**
 * What the build needs to know of the demo without loading it: its title (shown in the page and
 * its table of contents) and a small picture for the home page's gallery (SVG on a 120 × 72
 * view box, drawn in the diagrams' theme colours).
 */
import { representationText } from './text';

export const title = { ko: representationText.ko.title, en: representationText.en.title };

export const preview =
  '<path d="M30 20 L60 8 L90 20 L90 52 L60 64 L30 52 Z M30 20 L60 32 L90 20 M60 32 L60 64" fill="var(--d-fill-1)" stroke="var(--d-stroke-1)" stroke-width="2" stroke-linejoin="round"/><circle cx="104" cy="14" r="2" fill="var(--d-stroke-3)"/><circle cx="110" cy="24" r="2" fill="var(--d-stroke-3)"/><circle cx="102" cy="30" r="2" fill="var(--d-stroke-3)"/>';
