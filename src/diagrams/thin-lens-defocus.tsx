import { Arrow, ArrowDefs, Label } from './parts';
import { defineDiagram } from './types';

/**
 * Geometry in drawing units, solved with the thin-lens equation 1/f = 1/d + 1/s' so the rays are exact:
 * the lens at LENS_X, the sensor where the focus distance D_F images, a nearer point at distance D.
 */
const AXIS_Y = 112;
const LENS_X = 300;
const F = 60;
const D_F = 250;
const D = 125;
const APERTURE = 120;
const imageDistance = (d: number) => 1 / (1 / F - 1 / d);
const SENSOR_X = LENS_X + imageDistance(D_F);
const NEAR_IMAGE_X = LENS_X + imageDistance(D);
/** Blur-circle diameter on the sensor, from similar triangles behind the lens. */
const BLUR = (APERTURE * (NEAR_IMAGE_X - SENSOR_X)) / (NEAR_IMAGE_X - LENS_X);

/** "d" with a lowered "f": the focus distance. */
const Df = () => (
  <>
    <tspan fontStyle="italic">d</tspan>
    <tspan dy={4} fontSize={13}>
      f
    </tspan>
    <tspan dy={-4}>{'\u200b'}</tspan>
  </>
);

/** A horizontal dimension line with end ticks. */
function Dim({ x1, x2, y, accent }: { x1: number; x2: number; y: number; accent: 2 | 3 | 5 }) {
  const color = `var(--d-stroke-${accent})`;
  return (
    <g stroke={color} strokeWidth={1.2}>
      <line x1={x1} y1={y} x2={x2} y2={y} />
      <line x1={x1} y1={y - 5} x2={x1} y2={y + 5} />
      <line x1={x2} y1={y - 5} x2={x2} y2={y + 5} />
    </g>
  );
}

export default defineDiagram({
  id: 'thin-lens-defocus',
  width: 480,
  height: 396,
  title: {
    ko: 'Thin lens 모델: 초점에서 벗어난 점은 원으로 번진다',
    en: 'The thin-lens model: an out-of-focus point spreads into a circle',
  },
  description: {
    ko: '조리개 지름 A인 렌즈가 거리 d_f에 초점을 맞추면 그 거리의 점은 센서에 한 점으로 모이지만, 더 가까운 거리 d의 점은 센서 뒤에서 모이므로 센서에는 지름 c인 원(blur circle)으로 맺힌다. c는 A에 비례하고 |1/d − 1/d_f|에 비례해 커진다.',
    en: 'A lens with aperture diameter A focused at distance d_f brings a point at that distance to a single point on the sensor, but a nearer point at distance d converges behind the sensor and so appears on it as a circle of diameter c (the blur circle). c grows in proportion to A and to |1/d − 1/d_f|.',
  },
  seedImages: [],
  render: (lang) => {
    const ko = lang === 'ko';
    const top = AXIS_Y - APERTURE / 2;
    const bottom = AXIS_Y + APERTURE / 2;
    const focusX = LENS_X - D_F;
    const nearX = LENS_X - D;
    // where the near point's rays cross the sensor plane
    const blurTop = AXIS_Y - BLUR / 2;
    const blurBottom = AXIS_Y + BLUR / 2;
    const green = 'var(--d-stroke-3)';
    const red = 'var(--d-stroke-5)';
    return (
      <g>
        <ArrowDefs />
        {/* optical axis, lens, sensor */}
        <line x1={20} y1={AXIS_Y} x2={470} y2={AXIS_Y} stroke="var(--d-line)" strokeWidth={1} strokeDasharray="2 4" />
        <ellipse cx={LENS_X} cy={AXIS_Y} rx={9} ry={APERTURE / 2} fill="var(--d-fill-1)" stroke="var(--d-stroke-1)" strokeWidth={1.5} />
        <Label x={LENS_X} y={top - 30}>
          {ko ? '렌즈' : 'lens'}
        </Label>
        <line x1={SENSOR_X} y1={top - 10} x2={SENSOR_X} y2={bottom + 10} stroke="var(--d-text)" strokeWidth={3} />
        <Label x={SENSOR_X} y={top - 30}>
          {ko ? '센서' : 'sensor'}
        </Label>

        {/* aperture */}
        <Arrow points={[LENS_X - 22, AXIS_Y - 8, LENS_X - 22, top + 2]} accent={1} />
        <Arrow points={[LENS_X - 22, AXIS_Y + 8, LENS_X - 22, bottom - 2]} accent={1} />
        <Label x={LENS_X - 30} y={AXIS_Y} size={16} italic accent={1} anchor="end">
          A
        </Label>

        {/* the in-focus point: rays meet on the sensor */}
        <polyline points={`${focusX},${AXIS_Y} ${LENS_X},${top} ${SENSOR_X},${AXIS_Y}`} fill="none" stroke={green} strokeWidth={1.5} />
        <polyline points={`${focusX},${AXIS_Y} ${LENS_X},${bottom} ${SENSOR_X},${AXIS_Y}`} fill="none" stroke={green} strokeWidth={1.5} />
        <circle cx={focusX} cy={AXIS_Y} r={5} fill={green} />

        {/* the nearer point: rays meet behind the sensor, so they cross it as a disc */}
        <polyline points={`${nearX},${AXIS_Y} ${LENS_X},${top} ${SENSOR_X},${blurTop}`} fill="none" stroke={red} strokeWidth={1.5} />
        <polyline points={`${nearX},${AXIS_Y} ${LENS_X},${bottom} ${SENSOR_X},${blurBottom}`} fill="none" stroke={red} strokeWidth={1.5} />
        <polyline
          points={`${SENSOR_X},${blurTop} ${NEAR_IMAGE_X},${AXIS_Y} ${SENSOR_X},${blurBottom}`}
          fill="none"
          stroke={red}
          strokeWidth={1.2}
          strokeDasharray="3 3"
        />
        <circle cx={nearX} cy={AXIS_Y} r={5} fill={red} />
        <line x1={SENSOR_X} y1={blurTop} x2={SENSOR_X} y2={blurBottom} stroke={red} strokeWidth={5} />
        <Label x={SENSOR_X + 10} y={blurTop - 12} size={16} italic accent={5} anchor="start">
          c
        </Label>

        {/* distances from the lens */}
        <Dim x1={focusX} x2={LENS_X} y={bottom + 28} accent={3} />
        <Label x={(focusX + LENS_X) / 2} y={bottom + 16} size={15} accent={3}>
          <Df />
        </Label>
        <Dim x1={nearX} x2={LENS_X} y={bottom + 50} accent={5} />
        <Label x={(nearX + LENS_X) / 2} y={bottom + 64} size={15} italic accent={5}>
          d
        </Label>

        {/* what the sensor records */}
        <circle cx={40} cy={258} r={3} fill={green} />
        <Label x={58} y={258} size={14} anchor="start">
          {ko ? (
            <>
              거리 <Df />의 점 → 센서에 한 점
            </>
          ) : (
            <>
              a point at <Df /> → a point on the sensor
            </>
          )}
        </Label>
        <circle cx={40} cy={286} r={BLUR / 4} fill="var(--d-fill-5)" stroke={red} strokeWidth={1.2} />
        <Label x={58} y={286} size={14} anchor="start">
          {ko ? (
            <>
              거리 <tspan fontStyle="italic">d</tspan>의 점 → 지름 <tspan fontStyle="italic">c</tspan>의 원 (blur)
            </>
          ) : (
            <>
              a point at <tspan fontStyle="italic">d</tspan> → a disc of diameter <tspan fontStyle="italic">c</tspan>
            </>
          )}
        </Label>
        <Label x={240} y={326} size={15} weight="bold">
          <tspan fontStyle="italic">c</tspan> = <tspan fontStyle="italic">A</tspan> · <tspan fontStyle="italic">f</tspan> <Df /> / (<Df /> −{' '}
          <tspan fontStyle="italic">f</tspan>) · |1/<tspan fontStyle="italic">d</tspan> − 1/
          <Df />|
        </Label>
        <Label x={240} y={352} size={13} muted>
          {ko ? (
            <>
              (<tspan fontStyle="italic">f</tspan>: 렌즈의 focal length)
            </>
          ) : (
            <>
              (<tspan fontStyle="italic">f</tspan>: the lens’s focal length)
            </>
          )}
        </Label>
        <Label x={240} y={378} size={14}>
          {ko ? (
            <>
              조리개 <tspan fontStyle="italic">A</tspan>가 클수록, 1/<tspan fontStyle="italic">d</tspan>가 1/
              <Df />
              에서 멀수록 더 흐리다
            </>
          ) : (
            <>
              wider aperture, or 1/<tspan fontStyle="italic">d</tspan> further from 1/
              <Df />: more blur
            </>
          )}
        </Label>
      </g>
    );
  },
});
