import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import katex from 'katex';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { report } from '../diagnostics';
import { SN, snElement } from '../elements';

/**
 * Renders $…$ and $$…$$ (marked by remark-math as code.language-math) with KaTeX, at build time.
 * The output is kept as one HTML string on an sn-math element instead of thousands of HAST nodes,
 * so the page data stays small; the reader inserts it as is. A formula KaTeX rejects becomes an
 * inline error showing the source, and a diagnostic at its position.
 */
export const rehypeKatexString: Plugin<[{ macros?: Readonly<Record<string, string>> }?], Root> = (options) => (tree, file) => {
  // a copy per note: a \gdef in one note does not leak into the next
  const macros: Record<string, string> = { ...options?.macros };
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const code = mathCode(node);
    if (!code) return;
    const display = node.tagName === 'pre';
    const tex = toString(code);
    let replacement: Element;
    try {
      const html = slimMathml(katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: 'ignore', trust: false, macros }));
      replacement = snElement(SN.math, { dataDisplay: display, dataHtml: html, dataTex: tex });
    } catch (error) {
      const message = error instanceof katex.ParseError ? error.rawMessage : String(error);
      report(file, code.position ? code : node, `invalid TeX: ${message} in $${oneLine(tex)}$`);
      replacement = snElement(SN.mathError, { dataDisplay: display, dataMessage: message }, [{ type: 'text', value: tex }]);
    }
    replacement.position = code.position ?? node.position;
    parent.children[index] = replacement as ElementContent;
    return SKIP;
  });
};

/**
 * KaTeX's MathML, without what an HTML page does not use: the namespace (the HTML parser gives
 * <math> its own) and the TeX source as an annotation beside the tree (screen readers read the
 * tree; search reads the source from data-tex). Formulas are about half of a page's bytes; this
 * is a tenth of them.
 */
export function slimMathml(html: string): string {
  return html
    .replaceAll(' xmlns="http://www.w3.org/1998/Math/MathML"', '')
    .replace(/<semantics>([\s\S]*?)<annotation encoding="application\/x-tex">[\s\S]*?<\/annotation><\/semantics>/g, '$1');
}

function mathCode(node: Element): Element | undefined {
  const isMath = (el: Element) =>
    el.tagName === 'code' && Array.isArray(el.properties.className) && el.properties.className.includes('language-math');
  if (isMath(node)) return node;
  if (node.tagName === 'pre') {
    const [only] = node.children.filter((child) => child.type === 'element');
    if (only && only.type === 'element' && isMath(only)) return only;
  }
  return undefined;
}

/** A formula as a message shows it: one line, cut (an unclosed $$ can swallow half a note). */
function oneLine(tex: string): string {
  const line = tex.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}
