/**
 * The not-found page is served at any depth of the site (a host answers every unknown path with
 * it), where its root-relative URLs would miss. With the site's URL it carries a <base> of that URL;
 * without it, a server that knows the site's root adds one (see tooling/staticServer), else it
 * works at the top level only. Its policy allows a <base> of the site's own origin.
 */
export function notFoundPage(html: string, siteUrl?: string): string {
  const allowed = html.replace("base-uri 'none'", "base-uri 'self'");
  return siteUrl ? withBase(allowed, siteUrl) : allowed;
}

/** The page with a <base href> before anything that has a URL (right after its policy). */
export function withBase(html: string, href: string): string {
  if (html.includes('<base ')) return html;
  return html.replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/, `$1<base href="${href.replace(/"/g, '&quot;')}" />`);
}
