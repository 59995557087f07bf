import { describe, expect, it } from 'vitest';
import { parseMacros } from './macros';
import { compileNote } from './pipeline';

const options = { demoIds: [], diagramIds: [], strict: true };
const FRONT = '---\ntitle: T\norder: 1\n---\n';

describe('a course’s macros.tex', () => {
  const preamble = String.raw`% Obsidian preamble
\newcommand{\mc}{\mathcal}
\newcommand{\l}{\left}
\renewcommand{\r}{\right}
\def\fa{\forall}
\newcommand{\axibasis}[1]{\textbf{(B#1)}}
\newcommand{\Text}{\text{a  b}}
`;

  it('reads \\newcommand, \\renewcommand and \\def into plain expansions, arguments kept', () => {
    const { macros, diagnostics } = parseMacros('c/macros.tex', preamble);
    expect(diagnostics).toEqual([]);
    expect(macros).toEqual({
      '\\mc': '\\mathcal',
      '\\l': '\\left',
      '\\r': '\\right',
      '\\fa': '\\forall',
      '\\axibasis': '\\textbf{(B#1)}',
      '\\Text': '\\text{a  b}',
    });
    // plain data: it crosses to the compile workers and into the cache as JSON
    expect(JSON.parse(JSON.stringify(macros))).toEqual(macros);
  });

  it('lets a note use them; without them the same formula is invalid TeX', () => {
    const formula = String.raw`$\axibasis{1}\ \fa B\in\mc{B}:\l(X\r)$`;
    const { macros } = parseMacros('c/macros.tex', preamble);
    const withMacros = compileNote('c/a.md', FRONT + formula, { ...options, macros });
    expect(withMacros.diagnostics).toEqual([]);
    expect(JSON.stringify(withMacros.note.tree)).toContain('(B1)');
    const without = compileNote('c/a.md', FRONT + formula, options);
    expect(without.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^invalid TeX: Undefined control sequence: \\axibasis/)]);
  });

  it('keeps a note’s own \\gdef to that note', () => {
    const { macros } = parseMacros('c/macros.tex', preamble);
    const first = compileNote('c/a.md', `${FRONT}$\\gdef\\mine{x}$ $\\mine$`, { ...options, macros });
    expect(first.diagnostics).toEqual([]);
    const second = compileNote('c/b.md', `${FRONT}$\\mine$`, { ...options, macros });
    expect(second.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/Undefined control sequence: \\mine/)]);
    expect(macros).not.toHaveProperty('\\mine');
  });

  it('reports invalid TeX in the preamble at its line, keeping the definitions before it', () => {
    const { macros, diagnostics } = parseMacros('c/macros.tex', '\\newcommand{\\a}{a}\n\\newcommand{\\b}{\\frac{1}\n');
    expect(macros).toEqual({ '\\a': 'a' });
    expect(diagnostics).toEqual([{ file: 'c/macros.tex', line: expect.any(Number), column: expect.any(Number), message: expect.stringMatching(/^invalid TeX in macros: /) }]);
    expect(diagnostics[0]!.line).toBeGreaterThan(1);
  });
});
