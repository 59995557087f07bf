/**
 * A lecture's glossary: Korean–English term pairs, in `<lecture>/glossary.yaml` beside its notes.
 * Search uses it so that a term is found by either name (the Korean notes write many terms in
 * English, and a Korean reader types them in Hangul: "스펙트로그램", "윈도우", "멜").
 *
 *   - en: spectrogram
 *     ko: [스펙트로그램]
 *   - en: window
 *     ko: [윈도우, 창]
 */
import { isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from './types';

export interface GlossaryEntry {
  /** the English term, lower case */
  en: string;
  /** its Korean names */
  ko: string[];
}

export const GLOSSARY_FILE = 'glossary.yaml';

export function parseGlossary(path: string, text: string): { entries: GlossaryEntry[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lineCounter: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineCounter.push(i + 1);
  const at = (offset: number | undefined) => {
    let line = 0;
    while (line + 1 < lineCounter.length && lineCounter[line + 1]! <= (offset ?? 0)) line++;
    return { line: line + 1, column: (offset ?? 0) - lineCounter[line]! + 1 };
  };
  const fail = (node: YamlNode | null | undefined, message: string) => diagnostics.push({ file: path, ...at(node?.range?.[0]), message: `glossary: ${message}` });
  const doc = parseDocument(text.normalize('NFC'));
  for (const error of doc.errors) diagnostics.push({ file: path, ...at(error.pos[0]), message: `glossary: ${error.message.split('\n')[0]}` });
  if (doc.errors.length) return { entries: [], diagnostics };
  if (!isSeq(doc.contents)) {
    fail(doc.contents, 'expected a list of entries, each `- en: term` with `ko: [이름, …]`');
    return { entries: [], diagnostics };
  }
  const entries: GlossaryEntry[] = [];
  const seen = new Set<string>();
  for (const item of doc.contents.items) {
    if (!isMap(item)) {
      fail(item as YamlNode, 'each entry is `en: term` with `ko: [이름, …]`');
      continue;
    }
    const enValue: unknown = item.get('en');
    const en = typeof enValue === 'string' ? enValue.trim().toLowerCase() : '';
    const koNode = item.get('ko', true) as YamlNode | undefined;
    const ko = isSeq(koNode) ? koNode.items.map((k) => String((k as { value?: unknown }).value ?? '')) : typeof item.get('ko') === 'string' ? [String(item.get('ko'))] : [];
    if (!en) fail(item, 'an entry needs `en`, the English term');
    else if (!ko.length || ko.some((k) => !k.trim())) fail(item, `"${en}" needs \`ko\`, its Korean names`);
    else if (seen.has(en)) fail(item, `"${en}" is listed twice`);
    else {
      seen.add(en);
      entries.push({ en, ko: ko.map((k) => k.trim()) });
    }
  }
  return { entries, diagnostics };
}
