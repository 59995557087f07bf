/** What the build needs to know of the demo without loading it: its title, shown in the page and its table of contents. */
import { conv3dText } from './text';

export const title = { ko: conv3dText.ko.title, en: conv3dText.en.title };
