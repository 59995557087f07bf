import { relativeUrl } from '../../content/urls';
import { rate } from '../../study/schedule';
import type { reviews as reviewsStore } from '../../store/reviews';
import { element } from '../dom';
import type { PageInfo } from '../page';
import { loadScript } from '../runtime';
import type { LectureScript } from '../lectures';

interface Question {
  id: string;
  question: string;
  answer: string;
  topic: string;
  topicTitle: string;
  file: string;
}

/** Every lecture's script, as the page's tree lists them, by lecture id. */
function lectureScripts(): Map<string, string> {
  return new Map([...document.querySelectorAll<HTMLElement>('li[data-tree-script][data-lecture]')].map((e) => [e.dataset.lecture!, e.dataset.treeScript!]));
}

async function questionsOf(lecture: string, page: PageInfo): Promise<Question[]> {
  const script = lectureScripts().get(lecture);
  if (!script) return [];
  const { questions } = await loadScript<LectureScript>(script);
  return loadScript<Question[]>(page.root + questions);
}

/**
 * The review page: the self-check questions due today across the course, one at a time — the
 * question, then its answer, then "I knew it / I didn't", which schedules the next review. With
 * ?lecture=<id> it is practice: every question of that lecture, in order. The store comes from the
 * app script, so the page has one review schedule, not a copy in this bundle.
 */
export async function mountReviewPage(root: HTMLElement, page: PageInfo, reviews: typeof reviewsStore): Promise<void> {
  const { t } = page;
  const practice = new URLSearchParams(location.search).get('lecture');
  const now = Date.now();
  const status = element('p', { className: 'review-status' });
  status.setAttribute('role', 'status');
  const stage = element('div', { className: 'review-stage' });
  root.replaceChildren(status, stage);

  let queue: Question[];
  if (practice) {
    queue = await questionsOf(practice, page);
    status.textContent = t.practiceAll(queue.length);
  } else {
    const due = Object.entries(reviews.getState().cards).filter(([, entry]) => entry.lang === page.lang && entry.card.due <= now);
    const lectures = [...new Set(due.map(([, entry]) => entry.lecture))];
    const known = new Map((await Promise.all(lectures.map((lecture) => questionsOf(lecture, page)))).flat().map((q) => [q.id, q]));
    queue = due.map(([id]) => known.get(id)).filter((q): q is Question => Boolean(q));
    status.textContent = queue.length ? t.reviewDue(queue.length) : t.reviewNone;
  }

  const show = (index: number) => {
    const question = queue[index];
    if (!question) {
      stage.replaceChildren(...(queue.length ? [element('p', { className: 'review-done' }, t.reviewDone)] : []));
      return;
    }
    const where = element(
      'a',
      { href: `${relativeUrl(page.file, question.file)}#${encodeURIComponent(question.id)}` },
      `${t.openQuestion}: ${question.topicTitle}`,
    );
    const card = element('section', { className: 'self-check review-card' });
    card.setAttribute('aria-label', `${index + 1} / ${queue.length}`);
    const body = element('div');
    body.innerHTML = question.question;
    const answer = element('div', { className: 'answer-body' });
    answer.innerHTML = question.answer;
    answer.hidden = true;
    const reveal = element('button', { type: 'button', className: 'demo-button', textContent: t.showAnswer });
    const rating = element('div', { className: 'self-check-rating' }, element('span', {}, t.didYouKnow));
    rating.hidden = true;
    for (const [label, knew] of [
      [t.knewIt, true],
      [t.didntKnow, false],
    ] as const) {
      const button = element('button', { type: 'button', className: 'demo-button', textContent: label });
      button.addEventListener('click', () => {
        const previous = reviews.getState().cards[question.id];
        reviews.getState().setCard(question.id, {
          topic: question.topic,
          lecture: previous?.lecture ?? practice ?? '',
          lang: page.lang,
          card: rate(previous?.card, knew, new Date()),
        });
        show(index + 1);
      });
      rating.append(button);
    }
    reveal.addEventListener('click', () => {
      answer.hidden = false;
      rating.hidden = false;
      reveal.remove();
      rating.querySelector('button')?.focus();
    });
    card.append(element('p', { className: 'review-count' }, `${index + 1} / ${queue.length} · `, where), body, reveal, answer, rating);
    stage.replaceChildren(card);
    reveal.focus();
  };
  show(0);
}
