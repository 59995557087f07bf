import type { MouseEvent } from 'react';
import type { Lang } from '../content/types';
import { pageFile, relativeUrl } from '../content/urls';
import { uiStrings } from './i18n';
import { currentSectionId } from './scrollSpy';
import { useView } from './ViewContext';

interface LanguageSwitchProps {
  /** languages the current page exists in */
  langs: Lang[];
  /** the current topic; undefined on the home page */
  topicId?: string;
  /** ids of the page's headings, to keep the reader at the same section in the other language */
  sectionIds: readonly string[];
}

/** Links to this page in the other languages; headings share ids across languages, so the place is kept. */
export function LanguageSwitch({ langs, topicId, sectionIds }: LanguageSwitchProps) {
  const { lang, file, t } = useView();
  const others = langs.filter((l) => l !== lang);
  if (others.length === 0) return null;
  const keepPlace = (event: MouseEvent<HTMLAnchorElement>) => {
    const section = currentSectionId(sectionIds);
    if (section) event.currentTarget.hash = encodeURIComponent(section);
  };
  return (
    <nav className="language-switch" aria-label={t.language}>
      {others.map((other) => (
        <a key={other} href={relativeUrl(file, pageFile(other, topicId))} hrefLang={other} lang={other} onClick={keepPlace}>
          {uiStrings(other).languageName}
        </a>
      ))}
    </nav>
  );
}
