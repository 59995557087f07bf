import type { ReactNode } from 'react';
import { useView } from '../ViewContext';

/** A self-check question; its answer stays hidden until the reader opens it (works without JavaScript). */
export function Question({ children }: { children?: ReactNode }) {
  return <div className="self-check">{children}</div>;
}

export function Answer({ children }: { children?: ReactNode }) {
  const { t } = useView();
  return (
    <details className="answer">
      <summary>{t.showAnswer}</summary>
      <div className="answer-body">{children}</div>
    </details>
  );
}
