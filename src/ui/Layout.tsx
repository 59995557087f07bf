import { useEffect, useRef, useState, type ReactNode } from 'react';
import { pageFile, relativeUrl } from '../content/urls';
import { useView } from './ViewContext';

interface LayoutProps {
  siteTitle: string;
  sidebar: ReactNode;
  /** header controls: language switch, theme toggle */
  tools: ReactNode;
  children: ReactNode;
}

/** Top bar, the topic tree (a drawer on narrow screens) and the main content. */
export function Layout({ siteTitle, sidebar, tools, children }: LayoutProps) {
  const { lang, file, t } = useView();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const sidebarRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!drawerOpen) return;
    sidebarRef.current?.querySelector<HTMLElement>('a[aria-current="page"], a')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setDrawerOpen(false);
        menuButton.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [drawerOpen]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="topbar">
        <button
          ref={menuButton}
          type="button"
          className="menu-button"
          aria-expanded={drawerOpen}
          aria-controls="sidebar"
          onClick={() => setDrawerOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span> {t.topics}
        </button>
        <a className="brand" href={relativeUrl(file, pageFile(lang))}>
          {siteTitle}
        </a>
        <div className="topbar-tools">{tools}</div>
      </header>
      <div className="shell">
        <aside id="sidebar" ref={sidebarRef} className={`sidebar${drawerOpen ? ' open' : ''}`}>
          {sidebar}
        </aside>
        {drawerOpen && <div className="drawer-backdrop" onClick={() => setDrawerOpen(false)} aria-hidden="true" />}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </>
  );
}
