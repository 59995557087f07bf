import { useMemo } from 'react';
import type { SiteData, View } from './data';
import { HomePage } from './HomePage';
import { uiStrings } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { ThemeToggle } from './ThemeToggle';
import { TopicPage } from './TopicPage';
import { TopicTree } from './TopicTree';
import { ViewProvider } from './ViewContext';

export function App({ site, view }: { site: SiteData; view: View }) {
  const info = useMemo(() => ({ lang: view.lang, file: view.file, t: uiStrings(view.lang) }), [view.lang, view.file]);
  const lectures = site.trees[view.lang] ?? [];
  const topic = view.kind === 'topic' ? view.page : undefined;
  const sectionIds = useMemo(() => topic?.headings.map((h) => h.id) ?? [], [topic]);
  return (
    <ViewProvider value={info}>
      <Layout
        siteTitle={site.title}
        sidebar={<TopicTree lectures={lectures} currentId={topic?.id} />}
        tools={
          <>
            <LanguageSwitch langs={topic ? topic.langs : site.langs} topicId={topic?.id} sectionIds={sectionIds} />
            <ThemeToggle />
          </>
        }
      >
        {view.kind === 'topic' && <TopicPage page={view.page} />}
        {view.kind === 'home' && <HomePage title={site.title} lectures={lectures} />}
        {view.kind === 'not-found' && <NotFound lectures={lectures} />}
      </Layout>
    </ViewProvider>
  );
}
