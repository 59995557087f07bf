/** What the build needs to know of the demo without loading it: its title, shown in the page and its table of contents. */
import { melMfccText } from './text';

export const title = { ko: melMfccText.ko.title, en: melMfccText.en.title };
