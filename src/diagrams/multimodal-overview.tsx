import { Arrow, ArrowDefs, Box, Label, type Accent } from './parts';
import { defineDiagram } from './types';

const CARD_W = 110;
const CARD_H = 104;

/** Small pictogram of each modality, drawn in a 60 × 40 area centred on (cx, cy). */
function Icon({ kind, cx, cy }: { kind: number; cx: number; cy: number }) {
  if (kind === 0) {
    return (
      <g>
        <rect x={cx - 30} y={cy - 20} width={60} height={40} rx={3} fill="var(--d-surface)" stroke="var(--d-stroke-2)" strokeWidth={1.5} />
        <circle cx={cx + 14} cy={cy - 9} r={5} fill="var(--d-stroke-2)" />
        <path
          d={`M${cx - 28},${cy + 18} L${cx - 10},${cy - 4} L${cx + 2},${cy + 8} L${cx + 10},${cy} L${cx + 28},${cy + 18} Z`}
          fill="var(--d-fill-3)"
          stroke="var(--d-stroke-3)"
          strokeWidth={1.2}
        />
      </g>
    );
  }
  if (kind === 1) {
    const widths = [56, 44, 52, 30];
    return (
      <g>
        {widths.map((w, i) => (
          <line
            key={i}
            x1={cx - 28}
            y1={cy - 15 + i * 10}
            x2={cx - 28 + w}
            y2={cy - 15 + i * 10}
            stroke="var(--d-stroke-1)"
            strokeWidth={3}
            strokeLinecap="round"
          />
        ))}
      </g>
    );
  }
  if (kind === 2) {
    const pts: string[] = [];
    for (let i = 0; i <= 60; i++) {
      const u = i / 60;
      const env = Math.sin(Math.PI * u) * (0.55 + 0.45 * Math.sin(7 * u));
      pts.push(`${(cx - 30 + i).toFixed(1)},${(cy - 18 * env * Math.sin(i * 1.3)).toFixed(1)}`);
    }
    return <polyline points={pts.join(' ')} fill="none" stroke="var(--d-stroke-3)" strokeWidth={1.5} />;
  }
  // isometric cube: top, left and right faces
  const s = 18;
  const h = s * 0.55;
  return (
    <g stroke="var(--d-stroke-4)" strokeWidth={1.5} strokeLinejoin="round">
      <path d={`M${cx},${cy - 2 * h} L${cx + s},${cy - h} L${cx},${cy} L${cx - s},${cy - h} Z`} fill="var(--d-fill-4)" />
      <path d={`M${cx - s},${cy - h} L${cx},${cy} L${cx},${cy + 2 * h} L${cx - s},${cy + h} Z`} fill="var(--d-surface)" />
      <path d={`M${cx + s},${cy - h} L${cx},${cy} L${cx},${cy + 2 * h} L${cx + s},${cy + h} Z`} fill="var(--d-fill-4)" />
    </g>
  );
}

export default defineDiagram({
  id: 'multimodal-overview',
  width: 482,
  height: 420,
  title: {
    ko: 'Multi-modal learning: 여러 데이터 타입을 함께 학습',
    en: 'Multi-modal learning: learning from several data types together',
  },
  description: {
    ko: '이미지(H×W×3 텐서), 텍스트(단어 토큰), 오디오(1-D 파형), 3D(point·mesh)처럼 표현 방식이 다른 데이터를 하나의 모델이 함께 학습한다. 어려움은 세 가지다: modality마다 표현이 다르고, 정보량이 불균형하며 1:N으로 대응하고, 모델이 쉬운 modality에 편향되기 쉽다.',
    en: 'One model learns jointly from data types with different representations: images (H×W×3 tensors), text (word tokens), audio (1-D waveforms) and 3D (points, meshes). Three challenges: the representations differ, the information is unbalanced with one-to-many correspondences, and the model tends to lean on the easiest modality.',
  },
  seedImages: ['Untitled.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const cards: { name: string; repr: string; accent: Accent }[] = [
      { name: ko ? '이미지' : 'image', repr: ko ? 'H×W×3 텐서' : 'H×W×3 tensor', accent: 2 },
      { name: ko ? '텍스트' : 'text', repr: ko ? '단어 토큰' : 'word tokens', accent: 1 },
      { name: ko ? '오디오' : 'audio', repr: ko ? '1-D 파형' : '1-D waveform', accent: 3 },
      { name: '3D', repr: 'point · mesh', accent: 4 },
    ];
    const challenges = ko
      ? [
          ['표현 방식이 다르다', 'modality마다 별도 encoder 필요'],
          ['정보량 불균형 · 1:N 대응', '한 문장에 맞는 이미지가 여럿'],
          ['쉬운 modality에 편향', '다른 입력은 무시하기 쉽다'],
        ]
      : [
          ['Different representations', 'each modality needs its own encoder'],
          ['Unbalanced information, 1:N', 'one caption fits many images'],
          ['Bias toward one modality', 'the model leans on the easy input'],
        ];
    return (
      <g>
        <ArrowDefs />
        {cards.map((card, i) => {
          const x = 12 + i * 116;
          const cx = x + CARD_W / 2;
          return (
            <g key={i}>
              <Box x={x} y={10} w={CARD_W} h={CARD_H} accent={card.accent} />
              <Icon kind={i} cx={cx} cy={38} />
              <Label x={cx} y={78} size={15} weight="bold">
                {card.name}
              </Label>
              <Label x={cx} y={98} size={13} muted>
                {card.repr}
              </Label>
              <Arrow points={[cx, 10 + CARD_H, cx, 10 + CARD_H + 10, 241, 142, 241, 150]} />
            </g>
          );
        })}
        <Box x={111} y={152} w={260} h={40} accent={0} label={ko ? '하나의 multi-modal 모델' : 'one multi-modal model'} fontSize={15} />
        <Label x={12} y={220} anchor="start" weight="bold" size={15}>
          {ko ? '어려운 점' : 'Challenges'}
        </Label>
        {challenges.map(([head, sub], i) => {
          const y = 236 + i * 60;
          return (
            <g key={i}>
              <rect x={12} y={y} width={458} height={52} rx={6} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
              <circle cx={36} cy={y + 26} r={13} fill="var(--d-fill-5)" stroke="var(--d-stroke-5)" strokeWidth={1.5} />
              <Label x={36} y={y + 26} size={14} weight="bold">
                {String(i + 1)}
              </Label>
              <Label x={60} y={y + 17} anchor="start" size={15}>
                {head}
              </Label>
              <Label x={60} y={y + 37} anchor="start" size={13} muted>
                {sub}
              </Label>
            </g>
          );
        })}
      </g>
    );
  },
});
