import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Lang } from '../../src/content/types';
import { uiStrings } from '../../src/ui/i18n';
import { ViewProvider } from '../../src/ui/ViewContext';

/** Renders inside the view context a page provides (language, current file, UI strings). */
export function renderInView(ui: ReactElement, { lang = 'en', file = 'en/stft.html' }: { lang?: Lang; file?: string } = {}) {
  return render(<ViewProvider value={{ lang, file, t: uiStrings(lang) }}>{ui}</ViewProvider>);
}
