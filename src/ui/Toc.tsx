import type { Place } from '../content/note';
import { useView } from './ViewContext';

/**
 * The on-page table of contents: sections, and the figures and demos in them, so the keyboard
 * reaches any of them in one jump. The toc island marks the section being read as the page scrolls.
 */
export function Toc({ places }: { places: Place[] }) {
  const { t } = useView();
  const listed = places.filter((p) => (p.kind === 'heading' ? p.depth === 2 || p.depth === 3 : true));
  if (!listed.some((p) => p.kind === 'heading')) return null;
  return (
    <nav className="toc" aria-label={t.onThisPage} data-island="toc">
      <p className="toc-title">{t.onThisPage}</p>
      <ul>
        {listed.map((place) => (
          <li key={place.id} className={`depth-${Math.min(place.depth, 4)} toc-${place.kind}`}>
            <a href={`#${encodeURIComponent(place.id)}`}>
              {place.kind !== 'heading' && <span className="toc-kind">{place.kind === 'demo' ? t.demoShort : t.figure}: </span>}
              {place.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
