/** What the build needs to know of the demo without loading it: its title, shown in the page and its table of contents. */
import { textToImageText } from './text';

export const title = { ko: textToImageText.ko.title, en: textToImageText.en.title };
