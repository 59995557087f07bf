import { Arrow, ArrowDefs, Box, Label } from './parts';
import { BirdFigure } from './pictograms';
import { defineDiagram } from './types';

interface Pose {
  /** position inside the thumbnail, 0..1 */
  u: number;
  v: number;
  s: number;
  /** facing left */
  flip: boolean;
  tilt: number;
  branch: boolean;
}

/** The bird of the thumbnail in its pose: placed, scaled, flipped to face left and tilted. */
function Bird({ pose, x, y, w, h }: { pose: Pose; x: number; y: number; w: number; h: number }) {
  const cx = x + pose.u * w;
  const cy = y + pose.v * h;
  return (
    <g transform={`translate(${cx.toFixed(1)} ${cy.toFixed(1)}) scale(${pose.flip ? -pose.s : pose.s} ${pose.s}) rotate(${pose.tilt})`}>
      <BirdFigure eye />
    </g>
  );
}

const POSES: Pose[] = [
  { u: 0.5, v: 0.5, s: 0.9, flip: false, tilt: 0, branch: true },
  { u: 0.42, v: 0.38, s: 0.65, flip: true, tilt: -10, branch: false },
  { u: 0.55, v: 0.58, s: 1.1, flip: true, tilt: 8, branch: true },
  { u: 0.4, v: 0.45, s: 0.75, flip: false, tilt: -20, branch: false },
];

function Thumb({ x, y, w, h, poses, ghost = false }: { x: number; y: number; w: number; h: number; poses: readonly Pose[]; ghost?: boolean }) {
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={4} fill="var(--d-fill-3)" stroke="var(--d-line)" strokeWidth={1.5} />
      {poses.map((pose, i) => (
        <g key={i} opacity={ghost ? 0.3 : 1}>
          {pose.branch && (
            <path
              d={`M${x + 4},${y + pose.v * h + 19 * pose.s} L${x + w - 4},${y + pose.v * h + 14 * pose.s}`}
              stroke="var(--d-stroke-2)"
              strokeWidth={3}
              strokeLinecap="round"
            />
          )}
          <Bird pose={pose} x={x} y={y} w={w} h={h} />
        </g>
      ))}
    </g>
  );
}

export default defineDiagram({
  id: 'text-to-image-one-to-many',
  width: 440,
  height: 406,
  title: {
    ko: 'Text-to-image는 one-to-many: 한 문장에 여러 이미지',
    en: 'Text-to-image is one-to-many: one sentence, many images',
  },
  description: {
    ko: '"빨간 머리와 파란 날개를 가진 작은 새"라는 한 문장에 맞는 이미지는 자세, 크기, 위치, 배경이 다른 여러 장이다. Generator는 Gaussian random code z를 함께 받아 z마다 다른 이미지를 내지만, z 없이 L2로 학습한 회귀 모델은 이들의 평균인 흐릿한 이미지 한 장만 낸다.',
    en: 'Many images fit the single sentence "a small bird with a red head and blue wings", differing in pose, size, position and background. A generator that also takes a Gaussian random code z produces a different image for each z, whereas a regressor trained with L2 and no z outputs one blurry image, their mean.',
  },
  seedImages: ['Untitled 11.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const thumbs = POSES.map((_, i) => 20 + i * 102);
    return (
      <g>
        <ArrowDefs />
        <rect x={14} y={10} width={412} height={40} rx={20} fill="var(--d-fill-1)" stroke="var(--d-stroke-1)" strokeWidth={1.5} />
        <Label x={220} y={30} size={15}>
          {ko ? '“빨간 머리와 파란 날개를 가진 작은 새”' : '“a small bird with a red head and blue wings”'}
        </Label>
        <Arrow points={[220, 50, 220, 70]} />
        <Box x={160} y={72} w={120} h={36} accent={4} label="generator G" />
        <Label x={126} y={90} anchor="end" size={14}>
          z ~ N(0, I)
        </Label>
        <Arrow points={[130, 90, 158, 90]} />
        {thumbs.map((x, i) => (
          <g key={i}>
            <Arrow points={[220, 108, x + 47, 136]} />
            <Thumb x={x} y={138} w={94} h={78} poses={[POSES[i] as Pose]} />
            <text x={x + 47} y={232} fontSize={14} textAnchor="middle" dominantBaseline="central" fill="var(--d-text)">
              z
              <tspan dy={4} fontSize={13}>
                {i + 1}
              </tspan>
            </text>
          </g>
        ))}
        <Label x={220} y={258} size={14} muted>
          {ko ? '같은 문장, 다른 z → 다른 이미지' : 'same text, different z → different images'}
        </Label>
        <line x1={14} y1={278} x2={426} y2={278} stroke="var(--d-line)" strokeWidth={1} strokeDasharray="3 4" />
        <Box x={14} y={318} w={150} h={44} label={ko ? ['L2 회귀', '(z 없음)'] : ['L2 regression', '(no z)']} />
        <Arrow points={[164, 340, 190, 340]} />
        <Thumb x={192} y={300} w={94} h={78} poses={POSES} ghost />
        <Label x={298} y={328} anchor="start" size={14}>
          {ko ? '평균 한 장:' : 'one mean image:'}
        </Label>
        <Label x={298} y={350} anchor="start" size={14}>
          {ko ? '흐릿하게 겹침' : 'blurry, ghosted'}
        </Label>
        <Label x={220} y={394} size={13} muted>
          {ko ? '그래서 z를 받는 생성 모델(GAN)을 쓴다' : 'hence a generative model (GAN) that takes z'}
        </Label>
      </g>
    );
  },
});
