import { describe, expect, it } from 'vitest';
import { parseCourse } from './course';

describe('the course file', () => {
  it('names the course per language, or once for both', () => {
    expect(parseCourse('title:\n  ko: 강의 노트\n  en: Lecture notes\n').course.title).toEqual({ ko: '강의 노트', en: 'Lecture notes' });
    expect(parseCourse('title: Notes\n').course.title).toEqual({ ko: 'Notes', en: 'Notes' });
    expect(parseCourse(undefined).course.title).toEqual({ ko: 'Study Notes', en: 'Study Notes' });
  });

  it('reports a file without a usable title', () => {
    expect(parseCourse('name: x\n').diagnostics.map((d) => d.message)).toEqual(['course: `title` is required: a string, or one per language (ko: …, en: …)']);
    expect(parseCourse('title:\n  ko: 3\n').diagnostics.map((d) => d.message)).toEqual(['course: title.ko must be a non-empty string']);
  });
});
