import type { ReactNode } from 'react';
import { useView } from '../ViewContext';

interface MathProps {
  'data-html'?: string;
  'data-display'?: boolean;
}

/**
 * KaTeX output compiled at build time; the reader only inserts it (no KaTeX JavaScript). On a
 * pre-rendered page the HTML is already in place and hydration keeps it, so the page data leaves
 * it out (see toNoteTree) and the empty string here never replaces it.
 */
export function MathFormula(props: MathProps) {
  const html = { __html: props['data-html'] ?? '' };
  return props['data-display'] ? (
    <div className="math math-display" dangerouslySetInnerHTML={html} suppressHydrationWarning />
  ) : (
    <span className="math math-inline" dangerouslySetInnerHTML={html} suppressHydrationWarning />
  );
}

interface MathErrorProps {
  'data-message'?: string;
  'data-display'?: boolean;
  children?: ReactNode;
}

/** A formula KaTeX rejected: its source and the reason, inline; the rest of the page renders. */
export function MathError(props: MathErrorProps) {
  const { t } = useView();
  const Tag = props['data-display'] ? 'div' : 'span';
  return (
    <Tag className="math-error" role="note" title={props['data-message']}>
      <span className="math-error-label">{t.formulaError}: </span>
      <code>{props.children}</code>
      <span className="math-error-message"> — {props['data-message']}</span>
    </Tag>
  );
}
