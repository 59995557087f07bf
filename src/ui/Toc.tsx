import { useMemo } from 'react';
import type { Heading } from '../content/types';
import { useCurrentSection } from './scrollSpy';
import { useView } from './ViewContext';

/** The on-page table of contents; the section being read is marked as the scroll moves. */
export function Toc({ headings }: { headings: Heading[] }) {
  const { t } = useView();
  const listed = useMemo(() => headings.filter((h) => h.depth === 2 || h.depth === 3), [headings]);
  const ids = useMemo(() => listed.map((h) => h.id), [listed]);
  const current = useCurrentSection(ids);
  if (listed.length === 0) return null;
  return (
    <nav className="toc" aria-label={t.onThisPage}>
      <p className="toc-title">{t.onThisPage}</p>
      <ul>
        {listed.map((heading) => (
          <li key={heading.id} className={`depth-${heading.depth}`}>
            <a href={`#${encodeURIComponent(heading.id)}`} aria-current={heading.id === current ? 'location' : undefined}>
              {heading.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
