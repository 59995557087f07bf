import type { TopicNode } from '../content/types';
import { MY_LECTURES_PAGE, pageFile, relativeUrl } from '../content/urls';
import type { DemoCard } from './data';
import { useView } from './ViewContext';

/** The site's front page: every lecture with its first-level topics. */
interface HomePageProps {
  title: string;
  outlines: TopicNode[];
  topicCounts: Record<string, number>;
  glossaries: Record<string, string>;
  demos: Record<string, DemoCard[]>;
}

export function HomePage({ title, outlines, topicCounts, glossaries, demos }: HomePageProps) {
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
          {(demos[lecture.id]?.length ?? 0) > 0 && (
            <>
              <h4 className="demo-gallery-title">{t.demos}</h4>
              <ul className="demo-gallery">
                {demos[lecture.id]!.map((demo) => (
                  <li key={`${demo.topic}-${demo.anchor}`}>
                    <a href={`${href(demo.topic)}#${encodeURIComponent(demo.anchor)}`}>
                      <svg viewBox="0 0 120 72" aria-hidden="true" dangerouslySetInnerHTML={{ __html: demo.preview }} />
                      <span>{demo.title}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </>
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
      <section className="study-data" aria-labelledby="my-lectures-title">
        <h2 id="my-lectures-title">{t.myLectures}</h2>
        <p>
          {t.myLecturesIntro} <a href={relativeUrl(file, pageFile(lang, MY_LECTURES_PAGE))}>{t.importNotes}</a>
        </p>
      </section>
      <section className="study-data" aria-labelledby="your-data-title" data-island="study-data">
        <h2 id="your-data-title">{t.yourData}</h2>
        <p>{t.yourDataText}</p>
      </section>
    </div>
  );
}
