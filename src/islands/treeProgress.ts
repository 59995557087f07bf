import { progress, type ReadMark } from '../store/progress';
import type { PageInfo } from './page';

/** The topic id a tree link points at (links between pages of one language are "<id>.html"). */
export function topicOfLink(link: HTMLAnchorElement): string | undefined {
  const match = /(?:^|\/)([^/]+)\.html$/.exec(link.getAttribute('href') ?? '');
  return match?.[1];
}

/**
 * Read marks in the topic tree: a tick on each topic read, and "read of total" on each branch and
 * on every other lecture (from the marks kept with their lecture, and the lecture's topic count).
 */
export function showTreeProgress(nav: HTMLElement, { t }: PageInfo): void {
  const render = (read: Record<string, ReadMark>) => {
    // nothing read and nothing shown (a first visit): nothing to walk
    if (!Object.keys(read).length && !nav.querySelector('.read-hint, .tree-progress')) return;
    const readPerLecture = new Map<string, number>();
    for (const mark of Object.values(read)) readPerLecture.set(mark.lecture, (readPerLecture.get(mark.lecture) ?? 0) + 1);
    for (const link of nav.querySelectorAll<HTMLAnchorElement>('.tree-row > a')) {
      const topic = topicOfLink(link);
      const isRead = Boolean(topic && read[topic]);
      link.classList.toggle('is-read', isRead);
      let hint = link.querySelector<HTMLElement>('.read-hint');
      if (isRead && !hint) {
        hint = document.createElement('span');
        hint.className = 'read-hint';
        hint.textContent = ` (${t.read})`;
        link.append(hint);
      } else if (!isRead) hint?.remove();
    }
    for (const item of nav.querySelectorAll<HTMLElement>('li')) {
      const row = item.querySelector(':scope > .tree-row');
      if (!row) continue;
      let total: number;
      let done: number;
      if (item.dataset.topics) {
        total = Number(item.dataset.topics);
        done = readPerLecture.get(item.dataset.lecture ?? '') ?? 0;
      } else {
        const links = [...item.querySelectorAll<HTMLAnchorElement>(':scope > div[id] .tree-row > a')];
        if (!links.length) continue;
        total = links.length + 1;
        done = [row.querySelector('a') as HTMLAnchorElement, ...links].filter((link) => {
          const topic = topicOfLink(link);
          return topic && read[topic];
        }).length;
      }
      let badge = row.querySelector<HTMLElement>('.tree-progress');
      if (!done) {
        badge?.remove();
        continue;
      }
      if (!badge) {
        badge = document.createElement('span');
        badge.className = 'tree-progress';
        row.append(badge);
      }
      // only real changes: the tree is watched for lectures that load, and this must settle
      if (badge.textContent !== `${done}/${total}`) {
        badge.textContent = `${done}/${total}`;
        badge.title = t.readProgress(done, total);
      }
    }
  };
  render(progress.getState().read);
  progress.subscribe((state, previous) => state.read !== previous.read && render(state.read));
  // a lecture's topics that arrive later get their marks too
  new MutationObserver(() => render(progress.getState().read)).observe(nav, { childList: true, subtree: true });
}
