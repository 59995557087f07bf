import type { Root, Yaml } from 'mdast';
import type { Plugin } from 'unified';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { VFile } from 'vfile';
import { report } from '../diagnostics';
import { LANGS, type Frontmatter, type Lang } from '../types';

export interface FrontmatterOptions {
  /** content notes must have title and order and nothing unknown; imported notes keep what parses */
  strict: boolean;
}

const TOPIC_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KNOWN_KEYS = new Set(['title', 'order', 'id', 'lang', 'summary']);

/** Parses the leading YAML block into file.data.frontmatter, reporting bad fields at their line. */
export const remarkFrontmatterData: Plugin<[FrontmatterOptions], Root> = ({ strict }) => (tree, file) => {
  const first = tree.children[0];
  const yamlNode = first?.type === 'yaml' ? first : undefined;
  file.data.frontmatter = yamlNode ? parseFrontmatter(yamlNode, file, strict) : {};
  if (strict && !yamlNode) report(file, undefined, 'missing frontmatter: a note starts with --- title: … order: … ---');
};

function parseFrontmatter(node: Yaml, file: VFile, strict: boolean): Frontmatter {
  // The YAML text starts on the line after the opening ---.
  const lineOffset = (node.position?.start.line ?? 1) + 1;
  const at = (line: number, column: number) => ({ position: { start: { line: lineOffset + line - 1, column } } });
  const lineCounter = new LineCounter();
  const doc = parseDocument(node.value, { prettyErrors: false, lineCounter });
  for (const error of doc.errors) {
    const pos = error.linePos?.[0];
    report(file, at(pos?.line ?? 1, pos?.col ?? 1), `invalid frontmatter: ${error.message.split('\n')[0]}`);
  }
  if (doc.errors.length) return {};
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) {
    if (strict) report(file, node, 'frontmatter is empty: title and order are required');
    return {};
  }
  if (typeof value !== 'object' || Array.isArray(value)) {
    report(file, node, 'invalid frontmatter: expected key: value pairs');
    return {};
  }
  const data = value as Record<string, unknown>;
  // where the parser found each key (a key may be quoted, indented or hold any character)
  const keyOffsets = new Map<string, number>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range) keyOffsets.set(String(pair.key.value), pair.key.range[0]);
    }
  }
  const lineOf = (key: string) => {
    const offset = keyOffsets.get(key);
    if (offset === undefined) return at(1, 1);
    const { line, col } = lineCounter.linePos(offset);
    return at(line, col);
  };
  const result: Frontmatter = {};
  const fail = (key: string, message: string) => report(file, lineOf(key), `invalid frontmatter: ${message}`);

  if ('title' in data) {
    if (typeof data.title === 'string' && data.title.trim()) result.title = data.title.trim();
    else if (data.title !== null || strict) fail('title', '`title` must be a non-empty string');
  } else if (strict) report(file, node, 'invalid frontmatter: `title` is required');

  if ('order' in data) {
    if (typeof data.order === 'number' && Number.isFinite(data.order)) result.order = data.order;
    else if (strict) fail('order', '`order` must be a number');
  } else if (strict) report(file, node, 'invalid frontmatter: `order` is required');

  if ('id' in data) {
    if (typeof data.id === 'string' && TOPIC_ID.test(data.id)) result.id = data.id;
    else if (strict) fail('id', '`id` must be lower-case ASCII words joined by "-", e.g. stft-window');
  }
  if ('lang' in data) {
    if (LANGS.includes(data.lang as Lang)) result.lang = data.lang as Lang;
    else if (strict) fail('lang', `\`lang\` must be one of ${LANGS.join(', ')}`);
  }
  if ('summary' in data) {
    if (typeof data.summary === 'string') result.summary = data.summary.trim();
    else if (strict) fail('summary', '`summary` must be a string');
  }
  if (strict) {
    for (const key of Object.keys(data)) {
      if (!KNOWN_KEYS.has(key)) fail(key, `unknown key \`${key}\` (known: ${[...KNOWN_KEYS].join(', ')})`);
    }
  }
  return result;
}

declare module 'vfile' {
  interface DataMap {
    frontmatter: Frontmatter;
  }
}
