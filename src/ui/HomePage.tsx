import type { TopicNode } from '../content/types';
import { pageFile, relativeUrl } from '../content/urls';
import { useView } from './ViewContext';

/** The site's front page: every lecture with its outline. */
export function HomePage({ title, lectures }: { title: string; lectures: TopicNode[] }) {
  const { lang, file, t } = useView();
  const href = (id: string) => relativeUrl(file, pageFile(lang, id));
  const outline = (nodes: TopicNode[]) => (
    <ul>
      {nodes.map((node) => (
        <li key={node.id}>
          <a href={href(node.id)}>{node.title}</a>
          {node.children.length > 0 && outline(node.children)}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="home">
      <h1 tabIndex={-1}>{title}</h1>
      <h2>{t.lectures}</h2>
      {lectures.map((lecture) => (
        <section key={lecture.id} className="lecture-card" aria-labelledby={`lecture-${lecture.id}`}>
          <h3 id={`lecture-${lecture.id}`}>
            <a href={href(lecture.id)}>{lecture.title}</a>
          </h3>
          {outline(lecture.children)}
        </section>
      ))}
    </div>
  );
}
