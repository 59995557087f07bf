import { reviews } from '../store/reviews';
import { lazy } from './lazy';
import type { PageInfo } from './page';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A self-check question: once its answer is open, the reader says whether they knew it, and the
 * question is scheduled for review (FSRS, loaded at the first answer).
 */
export function selfCheck(box: HTMLElement, page: PageInfo): void {
  const { t } = page;
  const details = box.querySelector('details');
  const article = box.closest<HTMLElement>('article[data-topic]');
  if (!details || !article || !box.id) return;
  const row = document.createElement('div');
  row.className = 'self-check-rating';
  row.hidden = true;
  const prompt = document.createElement('span');
  prompt.textContent = t.didYouKnow;
  const status = document.createElement('span');
  status.className = 'self-check-next';
  status.setAttribute('role', 'status');
  const answer = (knew: boolean) => async () => {
    const { rate } = await lazy.review();
    const previous = reviews.getState().cards[box.id];
    const card = rate(previous?.card, knew, new Date());
    reviews.getState().setCard(box.id, { topic: article.dataset.topic ?? '', lecture: article.dataset.lecture ?? '', lang: page.lang, card });
    status.textContent = t.nextReview(Math.max(0, Math.round((card.due - Date.now()) / DAY_MS)));
  };
  const button = (text: string, knew: boolean) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'demo-button';
    element.textContent = text;
    element.addEventListener('click', () => void answer(knew)());
    return element;
  };
  row.append(prompt, button(t.knewIt, true), button(t.didntKnow, false), status);
  details.after(row);
  details.addEventListener('toggle', () => {
    row.hidden = !details.open;
  });
}
