/** What the build needs to know of the demo without loading it: its title, shown in the page and its table of contents. */
import { jointEmbeddingText } from './text';

export const title = { ko: jointEmbeddingText.ko.title, en: jointEmbeddingText.en.title };
