import type { SnReactProps } from '../../content/elements';
import { useView } from '../ViewContext';

type DemoPlaceProps = SnReactProps<'sn-demo'>;

/**
 * The place a ::demo directive marks: a labelled box in the pre-rendered page. The demo island
 * mounts the demo into it when it comes near the viewport (src/islands/demo.ts).
 */
export function DemoPlace(props: DemoPlaceProps) {
  const { t, file } = useView();
  const demoId = props['data-id'] ?? '';
  const anchor = props.id ?? `demo-${demoId}`;
  const titleId = `${anchor}-title`;
  return (
    <section className="demo" id={anchor} aria-labelledby={titleId} data-island="demo" data-demo={demoId} data-settings={props['data-settings']}>
      <p className="demo-title" id={titleId}>
        <span className="demo-badge">{t.demo}</span> {props['data-title']}
      </p>
      <p className="demo-status demo-waiting">{t.demoWaiting}</p>
      <p className="demo-status demo-noscript">{t.demoNoScript}</p>
      <p className="demo-print">
        {t.demoPrint} <a href={`${file.split('/').pop()}#${anchor}`}>{`${file.split('/').pop()}#${anchor}`}</a>
      </p>
    </section>
  );
}
