import type { ReactNode } from 'react';
import { pageFile, relativeUrl } from '../content/urls';
import { useView } from './ViewContext';

interface LayoutProps {
  siteTitle: string;
  sidebar: ReactNode;
  /** header controls: language switch, theme toggle */
  tools: ReactNode;
  children: ReactNode;
}

/** Top bar, the topic tree (a drawer on narrow screens, opened by the drawer island) and the main content. */
export function Layout({ siteTitle, sidebar, tools, children }: LayoutProps) {
  const { lang, file, t } = useView();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="topbar">
        <button type="button" className="menu-button" aria-expanded={false} aria-controls="sidebar" data-island="drawer">
          <span aria-hidden="true">☰</span> <span className="menu-label">{t.topics}</span>
        </button>
        <a className="brand" href={relativeUrl(file, pageFile(lang))}>
          {siteTitle}
        </a>
        <div className="topbar-tools">{tools}</div>
      </header>
      <div className="shell">
        <aside id="sidebar" className="sidebar" aria-label={t.topics}>
          <div className="drawer-head">
            <span className="drawer-title">{t.topics}</span>
            <button type="button" className="drawer-close" aria-label={t.closeTopics} data-drawer-close="">
              <span aria-hidden="true">✕</span>
            </button>
          </div>
          {sidebar}
        </aside>
        <main id="main" tabIndex={-1} data-island="copy-links wide-formulas">
          {children}
        </main>
      </div>
      {/* what the reader is told about their saved data (src/store/storage) */}
      <div className="notices" role="status" data-island="notices shortcuts"></div>
    </>
  );
}
