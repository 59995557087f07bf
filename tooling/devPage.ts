/** One page for the dev server, rendered like the build but with module scripts and inline site data. */
import { formatDiagnostic } from '../src/content/diagnostics';
import { prerender } from '../src/ui/prerender';
import { renderDocument } from './html';
import { buildSite } from './siteBuilder';
import { NOT_FOUND_FILE, siteData, siteViews } from './views';

export async function renderDevPage(contentDir: string, file: string): Promise<{ status: number; html: string }> {
  const site = await buildSite(contentDir);
  const data = siteData(site);
  const views = siteViews(site);
  const found = views.findIndex((v) => v.file === file);
  const index = found >= 0 ? found : views.findIndex((v) => v.file === NOT_FOUND_FILE);
  const view = views[index]!;
  const leanView = siteViews(site, { omitPreRenderedHtml: true })[index]!;
  // Content errors are shown on every page while writing, instead of failing as the build does.
  const errors = site.diagnostics.map((d) => formatDiagnostic({ ...d, file: `content/${d.file}` }));
  const banner = errors.length
    ? `<pre class="dev-errors" role="alert">${errors.map((e) => e.replace(/&/g, '&amp;').replace(/</g, '&lt;')).join('\n')}</pre>`
    : '';
  const html = renderDocument(data, leanView, prerender(data, view), {
    css: [],
    scripts: [],
    modules: ['/src/main.tsx'],
    inlineSite: data,
  }).replace('<body>', `<body>${banner}`);
  return { status: view.file === NOT_FOUND_FILE && file !== NOT_FOUND_FILE ? 404 : 200, html };
}
