/**
 * What the build needs to know of the demo without loading it: its title (shown in the page and
 * its table of contents) and a small picture for the home page's gallery (SVG on a 120 × 72
 * view box, drawn in the diagrams' theme colours).
 */
import { jointEmbeddingText } from './text';

export const title = { ko: jointEmbeddingText.ko.title, en: jointEmbeddingText.en.title };

export const preview =
  '<circle cx="30" cy="40" r="7" fill="var(--d-fill-1)" stroke="var(--d-stroke-1)" stroke-width="2"/><circle cx="52" cy="30" r="7" fill="var(--d-fill-3)" stroke="var(--d-stroke-3)" stroke-width="2"/><circle cx="94" cy="50" r="7" fill="var(--d-fill-5)" stroke="var(--d-stroke-5)" stroke-width="2"/><path d="M37 38 L45 33" stroke="var(--d-stroke-3)" stroke-width="2"/><path d="M36 42 L86 50" stroke="var(--d-stroke-5)" stroke-width="1.5" stroke-dasharray="4 3"/>';
