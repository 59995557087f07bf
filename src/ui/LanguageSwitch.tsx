import type { Lang } from '../content/types';
import { pageFile, relativeUrl } from '../content/urls';
import { uiStrings } from './i18n';
import { useView } from './ViewContext';

/**
 * Links to this page in the other languages. Headings share ids across languages, so the language
 * island keeps the place (and a demo's settings) when one is followed.
 */
export function LanguageSwitch({ langs, topicId }: { langs: Lang[]; topicId?: string }) {
  const { lang, file, t } = useView();
  const others = langs.filter((l) => l !== lang);
  if (others.length === 0) return null;
  return (
    <nav className="language-switch" aria-label={t.language} data-island="language">
      {others.map((other) => (
        <a key={other} href={relativeUrl(file, pageFile(other, topicId))} hrefLang={other} lang={other}>
          {uiStrings(other).languageName}
        </a>
      ))}
    </nav>
  );
}
