/** What the build needs to know of the demo without loading it: its title, shown in the page and its table of contents. */
import { softAttentionText } from './text';

export const title = { ko: softAttentionText.ko.title, en: softAttentionText.en.title };
