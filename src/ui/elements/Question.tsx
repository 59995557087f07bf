import type { ReactNode } from 'react';
import type { SnReactProps } from '../../content/elements';
import { useView } from '../ViewContext';

/**
 * A self-check question; its answer stays hidden until the reader opens it (works without
 * JavaScript). The self-check island then asks whether the reader knew it, to schedule a review.
 */
export function Question({ id, children }: SnReactProps<'sn-question'> & { children?: ReactNode }) {
  return (
    <div className="self-check" id={id} data-island="self-check">
      {children}
    </div>
  );
}

export function Answer({ children }: SnReactProps<'sn-answer'> & { children?: ReactNode }) {
  const { t } = useView();
  return (
    <details className="answer">
      <summary>{t.showAnswer}</summary>
      <div className="answer-body">{children}</div>
    </details>
  );
}
