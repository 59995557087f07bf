import type { Root } from 'hast';
import { renderToStaticMarkup } from 'react-dom/server';
import { toNoteTree } from '../content/reactTree';
import type { Lang } from '../content/types';
import { pageFile } from '../content/urls';
import { uiStrings } from './i18n';
import { renderNote } from './renderNote';
import { ViewProvider } from './ViewContext';

/** A compiled note as HTML, with the reader's elements (heading links, formulas, figures, demo places). */
export function renderNoteBody(tree: Root, lang: Lang, topicId: string): string {
  const view = { lang, file: pageFile(lang, topicId), t: uiStrings(lang) };
  return renderToStaticMarkup(<ViewProvider value={view}>{renderNote(toNoteTree(tree))}</ViewProvider>);
}
