import { pageFile, relativeUrl, REVIEW_PAGE } from '../content/urls';
import type { LectureEntry } from './data';
import { useView } from './ViewContext';

/** The review page: the review island fills it with today's questions; each lecture can be practised. */
export function ReviewPage({ lectures }: { lectures: LectureEntry[] }) {
  const { lang, file, t } = useView();
  const reviewFile = pageFile(lang, REVIEW_PAGE);
  return (
    <div className="review-page">
      <h1 tabIndex={-1}>{t.review}</h1>
      <div className="review" data-island="review">
        <p className="demo-status demo-noscript">{t.demoNoScript}</p>
      </div>
      <h2>{t.practice}</h2>
      <ul>
        {lectures.map((lecture) => (
          <li key={lecture.id}>
            <a href={`${relativeUrl(file, reviewFile)}?lecture=${encodeURIComponent(lecture.id)}`}>{lecture.title}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
