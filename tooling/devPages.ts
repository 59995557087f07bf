/**
 * What `npm run dev` answers (loaded through Vite, so edits to the reader apply on reload): pages
 * rendered from index.html as the build renders them, and the lecture and topic scripts. The course
 * is compiled once per dev server and updated note by note as files change.
 */
import { formatDiagnostic } from '../src/content/diagnostics';
import { Course } from './course';
import { SiteRenderer, NOT_FOUND_FILE } from './sitePages';
import { readFileSync } from 'node:fs';
import { HEAD_SCRIPT, withHeadScript } from '../src/ui/headScript';

const DEV_HEAD_SCRIPT = 'assets/head.js';
import { resolve } from 'node:path';

interface DevState {
  course: Promise<Course>;
  renderer?: { course: Course; site: SiteRenderer };
}

// kept across reloads of this module: compiling the course is the slow part
const state = ((globalThis as { __studyNotesDev?: Map<string, DevState> }).__studyNotesDev ??= new Map());

function devState(contentDir: string): DevState {
  let entry = state.get(contentDir);
  if (!entry) {
    // the first edit should not wait for the compiler to load
    const course = Course.load(contentDir).then(async (loaded) => (await loaded.readyForEdits(), loaded));
    state.set(contentDir, (entry = { course }));
  }
  return entry;
}

export async function noteChanged(contentDir: string, path: string): Promise<void> {
  const entry = devState(contentDir);
  const course = await entry.course;
  await course.update([path]);
  entry.renderer = undefined;
}

export interface DevAnswer {
  status: number;
  type: string;
  body: string;
}

export async function devResponse(contentDir: string, file: string, transformHtml: (html: string) => Promise<string>): Promise<DevAnswer | undefined> {
  const isPage = file.endsWith('.html');
  if (file === DEV_HEAD_SCRIPT) return { status: 200, type: 'text/javascript; charset=utf-8', body: HEAD_SCRIPT };
  if (!isPage && !/^assets\/(lectures|topics)\//.test(file)) return undefined;
  const entry = devState(contentDir);
  const course = await entry.course;
  if (entry.renderer?.course !== course) entry.renderer = undefined;
  // the built site's Content-Security-Policy would stop the dev server's inline hot-reload scripts
  const page = readFileSync(resolve(import.meta.dirname, '../index.html'), 'utf8').replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  const template = withHeadScript(await transformHtml(page), `/${DEV_HEAD_SCRIPT}`);
  const site = (entry.renderer ??= { course, site: new SiteRenderer(course, template, { demos: {}, scriptNames: 'plain' }) }).site;
  if (!isPage) {
    const script = site.script(file);
    return script === undefined ? undefined : { status: 200, type: 'text/javascript; charset=utf-8', body: script };
  }
  const html = site.render(file) ?? site.render(NOT_FOUND_FILE)!;
  // Content errors are shown on every page while writing, instead of failing as the build does.
  const errors = course.structure.diagnostics.map((d) => formatDiagnostic({ ...d, file: `content/${d.file}` }));
  const banner = errors.length ? `<pre class="dev-errors" role="alert">${errors.map(escapeText).join('\n')}</pre>` : '';
  return { status: site.render(file) ? 200 : 404, type: 'text/html; charset=utf-8', body: html.replace(/<body>/, `<body>${banner}`) };
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
