import { renderToString } from 'react-dom/server';
import { App } from './App';
import type { SiteData, View } from './data';

/** The page's markup at build time; the browser hydrates the same tree, so nothing flashes. */
export function prerender(site: SiteData, view: View): string {
  return renderToString(<App site={site} view={view} />);
}
