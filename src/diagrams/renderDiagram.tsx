import { renderToStaticMarkup } from 'react-dom/server';
import type { DiagramDefinition, Lang } from './types';

/**
 * The figure's SVG as a string, with its title and description as the accessible name and
 * description. Called at build time; `instance` keeps ids unique when a page shows a diagram twice.
 */
export function renderDiagramSvg(diagram: DiagramDefinition, lang: Lang, instance = 0): string {
  const base = `dg-${diagram.id}${instance ? `-${instance}` : ''}`;
  const body = renderToStaticMarkup(diagram.render(lang));
  const svg = renderToStaticMarkup(
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${diagram.width} ${diagram.height}`}
      role="img"
      aria-labelledby={`${base}-title`}
      aria-describedby={`${base}-desc`}
      fontFamily="system-ui, -apple-system, 'Segoe UI', 'Noto Sans KR', 'Apple SD Gothic Neo', sans-serif"
    >
      <title id={`${base}-title`}>{diagram.title[lang]}</title>
      <desc id={`${base}-desc`}>{diagram.description[lang]}</desc>
      <g dangerouslySetInnerHTML={{ __html: body }} />
    </svg>,
  );
  // Marker ids must be unique per document: scope the shared arrow marker to this instance.
  return svg.replaceAll('d-arrow', `${base}-arrow`);
}
