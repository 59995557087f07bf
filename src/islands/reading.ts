import { progress } from '../store/progress';
import type { PageInfo } from './page';
import { followCurrentSection } from './scrollSpy';

/** How long the reader stays on a page before reaching its end counts as having read it. */
const READ_AFTER_MS = 15_000;
const PLACE_SAVE_DELAY_MS = 800;

/**
 * The topic being read: it is marked read when the reader reaches its end (or by hand, and can be
 * unmarked), and the section being read is remembered as the lecture's last place.
 */
export function reading(article: HTMLElement, { lang }: PageInfo): void {
  const topic = article.dataset.topic ?? '';
  const lecture = article.dataset.lecture ?? '';
  const toggle = article.querySelector<HTMLButtonElement>('.read-toggle');
  if (!topic || !lecture) return;

  const show = () => toggle?.setAttribute('aria-pressed', String(Boolean(progress.getState().read[topic])));
  progress.subscribe(show);
  show();
  let unmarkedByHand = false;
  toggle?.addEventListener('click', () => {
    const read = !progress.getState().read[topic];
    unmarkedByHand = !read;
    progress.getState().setRead(topic, lecture, read);
  });

  const openedAt = performance.now();
  const end = toggle?.parentElement;
  if (end && typeof IntersectionObserver !== 'undefined') {
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      // the end on screen because the page is short is not yet reading it
      if (window.scrollY === 0 && performance.now() - openedAt < READ_AFTER_MS) return;
      observer.disconnect();
      if (!unmarkedByHand && !progress.getState().read[topic]) progress.getState().setRead(topic, lecture, true);
    });
    observer.observe(end);
  }

  // a printed page shows the self-checks' answers, and where each demo lives online
  let closed: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    closed = [...article.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    closed.forEach((details) => (details.open = true));
    article.querySelectorAll<HTMLAnchorElement>('.demo-print a').forEach((link) => (link.textContent = link.href));
  });
  window.addEventListener('afterprint', () => closed.forEach((details) => (details.open = false)));

  const headings = [...article.querySelectorAll<HTMLElement>('h2[id], h3[id]')];
  let pending = 0;
  followCurrentSection(
    headings.map((h) => h.id),
    (anchor) => {
      window.clearTimeout(pending);
      pending = window.setTimeout(() => {
        const heading = headings.find((h) => h.id === anchor);
        const label = heading?.textContent?.trim() ?? article.dataset.title ?? '';
        progress.getState().setPlace(lecture, { topic, anchor: anchor ?? '', label, lang, at: Date.now() });
      }, PLACE_SAVE_DELAY_MS);
    },
  );
}
