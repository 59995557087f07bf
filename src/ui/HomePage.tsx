import type { TopicNode } from '../content/types';
import { pageFile, relativeUrl } from '../content/urls';
import { useView } from './ViewContext';

/** The site's front page: every lecture with its first-level topics. */
export function HomePage({ title, outlines }: { title: string; outlines: TopicNode[] }) {
  const { lang, file, t } = useView();
  const href = (id: string) => relativeUrl(file, pageFile(lang, id));
  return (
    <div className="home">
      <h1 tabIndex={-1}>{title}</h1>
      <h2>{t.lectures}</h2>
      {outlines.map((lecture) => (
        <section key={lecture.id} className="lecture-card" aria-labelledby={`lecture-${lecture.id}`}>
          <h3 id={`lecture-${lecture.id}`}>
            <a href={href(lecture.id)}>{lecture.title}</a>
          </h3>
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
    </div>
  );
}
