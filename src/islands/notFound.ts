import { pageFile, relativeUrl } from '../content/urls';
import { closestTopics, type TopicMatch } from './closestTopics';
import type { PageInfo } from './page';
import { loadScript } from './runtime';

/** The not-found page ranks every topic of the language by closeness to the address asked for. */
export function notFound(box: HTMLElement, { lang, file }: PageInfo): void {
  const list = box.querySelector('ul.not-found-matches');
  const script = box.dataset.topicsScript;
  if (!list || !script) return;
  const asked = decodeURIComponent(location.pathname.split('/').pop() ?? '');
  void loadScript<TopicMatch[]>(script).then((topics) => {
    list.replaceChildren(
      ...closestTopics(asked, topics).map((topic) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = relativeUrl(file, pageFile(lang, topic.id));
        link.textContent = topic.title;
        item.append(link);
        return item;
      }),
    );
  });
}
