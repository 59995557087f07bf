/** What the build needs to know of the demo without loading it: its title, shown in the page and its table of contents. */
import { representationText } from './text';

export const title = { ko: representationText.ko.title, en: representationText.en.title };
