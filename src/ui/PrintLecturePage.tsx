import { Toc } from './Toc';
import { useView } from './ViewContext';

/**
 * A whole lecture on one page, to print: every topic's note in reading order, as its own page shows
 * it (demos as their picture and link, answers shown in print). Nothing mounts here: the bodies'
 * islands are taken out, and their anchors are made unique per topic.
 */
export function PrintLecturePage({
  lectureTitle,
  topics,
  demoPreviews,
}: {
  lectureTitle: string;
  topics: { id: string; title: string; bodyHtml: string }[];
  demoPreviews: Record<string, string>;
}) {
  const { t } = useView();
  const contents = topics.map((topic) => ({ id: `${topic.id}--title`, kind: 'heading' as const, depth: 2, text: topic.title }));
  return (
    <div className="topic-layout">
      {/* on screen, the lecture's topics in one jump; hidden in print */}
      <Toc places={contents} />
      <article className="note print-lecture">
        <h1 id="top" tabIndex={-1}>
          {lectureTitle}
        </h1>
        <p className="print-hint">{t.printLectureHint}</p>
        {topics.map((topic) => (
          // not a landmark each: topics of a lecture may share a title
          <section key={topic.id} className="print-topic">
            <h2 id={`${topic.id}--title`} className="print-topic-title">
              {topic.title}
            </h2>
            <div className="note-body" dangerouslySetInnerHTML={{ __html: printableBody(topic.id, topic.bodyHtml, demoPreviews) }} />
          </section>
        ))}
      </article>
    </div>
  );
}

/**
 * A topic's body for the lecture page: no islands, its ids and same-page links prefixed with the
 * topic, and each demo shown as its picture (the home page's) beside its link.
 */
export function printableBody(topicId: string, html: string, demoPreviews: Record<string, string>): string {
  return (
    html
      .replace(/(<section class="demo"[^>]*? data-demo="([^"]+)"[^>]*>)/g, (tag: string, _all: string, demo: string) => {
        // not a landmark: the same demo may be placed in two topics
        const plain = tag.replace(/ aria-labelledby="[^"]*"/, '');
        return demoPreviews[demo] ? `${plain}<svg class="demo-print-picture" viewBox="0 0 120 72" aria-hidden="true">${demoPreviews[demo]}</svg>` : plain;
      })
      .replace(/ data-island="[^"]*"/g, '')
      // "loading…" and "needs JavaScript": a demo here is never loaded
      .replace(/<p class="demo-status[^"]*">.*?<\/p>/g, '')
      .replace(
        / (id|aria-labelledby|aria-describedby|for)="([^"]+)"/g,
        (_, name: string, value: string) =>
          ` ${name}="${value
            .split(' ')
            .map((id) => `${topicId}--${id}`)
            .join(' ')}"`,
      )
      .replace(/ href="#([^"]*)"/g, (_, anchor: string) => ` href="#${topicId}--${anchor}"`)
  );
}
