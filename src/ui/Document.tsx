/** The page's head metadata and body, rendered once at build time; nothing here runs in the browser. */
import { pageFile } from '../content/urls';
import type { PageContext } from './data';
import { GlossaryPage } from './GlossaryPage';
import { PrintLecturePage } from './PrintLecturePage';
import { uiStrings } from './i18n';
import { HomePage } from './HomePage';
import { LanguageSwitch } from './LanguageSwitch';
import { MyLecturesPage } from './MyLecturesPage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { ReviewPage } from './ReviewPage';
import { SearchButton } from './SearchButton';
import { TextSizeSelect, ThemeSelect } from './ThemeSelect';
import { TopicPage } from './TopicPage';
import { TopicTree } from './TopicTree';

const OG_LOCALE = { ko: 'ko_KR', en: 'en_US' } as const;

/** Title, description and Open Graph tags for link previews; alternate languages when the site's URL is known. */
export function Head({ context }: { context: PageContext }) {
  const { siteTitle, view, lang, langs, siteUrl } = context;
  const page = view.kind === 'topic' ? view.page : undefined;
  const t = uiStrings(lang);
  const title = page
    ? `${page.title} · ${siteTitle}`
    : view.kind === 'not-found'
      ? `404 · ${siteTitle}`
      : view.kind === 'review'
        ? `${t.review} · ${siteTitle}`
        : view.kind === 'glossary'
          ? `${t.glossary}: ${view.lectureTitle} · ${siteTitle}`
          : view.kind === 'print'
            ? `${t.printLecture}: ${view.lectureTitle} · ${siteTitle}`
            : view.kind === 'my-lectures'
              ? `${t.myLectures} · ${siteTitle}`
              : siteTitle;
  const description = page?.summary ?? (page ? [...page.breadcrumbs.map((b) => b.title), page.title].join(' › ') : siteTitle);
  const absolute = (l: typeof lang) => (siteUrl ? new URL(pageFile(l, page?.id), siteUrl).href : undefined);
  return (
    <>
      <title>{title}</title>
      <meta name="description" content={description} />
      <meta property="og:type" content={page ? 'article' : 'website'} />
      <meta property="og:title" content={page?.title ?? siteTitle} />
      <meta property="og:description" content={description} />
      <meta property="og:site_name" content={siteTitle} />
      <meta property="og:locale" content={OG_LOCALE[lang]} />
      <meta name="twitter:card" content="summary" />
      {siteUrl && view.kind !== 'not-found' && <link rel="canonical" href={absolute(lang)} />}
      {siteUrl && view.kind !== 'not-found' && langs.length > 1 && langs.map((l) => <link key={l} rel="alternate" hrefLang={l} href={absolute(l)} />)}
    </>
  );
}

/** Everything inside <body>. */
export function Body({ context }: { context: PageContext }) {
  const { siteTitle, view, lectures, lectureTree, langs } = context;
  const topic = view.kind === 'topic' ? view.page : undefined;
  return (
    <Layout
      siteTitle={siteTitle}
      sidebar={<TopicTree lectures={lectures} lectureTree={lectureTree} currentId={topic?.id} />}
      tools={
        <>
          <SearchButton />
          <LanguageSwitch langs={langs} topicId={topic?.id} />
          <ThemeSelect />
          <TextSizeSelect />
        </>
      }
    >
      {view.kind === 'topic' && <TopicPage page={view.page} bodyHtml={view.bodyHtml} />}
      {view.kind === 'home' && (
        <HomePage title={siteTitle} outlines={view.outlines} topicCounts={view.topicCounts} glossaries={view.glossaries} demos={view.demos} />
      )}
      {view.kind === 'review' && <ReviewPage lectures={lectures} />}
      {view.kind === 'my-lectures' && <MyLecturesPage />}
      {view.kind === 'glossary' && <GlossaryPage lectureTitle={view.lectureTitle} entries={view.entries} />}
      {view.kind === 'print' && <PrintLecturePage lectureTitle={view.lectureTitle} topics={view.topics} demoPreviews={view.demoPreviews} />}
      {view.kind === 'not-found' && <NotFound lectures={lectures} topicsScript={view.topicsScript} />}
    </Layout>
  );
}
