/**
 * The course: `course.yaml` at the top of content/, naming the course in each language. Without
 * it the site is called "Study Notes".
 */
import { isMap, parseDocument } from 'yaml';
import { LANGS, type Diagnostic, type Lang } from './types';

export const COURSE_FILE = 'course.yaml';
export const DEFAULT_TITLE = 'Study Notes';

export interface CourseInfo {
  title: Record<Lang, string>;
}

export function parseCourse(text: string | undefined): { course: CourseInfo; diagnostics: Diagnostic[] } {
  const fallback: CourseInfo = { title: { ko: DEFAULT_TITLE, en: DEFAULT_TITLE } };
  if (text === undefined) return { course: fallback, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const fail = (message: string) => diagnostics.push({ file: COURSE_FILE, line: 1, column: 1, message: `course: ${message}` });
  const doc = parseDocument(text.normalize('NFC'));
  if (doc.errors.length) {
    fail(doc.errors[0]!.message.split('\n')[0]!);
    return { course: fallback, diagnostics };
  }
  const title = isMap(doc.contents) ? doc.contents.get('title') : undefined;
  const titles = isMap(title) ? title.toJSON() : typeof title === 'string' ? Object.fromEntries(LANGS.map((l) => [l, title])) : undefined;
  if (!titles || typeof titles !== 'object') {
    fail('`title` is required: a string, or one per language (ko: …, en: …)');
    return { course: fallback, diagnostics };
  }
  const course: CourseInfo = { title: { ...fallback.title } };
  for (const lang of LANGS) {
    const value: unknown = (titles as Record<string, unknown>)[lang];
    if (typeof value === 'string' && value.trim()) course.title[lang] = value.trim();
    else if (value !== undefined) fail(`title.${lang} must be a non-empty string`);
  }
  return { course, diagnostics };
}
