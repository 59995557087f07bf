import type { Lang } from '../content/types';
import { rootPrefix } from '../content/urls';
import { uiStrings, type UiStrings } from '../ui/i18n';

/** What every island knows about the page it is on, read from <html> (see src/ui/renderPage). */
export interface PageInfo {
  lang: Lang;
  /** site-root-relative file, e.g. en/stft.html */
  file: string;
  /** '' or '../': from this page to the site root */
  root: string;
  t: UiStrings;
}

export function readPageInfo(doc: Document = document): PageInfo {
  const html = doc.documentElement;
  const lang: Lang = html.lang === 'en' ? 'en' : 'ko';
  const file = html.dataset.page ?? 'index.html';
  return { lang, file, root: rootPrefix(file), t: uiStrings(lang) };
}
