import type { Place } from '../../content/note';
import { MY_LECTURES_PAGE, pageFile, relativeUrl } from '../../content/urls';
import type { ImportedLecture, ImportedTopic } from '../../import/types';
import { importedLectureKey, importedTopicKey, importedTopicQuery } from '../../store/importOutlines';
import { getImportedLecture } from '../../store/imports';
import { element } from '../dom';
import { addWholeMathStylesheet } from '../mathStylesheet';
import type { PageInfo } from '../page';

/** What this bundle takes from the app's, rather than carrying second copies of the stores and the lazy table. */
export interface AppIslands {
  /** the app's own island mounting, so the topic gets the same read marks, notes and demos as a course page */
  mountIslands: (root: ParentNode, page: PageInfo) => void;
  /** starts the import pipeline's worker, loading its bundle at the first import */
  createImportWorker: () => Promise<Worker>;
}

/**
 * One topic of an imported lecture, laid out as a course topic page: on-page contents, breadcrumbs,
 * the note, read mark, notes and previous/next. Its HTML was compiled and sanitised at import;
 * images come from the device as blob URLs.
 */
export async function showImportedTopic(root: HTMLElement, page: PageInfo, lectureId: string, topicId: string | null, app: AppIslands): Promise<void> {
  const { t } = page;
  const listUrl = relativeUrl(page.file, pageFile(page.lang, MY_LECTURES_PAGE));
  const lecture = await getImportedLecture(lectureId).catch(() => undefined);
  const topic = lecture && (topicId ? lecture.topics.find((candidate) => candidate.id === topicId) : lecture.topics[0]);
  if (!lecture || !topic) {
    const missing = element('p', { className: 'import-error' }, t.importedMissing, ' ', element('a', { href: listUrl }, t.myLectures));
    missing.setAttribute('role', 'alert');
    root.replaceChildren(element('h1', { tabIndex: -1 }, t.myLectures), missing);
    return;
  }
  document.title = `${topic.title} · ${lecture.title} · ${document.title.split(' · ').pop() ?? ''}`;
  const index = lecture.topics.indexOf(topic);
  const article = element(
    'article',
    { className: 'note', lang: lecture.lang },
    breadcrumbs(lecture, topic, listUrl, page),
    element('h1', { id: 'top', tabIndex: -1 }, topic.title),
    element('p', { className: 'imported-only' }, t.importedOnly),
    element('p', { className: 'notes-open-row' }, islandElement('button', 'notes', { type: 'button', className: 'notes-button' }, t.myNotes)),
    body(lecture, topic),
    element('p', { className: 'read-state' }, element('button', { type: 'button', className: 'read-toggle' }, t.markRead)),
    pager(lecture, index, page),
  );
  article.dataset.island = 'reading wide-formulas';
  article.dataset.topic = importedTopicKey(lecture.id, topic.id);
  article.dataset.lecture = importedLectureKey(lecture.id);
  article.dataset.title = topic.title;
  article.querySelector('.read-toggle')!.setAttribute('aria-pressed', 'false');
  const layout = element('div', { className: 'topic-layout' }, ...toc(topic.places, page), article);
  root.replaceChildren(layout);
  app.mountIslands(layout, page);
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : undefined;
  target?.scrollIntoView();
}

function islandElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  island: string,
  props: Record<string, unknown>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = element(tag, props, ...children);
  node.dataset.island = island;
  return node;
}

function breadcrumbs(lecture: ImportedLecture, topic: ImportedTopic, listUrl: string, { t }: PageInfo): HTMLElement {
  const chain: ImportedTopic[] = [];
  for (let parent = topic.parent; parent;) {
    const above = lecture.topics.find((candidate) => candidate.id === parent);
    if (!above || chain.includes(above)) break;
    chain.unshift(above);
    parent = above.parent;
  }
  const items = [
    element('li', {}, element('a', { href: listUrl }, t.myLectures)),
    ...(topic === lecture.topics[0] && !chain.length ? [] : [element('li', {}, element('a', { href: importedTopicQuery(lecture.id) }, lecture.title))]),
    ...chain
      .filter((above) => above !== lecture.topics[0])
      .map((above) => element('li', {}, element('a', { href: importedTopicQuery(lecture.id, above.id) }, above.title))),
  ];
  const nav = element('nav', { className: 'breadcrumbs' }, element('ol', {}, ...items));
  nav.setAttribute('aria-label', t.breadcrumbs);
  return nav;
}

/** The note's body: links between topics carry the lecture, stored images become blob URLs. */
function body(lecture: ImportedLecture, topic: ImportedTopic): HTMLElement {
  addWholeMathStylesheet();
  const template = document.createElement('template');
  template.innerHTML = topic.html;
  for (const link of template.content.querySelectorAll<HTMLAnchorElement>('a[href^="?topic="]')) {
    const [query = '', hash] = link.getAttribute('href')!.split('#', 2);
    const target = new URLSearchParams(query).get('topic') ?? '';
    link.setAttribute('href', importedTopicQuery(lecture.id, target) + (hash === undefined ? '' : `#${hash}`));
  }
  // a heading's own link is this topic's address (the body was rendered for a page of its own)
  for (const link of template.content.querySelectorAll<HTMLAnchorElement>('a[data-copy-anchor]')) {
    link.setAttribute('href', `${importedTopicQuery(lecture.id, topic.id)}#${encodeURIComponent(link.dataset.copyAnchor ?? '')}`);
  }
  for (const image of template.content.querySelectorAll<HTMLImageElement>('img[src^="sn-asset:"]')) {
    const key = decodeURIComponent(image.getAttribute('src')!.slice('sn-asset:'.length));
    const asset = lecture.assets[key];
    if (asset) image.src = URL.createObjectURL(new Blob([asset.bytes as BlobPart], { type: asset.type }));
    else image.removeAttribute('src');
  }
  const container = element('div', { className: 'note-body' });
  container.append(template.content);
  return container;
}

function toc(places: readonly Place[], { t }: PageInfo): HTMLElement[] {
  const listed = places.filter((p) => (p.kind === 'heading' ? p.depth === 2 || p.depth === 3 : true));
  if (!listed.some((p) => p.kind === 'heading')) return [];
  const items = listed.map((place) =>
    element(
      'li',
      { className: `depth-${Math.min(place.depth, 4)} toc-${place.kind}` },
      element(
        'a',
        { href: `#${encodeURIComponent(place.id)}` },
        ...(place.kind === 'heading' ? [] : [element('span', { className: 'toc-kind' }, `${place.kind === 'demo' ? t.demoShort : t.figure}: `)]),
        place.text,
      ),
    ),
  );
  const nav = islandElement('nav', 'toc', { className: 'toc' }, element('p', { className: 'toc-title' }, t.onThisPage), element('ul', {}, ...items));
  nav.setAttribute('aria-label', t.onThisPage);
  return [nav];
}

function pager(lecture: ImportedLecture, index: number, { t }: PageInfo): HTMLElement | string {
  const prev = lecture.topics[index - 1];
  const next = lecture.topics[index + 1];
  if (!prev && !next) return '';
  const link = (topic: ImportedTopic, className: string, label: string) => {
    const a = element(
      'a',
      { className, href: importedTopicQuery(lecture.id, topic.id) },
      element('span', { className: 'pager-label' }, label),
      element('span', { className: 'pager-title' }, topic.title),
    );
    a.rel = className === 'pager-prev' ? 'prev' : 'next';
    return a;
  };
  const nav = element(
    'nav',
    { className: 'pager' },
    prev ? link(prev, 'pager-prev', `← ${t.previous}`) : element('span'),
    ...(next ? [link(next, 'pager-next', `${t.next} →`)] : []),
  );
  nav.setAttribute('aria-label', t.pageNav);
  return nav;
}
