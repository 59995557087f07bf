import type { TopicNode } from '../content/types';
import { pageFile, relativeUrl } from '../content/urls';
import { useView } from './ViewContext';

/** The site's front page: every lecture with its first-level topics. */
export function HomePage({ title, outlines, topicCounts, glossaries }: { title: string; outlines: TopicNode[]; topicCounts: Record<string, number>; glossaries: Record<string, string> }) {
  const { lang, file, t } = useView();
  const href = (id: string) => relativeUrl(file, pageFile(lang, id));
  return (
    <div className="home">
      <h1 tabIndex={-1}>{title}</h1>
      <h2>{t.lectures}</h2>
      {outlines.map((lecture) => (
        <section
          key={lecture.id}
          className="lecture-card"
          aria-labelledby={`lecture-${lecture.id}`}
          data-island="lecture-card"
          data-lecture={lecture.id}
          data-topics={topicCounts[lecture.id] ?? 0}
        >
          <h3 id={`lecture-${lecture.id}`}>
            <a href={href(lecture.id)}>{lecture.title}</a>
          </h3>
          {/* progress and "continue where you left off", filled in on the reader's device */}
          <div className="lecture-progress" />
          {glossaries[lecture.id] && (
            <p className="lecture-glossary">
              <a href={href(glossaries[lecture.id]!)}>{t.glossary}</a>
            </p>
          )}
          {lecture.children.length > 0 && (
            <ul>
              {lecture.children.map((node) => (
                <li key={node.id}>
                  <a href={href(node.id)}>{node.title}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <section className="study-data" aria-labelledby="bookmarks-title" data-island="bookmarks">
        <h2 id="bookmarks-title">{t.bookmarks}</h2>
        <p className="bookmarks-empty">{t.bookmarksEmpty}</p>
      </section>
      <section className="study-data" aria-labelledby="your-data-title" data-island="study-data">
        <h2 id="your-data-title">{t.yourData}</h2>
        <p>{t.yourDataText}</p>
      </section>
    </div>
  );
}
