/** What the build needs to know of the demo without loading it: its title, shown in the page and its table of contents. */
import { stftDemoText } from './text';

export const title = { ko: stftDemoText.ko.title, en: stftDemoText.en.title };
