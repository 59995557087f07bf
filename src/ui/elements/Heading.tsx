import { createElement, type ReactNode } from 'react';
import { CopyLink } from './CopyLink';

interface HeadingProps {
  level: 1 | 2 | 3 | 4 | 5 | 6;
  id?: string;
  children?: ReactNode;
}

/** A note heading with its link button beside it (outside the heading, so its name stays the text). */
export function Heading({ level, id, children }: HeadingProps) {
  const heading = createElement(`h${level}`, { id, tabIndex: -1 }, children);
  if (!id) return heading;
  return (
    <div className={`heading-row level-${level}`}>
      {heading}
      <CopyLink anchor={id} label={textOf(children)} />
    </div>
  );
}

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node) return textOf((node.props as { children?: ReactNode }).children);
  return '';
}
