import { getTopicNotes, onNotesChange } from '../store/notes';
import { lazy } from './lazy';
import type { PageInfo } from './page';

/**
 * The topic's notes: the "my notes" button opens the panel (loaded then), and each heading with a
 * pinned note gets a marker that opens it.
 */
export function notes(button: HTMLElement, page: PageInfo): void {
  const article = button.closest<HTMLElement>('article[data-topic]');
  if (!article) return;
  const topic = article.dataset.topic ?? '';
  const headings = [...article.querySelectorAll<HTMLElement>('h2[id], h3[id], h4[id]')];
  const context = {
    topic,
    lecture: article.dataset.lecture ?? '',
    title: article.dataset.title ?? '',
    headings: headings.map((h) => ({ id: h.id, text: h.textContent?.trim() ?? '' })),
  };
  const open = async (anchor: string | undefined, from: HTMLElement) => {
    await lazy.reactIslands();
    const { openNotes } = await lazy.notes();
    openNotes(page, context, anchor, from);
  };
  button.addEventListener('click', () => void open(undefined, button));

  const markers = async () => {
    const pinned = new Set((await getTopicNotes(topic))?.notes.filter((n) => n.anchor).map((n) => n.anchor));
    for (const heading of headings) {
      const row = heading.closest('.heading-row');
      const existing = row?.querySelector<HTMLButtonElement>('.note-marker');
      if (!pinned.has(heading.id)) existing?.remove();
      else if (row && !existing) {
        const marker = document.createElement('button');
        marker.type = 'button';
        marker.className = 'note-marker';
        marker.setAttribute('aria-label', `${page.t.myNotes}: ${heading.textContent?.trim() ?? ''}`);
        marker.addEventListener('click', () => void open(heading.id, marker));
        row.append(marker);
      }
    }
    const count = (await getTopicNotes(topic))?.notes.length ?? 0;
    button.dataset.count = count ? String(count) : '';
  };
  void markers();
  onNotesChange((changed) => changed === topic && void markers());
}
