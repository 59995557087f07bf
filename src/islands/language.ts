import { LANGUAGE_KEY } from '../store/keys';
import type { PageInfo } from './page';
import { currentSectionId } from './scrollSpy';

/**
 * The language links open this page in the other language at the same place: the heading, figure
 * or demo being read (ids are shared across languages), with the page's query (a demo's settings).
 * Following one is the reader's choice of language, which the entry page then respects.
 */
export function language(nav: HTMLElement, _page: PageInfo): void {
  nav.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[hreflang]');
    if (!link) return;
    const places = [...document.querySelectorAll<HTMLElement>('main h2[id], main h3[id], main figure[id], main section.demo[id]')].map((e) => e.id);
    const place = currentSectionId(places);
    link.search = location.search;
    link.hash = place ? encodeURIComponent(place) : '';
    try {
      localStorage.setItem(LANGUAGE_KEY, link.hreflang);
    } catch {
      // storage disabled: the choice lasts for this visit
    }
  });
}
