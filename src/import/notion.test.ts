import { describe, expect, it } from 'vitest';
import { cleanPath, cleanSourceName, lectureIdOf, pageFinder, pageName, planLecture } from './notion';

const ID = '0123456789abcdef0123456789abcdef';
const ID2 = 'fedcba9876543210fedcba9876543210';
const EXPORT = 'Export-0a1b2c3d-1111-2222-3333-444455556666';

describe('Notion names', () => {
  it('drops the 32-hex ids of pages and folders, and the export wrapper folder', () => {
    expect(cleanPath(`Page title ${ID}.md`)).toBe('Page title.md');
    expect(cleanPath(`${EXPORT}/Page ${ID}/Sub page ${ID2}.md`)).toBe('Page/Sub page.md');
    expect(cleanPath(`Page ${ID}/Untitled 1.png`)).toBe('Page/Untitled 1.png');
    // only a whole id, after a space: other hex stays
    expect(cleanPath('hash deadbeef.md')).toBe('hash deadbeef.md');
    expect(cleanPath(`x${ID}.md`)).toBe(`x${ID}.md`);
  });

  it('names the source without folders, extension, ids or export wrapper', () => {
    expect(cleanSourceName(`${EXPORT}.zip`)).toBe('');
    expect(cleanSourceName(`${EXPORT}-Part-1.zip`)).toBe('');
    expect(cleanSourceName(`Lecture ${ID}.md`)).toBe('Lecture');
    expect(cleanSourceName('My notes/')).toBe('My notes');
    expect(lectureIdOf(`${EXPORT}.zip`, 'Day 35 Multi-modal / 3D')).toBe('day-35-multi-modal--3d');
    expect(lectureIdOf('강의 노트.zip', 'whatever')).toBe('강의-노트');
  });

  it('names index and README notes after their folder', () => {
    expect(pageName('Week 2/README.md')).toBe('Week 2');
    expect(pageName(`Page ${ID}.md`)).toBe('Page');
    expect(pageName('README.md')).toBe('README');
  });
});

describe('the lecture tree', () => {
  it('puts a page\u2019s sub-pages (the folder beside it) under it, a parent before its children', () => {
    const pages = planLecture([
      `Course ${ID}/Week 10 ${ID2}.md`,
      `Course ${ID}.md`,
      `Course ${ID}/Week 2 ${ID2.replace('f', 'e')}.md`,
      `Course ${ID}/Week 2 ${ID2.replace('f', 'e')}/Lab.md`,
    ]);
    expect(pages.map((p) => [p.id, p.parent, p.file])).toEqual([
      ['course', undefined, 'Course.md'],
      ['week-2', 'course', 'Course/Week 2.md'],
      ['lab', 'week-2', 'Course/Week 2/Lab.md'],
      ['week-10', 'course', 'Course/Week 10.md'],
    ]);
  });

  it('matches a folder to its page when only one of them carries the id', () => {
    const pages = planLecture([`A ${ID}.md`, 'A/b.md']);
    expect(pages.map((p) => p.parent)).toEqual([undefined, 'a']);
  });

  it('puts a folder\u2019s notes under its index or README, else leaves them flat, ordered by path', () => {
    const withReadme = planLecture(['Notes/week1.md', 'Notes/README.md', 'Notes/Extra/x.md']);
    expect(withReadme.map((p) => [p.id, p.parent])).toEqual([
      ['notes', undefined],
      ['x', 'notes'],
      ['week1', 'notes'],
    ]);
    const flat = planLecture(['Notes/week10/a.md', 'Notes/week2/a.md', 'Notes/intro.md']);
    expect(flat.map((p) => [p.path, p.id, p.parent])).toEqual([
      ['Notes/intro.md', 'intro', undefined],
      ['Notes/week2/a.md', 'a', undefined],
      ['Notes/week10/a.md', 'a-1', undefined],
    ]);
  });

  it('gives unique lower-case ids, Hangul kept', () => {
    const pages = planLecture(['강의 1.md', `Untitled ${ID}.md`, `Untitled ${ID2}.md`, 'untitled.md', '!!!.md']);
    expect(pages.map((p) => p.id)).toEqual(['topic', 'untitled', 'untitled-1', 'untitled-2', '강의-1']);
  });

  it('finds a page by a link written with or without ids, composed or decomposed', () => {
    const pages = planLecture([`강의 ${ID}.md`, `강의 ${ID}/주 1 ${ID2}.md`]);
    const find = pageFinder(pages);
    expect(find(`강의 ${ID}/주 1 ${ID2}.md`)?.id).toBe('주-1');
    expect(find('강의/주 1.md'.normalize('NFD'))?.id).toBe('주-1');
    expect(find('강의/주 2.md')).toBeUndefined();
  });
});
