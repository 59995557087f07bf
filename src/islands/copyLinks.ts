import { bookmarkKey, progress } from '../store/progress';
import { copyText } from './copyText';
import type { PageInfo } from './page';

const SHOWN_MS = 2000;

/**
 * The link buttons beside headings and figures. The button is the place's own link (it works
 * without JavaScript); a click opens its menu: copy the place's absolute URL (confirmed in the
 * status beside it), or bookmark the place.
 */
export function copyLinks(main: HTMLElement, page: PageInfo): void {
  const { t } = page;
  const timers = new WeakMap<Element, number>();
  let open: { menu: HTMLElement; link: HTMLAnchorElement } | undefined;

  const close = (returnFocus: boolean) => {
    if (!open) return;
    const { menu, link } = open;
    open = undefined;
    menu.remove();
    link.setAttribute('aria-expanded', 'false');
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('pointerdown', onOutside);
    if (returnFocus) link.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close(true);
  };
  const onOutside = (event: PointerEvent) => {
    if (open && !open.menu.contains(event.target as Node) && event.target !== open.link) close(false);
  };

  const say = (link: HTMLAnchorElement, message: string) => {
    const status = link.parentElement?.querySelector('[role="status"]');
    if (!status) return;
    status.textContent = message;
    status.classList.add('visible');
    window.clearTimeout(timers.get(status));
    timers.set(
      status,
      window.setTimeout(() => {
        status.textContent = '';
        status.classList.remove('visible');
      }, SHOWN_MS),
    );
  };

  const openMenu = (link: HTMLAnchorElement) => {
    close(false);
    const anchor = link.dataset.copyAnchor ?? '';
    const article = link.closest<HTMLElement>('article[data-topic]');
    const topic = article?.dataset.topic ?? '';
    const label = (link.getAttribute('aria-label') ?? '').replace(/^[^:]*:\s*/, '');
    const menu = document.createElement('div');
    menu.className = 'link-menu';
    menu.setAttribute('role', 'group');
    menu.setAttribute('aria-label', label);
    const button = (text: string, action: () => void | Promise<void>) => {
      const element = document.createElement('button');
      element.type = 'button';
      element.textContent = text;
      element.addEventListener('click', async () => {
        close(true);
        await action();
      });
      menu.append(element);
      return element;
    };
    const first = button(t.copyLink, async () => {
      history.replaceState(history.state, '', `#${encodeURIComponent(anchor)}`);
      say(link, (await copyText(link.href)) ? t.copied : t.copyFailed);
    });
    if (topic) {
      const marked = Boolean(progress.getState().bookmarks[bookmarkKey(topic, anchor)]);
      const toggle = button(marked ? t.removeBookmark : t.addBookmark, () => {
        progress.getState().toggleBookmark({ topic, anchor, label, topicTitle: article?.dataset.title ?? '', lang: page.lang, at: Date.now() });
        say(link, marked ? t.bookmarkRemoved : t.bookmarkAdded);
      });
      toggle.setAttribute('aria-pressed', String(marked));
    }
    link.parentElement?.append(menu);
    link.setAttribute('aria-expanded', 'true');
    open = { menu, link };
    first.focus();
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onOutside);
  };

  main.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-copy-anchor]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    if (open?.link === link) close(true);
    else openMenu(link);
  });
}
