import type { SnReactProps } from '../../content/elements';
import { useView } from '../ViewContext';
import { CopyLink } from './CopyLink';

type DiagramProps = SnReactProps<'sn-diagram'>;

/** A registered diagram, rendered to SVG at build time, with its caption and link. */
export function DiagramFigure(props: DiagramProps) {
  const { t } = useView();
  const title = props['data-title'] ?? props['data-id'] ?? '';
  const svg = { __html: props['data-html'] ?? '' };
  if (props['data-inline']) {
    return <span className="diagram inline" dangerouslySetInnerHTML={svg} />;
  }
  return (
    <figure className="diagram" id={props.id}>
      <div className="diagram-body" dangerouslySetInnerHTML={svg} />
      <figcaption>
        <span className="figure-label">{t.figure}.</span> {title}
        {props.id && <CopyLink anchor={props.id} label={title} />}
      </figcaption>
    </figure>
  );
}

type MissingImageProps = SnReactProps<'sn-missing-image'>;

/** Where an image is lost or remote: a visible placeholder with its caption, never a broken-image icon. */
export function MissingImage(props: MissingImageProps) {
  const { t } = useView();
  const src = props['data-src'] ?? '';
  const remote = props['data-reason'] === 'remote';
  const caption = captionOf(props['data-alt'] ?? '', src);
  const body = (
    <>
      <span className="missing-image-icon" aria-hidden="true">
        ▨
      </span>
      <span className="missing-image-text">
        <strong>{remote ? t.remoteImage : t.missingImage}</strong>
        {caption && <span className="missing-image-caption">{caption}</span>}
        {remote && /^https?:/i.test(src) && (
          <a href={src} target="_blank" rel="noopener noreferrer">
            {t.openOriginal}
          </a>
        )}
      </span>
    </>
  );
  return props['data-inline'] ? (
    <span className="missing-image inline" role="img" aria-label={`${t.missingImage}: ${caption}`}>
      {body}
    </span>
  ) : (
    <figure className="missing-image">
      <div className="missing-image-box">{body}</div>
    </figure>
  );
}

/** The alt text, or the file name when the alt is only the (URL-encoded) path, as in Notion exports. */
function captionOf(alt: string, src: string): string {
  const file = (value: string) => {
    let decoded = value;
    try {
      decoded = decodeURIComponent(value);
    } catch {
      // keep as written
    }
    return decoded.split(/[?#]/)[0]!.split('/').pop() ?? decoded;
  };
  if (!alt || alt === src || alt.includes('%20') || alt.includes('/')) return file(src || alt);
  return alt;
}
