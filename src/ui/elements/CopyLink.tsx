import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { copyText } from '../copyText';
import { useView } from '../ViewContext';

interface CopyLinkProps {
  /** the anchor on this page */
  anchor: string;
  /** what the link points at, for its accessible name */
  label: string;
}

/**
 * The link button beside a heading or figure. Its href is the place's own URL (so it works without
 * JavaScript and in "copy link address"); a click copies the absolute URL and confirms visibly.
 */
export function CopyLink({ anchor, label }: CopyLinkProps) {
  const { file, t } = useView();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const href = `${file.split('/').pop()}#${encodeURIComponent(anchor)}`;

  const onClick = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const url = event.currentTarget.href;
    history.replaceState(history.state, '', `#${encodeURIComponent(anchor)}`);
    setStatus((await copyText(url)) ? 'copied' : 'failed');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus('idle'), 2000);
  };

  return (
    <span className="copy-link">
      <a href={href} onClick={onClick} aria-label={`${t.linkToSection}: ${label}`} title={t.linkToSection}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <path
            fill="currentColor"
            d="M7.775 3.275a.75.75 0 0 0 1.06 1.06l1.25-1.25a2 2 0 1 1 2.83 2.83l-2.5 2.5a2 2 0 0 1-2.83 0 .75.75 0 0 0-1.06 1.06 3.5 3.5 0 0 0 4.95 0l2.5-2.5a3.5 3.5 0 0 0-4.95-4.95l-1.25 1.25Zm-4.69 9.64a2 2 0 0 1 0-2.83l2.5-2.5a2 2 0 0 1 2.83 0 .75.75 0 0 0 1.06-1.06 3.5 3.5 0 0 0-4.95 0l-2.5 2.5a3.5 3.5 0 0 0 4.95 4.95l1.25-1.25a.75.75 0 0 0-1.06-1.06l-1.25 1.25a2 2 0 0 1-2.83 0Z"
          />
        </svg>
      </a>
      <span role="status" className={`copy-status${status === 'idle' ? '' : ' visible'}`}>
        {status === 'copied' ? t.copied : status === 'failed' ? t.copyFailed : ''}
      </span>
    </span>
  );
}
