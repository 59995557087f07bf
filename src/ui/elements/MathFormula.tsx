import type { ReactNode } from 'react';
import { useView } from '../ViewContext';

interface MathProps {
  'data-html'?: string;
  'data-display'?: boolean;
}

/** KaTeX output compiled at build time, inserted as it is: the reader downloads no KaTeX JavaScript. */
export function MathFormula(props: MathProps) {
  const html = { __html: props['data-html'] ?? '' };
  return props['data-display'] ? (
    <div className="math math-display" dangerouslySetInnerHTML={html} />
  ) : (
    <span className="math math-inline" dangerouslySetInnerHTML={html} />
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
