import { createContext, useContext } from 'react';
import type { Lang } from '../content/types';
import { uiStrings, type UiStrings } from './i18n';

export interface ViewInfo {
  lang: Lang;
  /** the current page's site-root-relative file, for building relative links */
  file: string;
  t: UiStrings;
}

const ViewContext = createContext<ViewInfo>({ lang: 'ko', file: 'index.html', t: uiStrings('ko') });

export const ViewProvider = ViewContext.Provider;

export function useView(): ViewInfo {
  return useContext(ViewContext);
}
