/** What the build needs to know of the demo without loading it: its title, shown in the page and its table of contents. */
import { refocusText } from './text';

export const title = { ko: refocusText.ko.title, en: refocusText.en.title };
