import { MY_LECTURES_PAGE, pageFile, relativeUrl } from '../content/urls';
import { IMPORTS_CHANGED_EVENT, importedOutlines, importedTopicQuery, type ImportedOutline } from '../store/importOutlines';
import { IMPORTS_KEY } from '../store/keys';
import { element } from './dom';
import type { PageInfo } from './page';

/**
 * "My lectures" in the topic tree: each lecture the reader imported on this device, with its
 * topics, under the link to the my-lectures page. The outline comes from localStorage, so the tree
 * shows it at once; the tree island's toggles open and close each lecture.
 */
export function myLecturesTree(entry: HTMLElement, page: PageInfo): void {
  const pageUrl = relativeUrl(page.file, pageFile(page.lang, MY_LECTURES_PAGE));
  const render = () => {
    entry.querySelector(':scope > .tree-children')?.remove();
    const outlines = importedOutlines();
    if (!outlines.length) return;
    const params = new URLSearchParams(location.search);
    const onThisPage = page.file === pageFile(page.lang, MY_LECTURES_PAGE);
    const current = onThisPage ? { lecture: params.get('lecture'), topic: params.get('topic') } : undefined;
    const list = element('ul', { className: 'tree-children' });
    for (const outline of outlines) list.append(lectureItem(outline, pageUrl, page, current));
    entry.append(list);
  };
  render();
  window.addEventListener('storage', (event) => event.key === IMPORTS_KEY && render());
  window.addEventListener(IMPORTS_CHANGED_EVENT, render);
}

function lectureItem(outline: ImportedOutline, pageUrl: string, page: PageInfo, current?: { lecture: string | null; topic: string | null }): HTMLLIElement {
  const isOwn = current?.lecture === outline.id;
  const item = element('li');
  const row = element('div', { className: 'tree-row' });
  const link = element('a', { href: pageUrl + importedTopicQuery(outline.id) }, outline.title);
  item.append(row);
  // a lecture of one page with sub-pages (a Notion export) is that page: its sub-pages are the children
  const roots = outline.topics.filter((topic) => !topic.parent);
  const top = roots.length === 1 ? roots[0]!.id : undefined;
  if (isOwn && (current?.topic ?? top) === top && top) link.setAttribute('aria-current', 'page');
  if (outline.topics.some((topic) => topic.parent === top && topic.id !== top)) {
    const panel = element('div', { id: `tree-mine-${outline.id}`, hidden: !isOwn });
    const button = element('button', { type: 'button', className: 'tree-toggle' }, element('span', {}, '▸'));
    button.firstElementChild!.setAttribute('aria-hidden', 'true');
    button.setAttribute('aria-expanded', String(isOwn));
    button.setAttribute('aria-controls', panel.id);
    button.setAttribute('aria-label', `${isOwn ? page.t.collapse : page.t.expand}: ${outline.title}`);
    row.append(button, link);
    panel.append(topicList(outline, top, pageUrl, current?.topic ?? undefined));
    item.append(panel);
  } else {
    row.append(element('span', { className: 'tree-spacer' }), link);
  }
  return item;
}

/** The lecture's topics under `parent`, nested as the import's pages were. */
function topicList(outline: ImportedOutline, parent: string | undefined, pageUrl: string, currentTopic?: string): HTMLUListElement {
  const list = element('ul', { className: 'tree-children' });
  for (const topic of outline.topics.filter((t) => t.parent === parent && t.id !== parent)) {
    const isCurrent = topic.id === currentTopic;
    const link = element('a', { href: pageUrl + importedTopicQuery(outline.id, topic.id) }, topic.title);
    if (isCurrent) link.setAttribute('aria-current', 'page');
    const item = element(
      'li',
      { className: isCurrent ? 'current' : '' },
      element('div', { className: 'tree-row' }, element('span', { className: 'tree-spacer' }), link),
    );
    const children = outline.topics.some((t) => t.parent === topic.id) ? topicList(outline, topic.id, pageUrl, currentTopic) : undefined;
    if (children) item.append(children);
    list.append(item);
  }
  return list;
}
