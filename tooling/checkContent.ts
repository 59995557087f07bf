/**
 * What `npm run check:content` does, as a function: compiles every note of a folder and returns
 * the lines to print and the exit code, so tests run it in-process (scripts/check-content.ts is
 * the thin command around it).
 */
import { join, relative, resolve } from 'node:path';
import { formatDiagnostic, isError } from '../src/content/diagnostics';
import { Course } from './course';

export interface CheckContentResult {
  /** exit code: 1 when there is a content error */
  code: 0 | 1;
  /** diagnostics and the error summary (stderr) */
  stderr: string[];
  /** the success line (stdout) */
  stdout: string[];
}

export interface CheckContentOptions {
  strict?: boolean;
  /** paths are printed relative to this folder (default: the working directory) */
  cwd?: string;
  cacheDir?: string;
}

export async function checkContent(dir: string, { strict = false, cwd = process.cwd(), cacheDir }: CheckContentOptions = {}): Promise<CheckContentResult> {
  const contentDir = resolve(cwd, dir);
  const course = await Course.load(contentDir, { strict, cacheDir });
  await course.close();
  const { diagnostics, pages, langs } = course.structure;
  const shown = (file: string) => (file === '.' ? relative(cwd, contentDir) : join(relative(cwd, contentDir), file));
  const stderr = diagnostics.map((diagnostic) => formatDiagnostic({ ...diagnostic, file: shown(diagnostic.file) }));
  const errors = diagnostics.filter(isError).length;
  const warnings = diagnostics.length - errors;
  const warned = warnings ? `, ${warnings} warning(s)` : '';
  if (errors) return { code: 1, stderr: [...stderr, `\n${errors} content error(s)${warned} in ${pages.length} page(s).`], stdout: [] };
  return { code: 0, stderr, stdout: [`content ok${strict ? ' (strict)' : ''}: ${pages.length} page(s) in ${langs.join(', ')}${warned}`] };
}

/** The command line: `[--strict] [dir]`, content/ by default. */
export function parseCheckContentArgs(args: readonly string[]): { dir: string; strict: boolean } {
  return { strict: args.includes('--strict'), dir: args.find((arg) => !arg.startsWith('--')) ?? 'content' };
}
