/**
 * npm run build — compiles the course (in parallel, cached), builds the scripts, then writes one
 * pre-rendered page per topic and language, the service worker and its precache list into dist/.
 * Fails with `path:line:col message` on any content error; prints warnings and goes on.
 *   --site https://host/path/   the site's address: pages then carry canonical and alternate-language links
 *   --fresh                     ignore the compile cache
 *   --strict                    hold the content to every rule (curated content; see check-content)
 * Environment: STUDY_NOTES_CONTENT (default content/), STUDY_NOTES_OUT (default dist/),
 * STUDY_NOTES_CACHE (the compile cache's folder), STUDY_NOTES_STATS (write build figures as JSON there).
 */
import { env } from 'node:process';

// React renders every page at build time: its production build is several times faster. Set
// before React is first imported (the compile workers inherit it).
env.NODE_ENV = 'production';
await import('../tooling/buildSite');
