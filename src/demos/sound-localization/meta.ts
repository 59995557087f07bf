/** What the build needs to know of the demo without loading it: its title, shown in the page and its table of contents. */
import { localizationText } from './text';

export const title = { ko: localizationText.ko.title, en: localizationText.en.title };
