/**
 * What the build needs to know of the demo without loading it: its title (shown in the page and
 * its table of contents) and a small picture for the home page's gallery (SVG on a 120 × 72
 * view box, drawn in the diagrams' theme colours).
 */
import { conv3dText } from './text';

export const title = { ko: conv3dText.ko.title, en: conv3dText.en.title };

export const preview =
  '<path d="M20 20 l16 0 l8 -8 l-16 0 z" fill="var(--d-fill-1)" stroke="var(--d-stroke-1)"/><path d="M36 20 l16 0 l8 -8 l-16 0 z" fill="var(--d-fill-1)" stroke="var(--d-stroke-1)"/><path d="M52 20 l16 0 l8 -8 l-16 0 z" fill="var(--d-fill-1)" stroke="var(--d-stroke-1)"/><path d="M28 40 l16 0 l8 -8 l-16 0 z" fill="var(--d-fill-1)" stroke="var(--d-stroke-1)"/><path d="M44 40 l16 0 l8 -8 l-16 0 z" fill="var(--d-fill-1)" stroke="var(--d-stroke-1)"/><path d="M60 40 l16 0 l8 -8 l-16 0 z" fill="var(--d-fill-1)" stroke="var(--d-stroke-1)"/><path d="M28 26 l16 0 l8 -8 l-16 0 z" fill="var(--d-fill-1)" stroke="var(--d-stroke-1)"/><path d="M44 26 l16 0 l8 -8 l-16 0 z" fill="var(--d-fill-1)" stroke="var(--d-stroke-1)"/><path d="M60 26 l16 0 l8 -8 l-16 0 z" fill="var(--d-fill-1)" stroke="var(--d-stroke-1)"/><path d="M28 12 l16 0 l8 -8 l-16 0 z" fill="var(--d-fill-1)" stroke="var(--d-stroke-1)"/><path d="M44 12 l16 0 l8 -8 l-16 0 z" fill="var(--d-fill-1)" stroke="var(--d-stroke-1)"/><path d="M60 12 l16 0 l8 -8 l-16 0 z" fill="var(--d-fill-1)" stroke="var(--d-stroke-1)"/><rect x="84" y="18" width="22" height="22" fill="var(--d-fill-2)" stroke="var(--d-stroke-2)" stroke-width="2"/>';
