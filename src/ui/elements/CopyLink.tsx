import { useView } from '../ViewContext';

interface CopyLinkProps {
  /** the anchor on this page */
  anchor: string;
  /** what the link points at, for its accessible name */
  label: string;
}

/**
 * The link button beside a heading or figure. Its href is the place's own URL, so it works without
 * JavaScript and in "copy link address"; the copy-links island makes a click open its menu: copy
 * the absolute URL (confirmed in the status beside it), or bookmark the place.
 */
export function CopyLink({ anchor, label }: CopyLinkProps) {
  const { file, t } = useView();
  const href = `${file.split('/').pop()}#${encodeURIComponent(anchor)}`;
  return (
    <span className="copy-link">
      {/* the icon is drawn by CSS (.copy-link a::before) */}
      <a href={href} aria-label={`${t.linkToSection}: ${label}`} title={t.linkToSection} data-copy-anchor={anchor} aria-haspopup="true" />
      <span role="status" className="copy-status" />
    </span>
  );
}
