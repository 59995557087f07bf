import type { Heading } from '../content/types';
import { useView } from './ViewContext';

/** The on-page table of contents; the toc island marks the section being read as the page scrolls. */
export function Toc({ headings }: { headings: Heading[] }) {
  const { t } = useView();
  const listed = headings.filter((h) => h.depth === 2 || h.depth === 3);
  if (listed.length === 0) return null;
  return (
    <nav className="toc" aria-label={t.onThisPage} data-island="toc">
      <p className="toc-title">{t.onThisPage}</p>
      <ul>
        {listed.map((heading) => (
          <li key={heading.id} className={`depth-${heading.depth}`}>
            <a href={`#${encodeURIComponent(heading.id)}`}>{heading.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
