import { useMemo, useSyncExternalStore } from 'react';
import type { TopicNode } from '../content/types';
import { pageFile, relativeUrl } from '../content/urls';
import { closestTopics, flattenTopics, type TopicMatch } from './closestTopics';
import { useView } from './ViewContext';

/** Shown for an address that matches no page: the topics closest to what was asked for. */
export function NotFound({ lectures }: { lectures: TopicNode[] }) {
  const { lang, file, t } = useView();
  // The pre-rendered page cannot know the address: it lists the lectures until the browser ranks topics.
  const asked = useSyncExternalStore(noSubscription, askedFileName, () => undefined);
  const matches: TopicMatch[] = useMemo(
    () => (asked === undefined ? lectures.map(({ id, title }) => ({ id, title })) : closestTopics(asked, flattenTopics(lectures))),
    [asked, lectures],
  );
  return (
    <div className="not-found">
      <h1 tabIndex={-1}>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <ul>
        {matches.map((topic) => (
          <li key={topic.id}>
            <a href={relativeUrl(file, pageFile(lang, topic.id))}>{topic.title}</a>
          </li>
        ))}
      </ul>
      <p>
        <a href={relativeUrl(file, pageFile(lang))}>{t.home}</a>
      </p>
    </div>
  );
}

const noSubscription = () => () => undefined;

function askedFileName(): string {
  return decodeURIComponent(location.pathname.split('/').pop() ?? '');
}
