/**
 * A course's KaTeX macros: `macros.tex` in the course (lecture) folder, a preamble of
 * `\newcommand`, `\renewcommand` and `\def` lines, as Obsidian's and MathJax's preambles are
 * written. KaTeX itself reads it, so a macro means exactly what it would in a formula.
 */
import { ParseError, renderToString } from 'katex';
import type { Diagnostic } from './types';

export const MACROS_FILE = 'macros.tex';

export function parseMacros(file: string, text: string): { macros: Record<string, string>; diagnostics: Diagnostic[] } {
  const macros: Record<string, string | object> = {};
  const preamble = text.normalize('NFC');
  const diagnostics: Diagnostic[] = [];
  try {
    // globalGroup: the definitions land in `macros` instead of ending with the formula
    renderToString(preamble, { macros, globalGroup: true, throwOnError: true, strict: 'ignore', trust: false });
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    const offset = (error as { position?: number }).position ?? 0;
    const before = preamble.slice(0, offset).split('\n');
    diagnostics.push({ file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1, message: `invalid TeX in macros: ${error.rawMessage}` });
  }
  // KaTeX keeps each definition as tokens; the macro's text, cut from the preamble, is plain data
  // that a compile worker and the cache can hold, and means the same to KaTeX. The definitions
  // before an error are kept, so one bad line does not break every formula of the course.
  const plain: Record<string, string> = {};
  for (const [name, value] of Object.entries(macros)) {
    if (typeof value === 'string') plain[name] = value;
    else if (isExpansion(value)) plain[name] = expansionText(value.tokens, preamble);
  }
  return { macros: plain, diagnostics };
}

interface Token {
  text: string;
  loc?: { start: number; end: number };
}

function isExpansion(value: unknown): value is { tokens: Token[] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { tokens?: unknown }).tokens);
}

function expansionText(tokens: readonly Token[], preamble: string): string {
  if (!tokens.length) return '';
  if (tokens.every((t) => t.loc)) {
    const start = Math.min(...tokens.map((t) => t.loc!.start));
    const end = Math.max(...tokens.map((t) => t.loc!.end));
    return preamble.slice(start, end);
  }
  // tokens are kept last first
  return tokens.map((t) => t.text).toReversed().join(' ');
}
