import type { ReactNode } from 'react';
import type { SnReactProps } from '../../content/elements';
import { useView } from '../ViewContext';

type MathProps = SnReactProps<'sn-math'>;

/** KaTeX output compiled at build time, inserted as it is: the reader downloads no KaTeX JavaScript. */
export function MathFormula(props: MathProps) {
  const html = { __html: props['data-html'] ?? '' };
  return props['data-display'] ? (
    <div className="math math-display" dangerouslySetInnerHTML={html} />
  ) : (
    <span className="math math-inline" dangerouslySetInnerHTML={html} />
  );
}

type MathErrorProps = SnReactProps<'sn-math-error'> & { children?: ReactNode };

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
