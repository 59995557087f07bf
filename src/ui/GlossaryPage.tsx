import type { GlossaryEntry } from '../content/glossary';
import { termAnchor } from '../content/glossaryLinks';
import { useView } from './ViewContext';

/** A lecture's glossary: each term in both languages; the notes link a term's first use here. */
export function GlossaryPage({ lectureTitle, entries }: { lectureTitle: string; entries: GlossaryEntry[] }) {
  const { lang, t } = useView();
  const sorted = [...entries].sort((a, b) => (lang === 'ko' ? a.ko[0]!.localeCompare(b.ko[0]!, 'ko') : a.en.localeCompare(b.en, 'en')));
  return (
    <div className="glossary-page">
      <h1 tabIndex={-1}>
        {t.glossary}: {lectureTitle}
      </h1>
      <p>{t.glossaryText}</p>
      <dl className="glossary">
        {sorted.map((entry) => (
          <div key={entry.en} className="glossary-entry">
            <dt id={termAnchor(entry)}>{lang === 'ko' ? entry.ko.join(' · ') : entry.en}</dt>
            <dd lang={lang === 'ko' ? 'en' : 'ko'}>{lang === 'ko' ? entry.en : entry.ko.join(', ')}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
