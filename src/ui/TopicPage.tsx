import type { Page } from '../content/site';
import { pageFile, printPageId, relativeUrl } from '../content/urls';
import { Toc } from './Toc';
import { useView } from './ViewContext';

export function TopicPage({ page, bodyHtml }: { page: Page; bodyHtml: string }) {
  const { lang, file, t } = useView();
  const href = (id: string) => relativeUrl(file, pageFile(lang, id));
  return (
    <div className="topic-layout">
      {/* first in reading order, so the keyboard reaches "on this page" before the note */}
      <Toc places={page.places} />
      <article className="note" lang={lang} data-island="reading" data-topic={page.id} data-lecture={page.lecture} data-title={page.title}>
        {page.breadcrumbs.length > 0 && (
          <nav className="breadcrumbs" aria-label={t.breadcrumbs}>
            <ol>
              {page.breadcrumbs.map((crumb) => (
                <li key={crumb.id}>
                  <a href={href(crumb.id)}>{crumb.title}</a>
                </li>
              ))}
            </ol>
          </nav>
        )}
        <h1 id="top" tabIndex={-1}>
          {page.title}
        </h1>
        {page.summary && <p className="summary">{page.summary}</p>}
        <p className="notes-open-row">
          <button type="button" className="notes-button" data-island="notes">
            {t.myNotes}
          </button>
        </p>
        {/* the lecture's own page offers the whole lecture to print */}
        {page.breadcrumbs.length === 0 && (
          <p className="print-lecture-row">
            <a href={href(printPageId(page.lecture))}>{t.printLecture}</a>
          </p>
        )}
        {/* the note was rendered once, at build time, by renderNoteBody */}
        <div className="note-body" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
        <p className="read-state">
          <button type="button" className="read-toggle" aria-pressed={false}>
            {t.markRead}
          </button>
        </p>
        {(page.prev || page.next) && (
          <nav className="pager" aria-label={t.pageNav}>
            {page.prev ? (
              <a className="pager-prev" href={href(page.prev.id)} rel="prev">
                <span className="pager-label">← {t.previous}</span>
                <span className="pager-title">{page.prev.title}</span>
              </a>
            ) : (
              <span />
            )}
            {page.next && (
              <a className="pager-next" href={href(page.next.id)} rel="next">
                <span className="pager-label">{t.next} →</span>
                <span className="pager-title">{page.next.title}</span>
              </a>
            )}
          </nav>
        )}
      </article>
    </div>
  );
}
