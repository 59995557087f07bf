import { describe, expect, it } from 'vitest';
import { notFoundPage, withBase } from '../../tooling/notFoundPage';

const page = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; base-uri 'none'" /><script src="./assets/head.js"></script><link rel="stylesheet" href="./assets/style.css"></head>`;

describe('the not-found page', () => {
  it("with the site's URL, resolves its URLs from there, and its policy allows that <base>", () => {
    const html = notFoundPage(page, 'https://example.org/course/');
    expect(html).toContain(`base-uri 'self'`);
    expect(html.indexOf('<base href="https://example.org/course/" />')).toBeLessThan(html.indexOf('<script'));
    expect(html.indexOf('<base')).toBeGreaterThan(html.indexOf('Content-Security-Policy'));
  });

  it('without it, has no <base> for a server to add one once', () => {
    const html = notFoundPage(page);
    expect(html).not.toContain('<base');
    expect(withBase(withBase(html, '/notes/'), '/other/').match(/<base /g)).toHaveLength(1);
  });
});
