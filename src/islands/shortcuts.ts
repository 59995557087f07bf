import { bookmarkKey, progress } from '../store/progress';
import type { PageInfo } from './page';
import { currentSectionId } from './scrollSpy';

/** Whether a key press is the reader typing somewhere, not a shortcut. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * Keyboard shortcuts, listed in a help dialog opened with "?": n and p for the next and previous
 * topic, m to mark the topic read (or not), b to bookmark the section being read; "/" and Ctrl+K
 * search (the search island).
 */
export function shortcuts(body: HTMLElement, page: PageInfo): void {
  const { t } = page;
  let help: HTMLDialogElement | undefined;
  const showHelp = () => {
    if (!help) {
      help = document.createElement('dialog');
      help.className = 'help-dialog';
      help.setAttribute('aria-labelledby', 'help-title');
      const title = document.createElement('h2');
      title.id = 'help-title';
      title.textContent = t.shortcutsTitle;
      const list = document.createElement('dl');
      for (const [keys, text] of t.shortcutList) {
        const term = document.createElement('dt');
        for (const key of keys.split(' ')) {
          const kbd = document.createElement('kbd');
          kbd.textContent = key;
          term.append(kbd, ' ');
        }
        const description = document.createElement('dd');
        description.textContent = text;
        list.append(term, description);
      }
      const close = document.createElement('button');
      close.type = 'button';
      close.className = 'demo-button';
      close.textContent = t.close;
      close.addEventListener('click', () => help?.close());
      help.append(title, list, close);
      body.append(help);
    }
    help.showModal();
  };
  const say = (message: string) => {
    const box = document.querySelector('.notices');
    if (!box) return;
    const note = document.createElement('div');
    note.className = 'notice';
    note.textContent = message;
    box.replaceChildren(note);
    setTimeout(() => note.remove(), 2500);
  };

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target) || document.querySelector('dialog[open]')) return;
    const article = document.querySelector<HTMLElement>('article[data-topic]');
    const go = (rel: string) => document.querySelector<HTMLAnchorElement>(`.pager a[rel="${rel}"]`)?.click();
    if (event.key === '?') showHelp();
    else if (event.key === 'n') go('next');
    else if (event.key === 'p') go('prev');
    else if (event.key === 'm' && article) article.querySelector<HTMLButtonElement>('.read-toggle')?.click();
    else if (event.key === 'b' && article) {
      const headings = [...article.querySelectorAll<HTMLElement>('h2[id], h3[id]')];
      const anchor = currentSectionId(headings.map((h) => h.id)) ?? '';
      const label = headings.find((h) => h.id === anchor)?.textContent?.trim() ?? article.dataset.title ?? '';
      const topic = article.dataset.topic ?? '';
      const marked = Boolean(progress.getState().bookmarks[bookmarkKey(topic, anchor)]);
      progress.getState().toggleBookmark({ topic, anchor, label, topicTitle: article.dataset.title ?? '', lang: page.lang, at: Date.now() });
      say(`${marked ? t.bookmarkRemoved : t.bookmarkAdded}: ${label}`);
    } else return;
    event.preventDefault();
  });
}
