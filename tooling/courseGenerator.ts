/**
 * A course of `lectures` lectures for measuring the build at scale: lecture 1 is content/ as it
 * is; every other lecture is a copy of it whose topic ids, titles and order are changed, so each
 * is a distinct lecture with its own pages and links.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { readSources } from './course';

export function generateCourse(contentDir: string, targetDir: string, lectures: number): { notes: number } {
  const sources = readSources(contentDir);
  let notes = 0;
  for (let n = 1; n <= lectures; n++) {
    for (const source of sources) {
      const [lecture, ...rest] = source.path.split('/');
      const path = n === 1 ? source.path : [`${lecture}-${n}`, ...rest].join('/');
      const text = n === 1 ? source.text : renumber(source.text, n, topicName(source.path), rest.length === 1 && /^index(\.[a-z]{2})?\.md$/.test(rest[0]!));
      mkdirSync(dirname(join(targetDir, path)), { recursive: true });
      writeFileSync(join(targetDir, path), text);
      notes++;
    }
  }
  return { notes };
}

/** The topic name a note's id defaults to: its file name, or its folder's for an index.md. */
function topicName(path: string): string {
  const parts = path.replace(/(\.[a-z]{2})?\.md$/, '').split('/');
  return parts.at(-1) === 'index' ? parts.at(-2)! : parts.at(-1)!;
}

/** The note with its topic id suffixed by the lecture number; a lecture's own page also gets its number in title and order. */
function renumber(text: string, n: number, name: string, isLectureIndex: boolean): string {
  const end = text.indexOf('\n---', 4);
  let front = text.slice(0, end);
  front = /^id: /m.test(front) ? front.replace(/^id: (.+)$/m, `id: $1-${n}`) : `${front}\nid: ${name}-${n}`;
  if (isLectureIndex) {
    front = front.replace(/^title: (.+)$/m, (_, title: string) => `title: ${JSON.stringify(`${String(parse(title))} (${n})`)}`);
    front = front.replace(/^order: .+$/m, `order: ${n}`);
  }
  return front + text.slice(end);
}
