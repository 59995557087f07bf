import { copyText } from './copyText';
import type { PageInfo } from './page';

const SHOWN_MS = 2000;

/** The link buttons beside headings and figures: a click copies the place's absolute URL and says so. */
export function copyLinks(main: HTMLElement, { t }: PageInfo): void {
  const timers = new WeakMap<Element, number>();
  main.addEventListener('click', async (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-copy-anchor]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    history.replaceState(history.state, '', `#${encodeURIComponent(link.dataset.copyAnchor ?? '')}`);
    const status = link.parentElement?.querySelector('[role="status"]');
    const copied = await copyText(link.href);
    if (!status) return;
    status.textContent = copied ? t.copied : t.copyFailed;
    status.classList.add('visible');
    window.clearTimeout(timers.get(status));
    timers.set(
      status,
      window.setTimeout(() => {
        status.textContent = '';
        status.classList.remove('visible');
      }, SHOWN_MS),
    );
  });
}
