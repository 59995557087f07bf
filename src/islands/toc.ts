import type { PageInfo } from './page';
import { followCurrentSection } from './scrollSpy';

/** The table of contents marks the section being read as the page scrolls. */
export function toc(nav: HTMLElement, _page: PageInfo): void {
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const ids = links.map((link) => decodeURIComponent(link.hash.slice(1)));
  followCurrentSection(ids, (current) => {
    links.forEach((link, i) => {
      if (ids[i] === current) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    });
  });
}
