/**
 * Each note compiles in its own error guard: a note that breaks the compiler (here a compiler made
 * to throw on one note) is one `path:1:1` error, and the other notes are still compiled and checked.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { Course } from '../../tooling/course';

vi.mock('../../tooling/noteCompiler', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../tooling/noteCompiler')>();
  return {
    ...original,
    createNoteCompiler: async (...args: Parameters<typeof original.createNoteCompiler>) => {
      const compile = await original.createNoteCompiler(...args);
      return (source: { path: string; text: string }) => {
        if (source.path.endsWith('boom.md'))
          throw new SyntaxError('Invalid regular expression: /^tags(\\s*:/m: Unterminated group\n    at new RegExp (<anonymous>)');
        return compile(source);
      };
    },
  };
});

const work = mkdtempSync(join(tmpdir(), 'course-guard-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a note that breaks the compiler', () => {
  it('is one error line, and the rest of the course is still checked', async () => {
    const content = join(work, 'content');
    mkdirSync(join(content, 'l'), { recursive: true });
    writeFileSync(join(content, 'l/index.md'), '---\ntitle: L\norder: 1\n---\n[boom](boom.md)\n');
    writeFileSync(join(content, 'l/boom.md'), '---\ntitle: Boom\norder: 2\n---\n');
    writeFileSync(join(content, 'l/c.md'), '---\ntitle: C\norder: 3\n---\n$\\frac{1}{$\n');
    const course = await Course.load(content, { cacheDir: join(work, 'cache'), strict: true });
    await course.close();
    expect(course.structure.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      'l/boom.md:1:1 could not be compiled: Invalid regular expression: /^tags(\\s*:/m: Unterminated group',
      expect.stringMatching(/^l\/c\.md:5:1 invalid TeX: /),
    ]);
    // the link to it still resolves; its page has no body
    const boom = course.structure.pages.find((p) => p.source === 'l/boom.md')!;
    expect(course.bodyHtml(boom)).toBe('');
    expect(course.bodyHtml(course.structure.pages.find((p) => p.source === 'l/index.md')!)).toContain('href="boom.html"');
  });
});
