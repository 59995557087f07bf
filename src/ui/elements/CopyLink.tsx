import { useView } from '../ViewContext';

interface CopyLinkProps {
  /** the anchor on this page */
  anchor: string;
  /** what the link points at, for its accessible name */
  label: string;
}

/**
 * The link button beside a heading or figure. Its href is the place's own URL, so it works without
 * JavaScript and in "copy link address"; the copy-links island makes a click copy the absolute URL
 * and confirm it in the status beside it.
 */
export function CopyLink({ anchor, label }: CopyLinkProps) {
  const { file, t } = useView();
  const href = `${file.split('/').pop()}#${encodeURIComponent(anchor)}`;
  return (
    <span className="copy-link">
      <a href={href} aria-label={`${t.linkToSection}: ${label}`} title={t.linkToSection} data-copy-anchor={anchor}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <path
            fill="currentColor"
            d="M7.775 3.275a.75.75 0 0 0 1.06 1.06l1.25-1.25a2 2 0 1 1 2.83 2.83l-2.5 2.5a2 2 0 0 1-2.83 0 .75.75 0 0 0-1.06 1.06 3.5 3.5 0 0 0 4.95 0l2.5-2.5a3.5 3.5 0 0 0-4.95-4.95l-1.25 1.25Zm-4.69 9.64a2 2 0 0 1 0-2.83l2.5-2.5a2 2 0 0 1 2.83 0 .75.75 0 0 0 1.06-1.06 3.5 3.5 0 0 0-4.95 0l-2.5 2.5a3.5 3.5 0 0 0 4.95 4.95l1.25-1.25a.75.75 0 0 0-1.06-1.06l-1.25 1.25a2 2 0 0 1-2.83 0Z"
          />
        </svg>
      </a>
      <span role="status" className="copy-status" />
    </span>
  );
}
