/** What the build needs to know of the demo without loading it: its title, shown in the page and its table of contents. */
import { separationText } from './text';

export const title = { ko: separationText.ko.title, en: separationText.en.title };
