/** Posix path helpers that run in the browser as well as in Node (no node:path). */

export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Joins and normalises `a/b`, `../c`, `./d`; never climbs above the root. */
export function joinPath(base: string, relative: string): string {
  const parts: string[] = [];
  for (const part of `${base}/${relative}`.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** decodeURIComponent that leaves malformed input (a stray %) as written. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** `02-fourier.md`: a number before the name orders a note among its siblings. */
const ORDER_PREFIX = /^(\d+)[-_. ]+(?=.)/;

/** The name of a note's topic: its file name (its folder's, for index.md) without extension, language and order prefix. */
export function topicName(path: string): string {
  const stem = path.replace(/(\.[a-z]{2})?\.md$/i, '');
  const name = basename(stem) === 'index' && stem.includes('/') ? basename(dirname(stem)) : basename(stem);
  return withoutOrderPrefix(name);
}

export function withoutOrderPrefix(name: string): string {
  return name.replace(ORDER_PREFIX, '');
}

/** The order a file name gives (`02-fourier` → 2), if it starts with a number. */
export function orderPrefix(name: string): number | undefined {
  const match = ORDER_PREFIX.exec(name);
  return match ? Number(match[1]) : undefined;
}
