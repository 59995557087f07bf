import { MY_LECTURES_PAGE, pageFile, relativeUrl, REVIEW_PAGE } from '../content/urls';
import { importedTopicOfKey, importedTopicQuery } from '../store/importOutlines';
import { dueCount, reviews } from '../store/reviews';
import { progress } from '../store/progress';
import { notices } from '../store/storage';
import { exportData, importData, type RestoreLecture } from '../store/transfer';
import { filesOf } from '../store/exportedLectures';
import { runImport } from '../import/runImport';
import { lazy } from './lazy';
import { element } from './dom';
import type { PageInfo } from './page';

/** A lecture's card on the home page: how much of it is read, and where to continue. */
export function lectureCard(card: HTMLElement, { t, file, lang }: PageInfo): void {
  const lecture = card.dataset.lecture ?? '';
  const total = Number(card.dataset.topics ?? 0);
  const slot = card.querySelector('.lecture-progress');
  if (!slot) return;
  const render = () => {
    const { read, places } = progress.getState();
    const done = Object.values(read).filter((mark) => mark.lecture === lecture).length;
    const meter = element('progress', { max: Math.max(total, 1), value: done });
    meter.setAttribute('aria-label', t.readProgress(done, total));
    const parts: Node[] = [element('div', { className: 'lecture-meter' }, meter, element('span', {}, t.readProgress(done, total)))];
    const due = dueCount(reviews.getState().cards, Date.now(), lecture);
    const reviewHref = relativeUrl(file, pageFile(lang, REVIEW_PAGE));
    const review = element('p', { className: 'lecture-review' });
    if (due) review.append(element('a', { href: reviewHref }, t.reviewDue(due)), ' · ');
    review.append(element('a', { href: `${reviewHref}?lecture=${encodeURIComponent(lecture)}` }, t.practice));
    parts.push(review);
    const place = places[lecture];
    if (place) {
      const href = relativeUrl(file, pageFile(place.lang, place.topic)) + (place.anchor ? `#${encodeURIComponent(place.anchor)}` : '');
      parts.push(element('p', { className: 'lecture-continue' }, element('a', { href }, `${t.continueReading}: ${place.label}`)));
    }
    slot.replaceChildren(...parts);
  };
  progress.subscribe(render);
  reviews.subscribe(render);
  render();
}

/** The bookmarks, newest first, each opening its place. */
export function bookmarks(section: HTMLElement, { t, file }: PageInfo): void {
  const empty = section.querySelector('.bookmarks-empty');
  const list = element('ul', { className: 'bookmark-list' });
  section.append(list);
  const render = () => {
    const items = Object.values(progress.getState().bookmarks).sort((a, b) => b.at - a.at);
    empty?.toggleAttribute('hidden', items.length > 0);
    list.replaceChildren(
      ...items.map((mark) => {
        const imported = importedTopicOfKey(mark.topic);
        const page = imported
          ? relativeUrl(file, pageFile(mark.lang, MY_LECTURES_PAGE)) + importedTopicQuery(imported.lecture, imported.topic)
          : relativeUrl(file, pageFile(mark.lang, mark.topic));
        const href = `${page}#${encodeURIComponent(mark.anchor)}`;
        const remove = element('button', { type: 'button', className: 'bookmark-remove', textContent: t.removeBookmark });
        remove.setAttribute('aria-label', `${t.removeBookmark}: ${mark.label}`);
        remove.addEventListener('click', () => progress.getState().toggleBookmark(mark));
        return element('li', {}, element('a', { href }, mark.label), element('span', { className: 'bookmark-topic' }, ` — ${mark.topicTitle}`), ' ', remove);
      }),
    );
  };
  progress.subscribe(render);
  render();
}

/** Export everything to a file, and import one back. */
export function studyData(section: HTMLElement, { t }: PageInfo): void {
  const exportButton = element('button', { type: 'button', className: 'demo-button', textContent: t.exportData });
  exportButton.addEventListener('click', async () => {
    const blob = new Blob([JSON.stringify(await exportData(), null, 2)], { type: 'application/json' });
    const link = element('a', { href: URL.createObjectURL(blob), download: `study-notes-${new Date().toISOString().slice(0, 10)}.json` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
  const input = element('input', { type: 'file', accept: 'application/json,.json', className: 'visually-hidden' });
  input.id = 'study-data-import';
  input.addEventListener('change', async () => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    const result = await importData(await chosen.text(), restoreLecture);
    notices
      .getState()
      .push(
        result.ok
          ? { kind: 'imported', detail: JSON.stringify({ ...result.counts, failed: result.failedLectures }) }
          : { kind: 'import-failed', detail: result.reason },
      );
  });
  // a real button opens the file picker; the input stays out of the tab order
  input.tabIndex = -1;
  input.setAttribute('aria-label', t.importData);
  const importButton = element('button', { type: 'button', className: 'demo-button', textContent: t.importData });
  importButton.addEventListener('click', () => input.click());
  section.append(element('p', { className: 'study-data-actions' }, exportButton, ' ', importButton, input));
}

/** An exported lecture's notes imported again, in the import worker (loaded only when a file carries lectures). */
const restoreLecture: RestoreLecture = async (lecture) => {
  const createWorker = () => lazy.importWorker().then(({ createImportWorker }) => createImportWorker());
  const response = await runImport(filesOf(lecture), lecture.lang, lecture.source, createWorker);
  if (!response.ok) throw new Error(response.message);
  return response.lecture;
};

/** What the reader is told about their saved data: one message at a time, until dismissed. */
export function noticesIsland(box: HTMLElement, { t }: PageInfo): void {
  const text = (kind: string, detail = '') => {
    if (kind === 'reset') return t.noticeReset;
    if (kind === 'save-failed') return t.noticeSaveFailed;
    if (kind === 'imported') {
      const { read = 0, bookmarks = 0, notes = 0, lectures = 0, failed = [] } = parseDetail(detail);
      return t.noticeImported(read, bookmarks, notes, lectures) + (failed.length ? ` ${t.lecturesNotRestored(failed.join(', '))}` : '');
    }
    return t.importRefused;
  };
  const render = () => {
    const [first] = notices.getState().items;
    if (!first) {
      box.replaceChildren();
      return;
    }
    const dismiss = element('button', { type: 'button', textContent: t.dismiss });
    dismiss.addEventListener('click', () => notices.getState().shift());
    box.replaceChildren(element('div', { className: 'notice' }, element('span', {}, text(first.kind, first.detail)), dismiss));
  };
  notices.subscribe(render);
  render();
}

function parseDetail(detail: string): { read?: number; bookmarks?: number; notes?: number; lectures?: number; failed?: string[] } {
  try {
    return JSON.parse(detail) as ReturnType<typeof parseDetail>;
  } catch {
    return {};
  }
}
