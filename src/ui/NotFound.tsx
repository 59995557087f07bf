import { pageFile, relativeUrl } from '../content/urls';
import type { LectureEntry } from './data';
import { useView } from './ViewContext';

/**
 * Shown for an address that matches no page. The pre-rendered page cannot know the address, so it
 * lists the lectures; the not-found island then loads every topic and ranks the closest.
 */
export function NotFound({ lectures, topicsScript }: { lectures: LectureEntry[]; topicsScript: string }) {
  const { lang, file, t } = useView();
  return (
    <div className="not-found" data-island="not-found" data-topics-script={relativeUrl(file, topicsScript)}>
      <h1 tabIndex={-1}>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <ul className="not-found-matches">
        {lectures.map((lecture) => (
          <li key={lecture.id}>
            <a href={relativeUrl(file, pageFile(lang, lecture.id))}>{lecture.title}</a>
          </li>
        ))}
      </ul>
      <p>
        <a href={relativeUrl(file, pageFile(lang))}>{t.home}</a>
      </p>
    </div>
  );
}
