import { Arrow, ArrowDefs, Box, Label, Tex } from './parts';
import { defineDiagram } from './types';

// Class posteriors for one clip (8 classes shown per head): the student's are close to the teachers' after training.
const TEACHER = [
  [0.04, 0.08, 0.46, 0.1, 0.05, 0.17, 0.05, 0.05],
  [0.05, 0.58, 0.12, 0.05, 0.1, 0.05, 0.03, 0.02],
];
const STUDENT = [
  [0.06, 0.1, 0.38, 0.11, 0.08, 0.15, 0.06, 0.06],
  [0.07, 0.5, 0.14, 0.06, 0.1, 0.07, 0.03, 0.03],
];

function Distribution({ x, y, probs, accent, title }: { x: number; y: number; probs: readonly number[]; accent: 1 | 3; title: string }) {
  return (
    <g>
      <rect x={x} y={y} width={180} height={64} rx={6} fill="var(--d-surface)" stroke={`var(--d-stroke-${accent})`} strokeWidth={1.5} />
      <Tex x={x + 10} y={y + 14} anchor="start">
        {title}
      </Tex>
      {probs.map((p, i) => {
        const h = (p / 0.6) * 32;
        return <rect key={i} x={x + 14 + i * 20} y={y + 58 - h} width={14} height={h} fill={`var(--d-stroke-${accent})`} />;
      })}
    </g>
  );
}

export default defineDiagram({
  id: 'soundnet-teacher-student',
  width: 480,
  height: 478,
  title: {
    ko: 'SoundNet: 영상 CNN teacher 두 개로 소리 student 학습',
    en: 'SoundNet: two visual CNN teachers train a sound student',
  },
  description: {
    ko: '라벨 없는 영상에서 RGB frame은 고정된(frozen) ImageNet CNN과 Places CNN에 넣어 사물·장면 class 분포 g₁, g₂를 얻고, 같은 영상의 raw waveform은 8층 1-D conv student에 넣어 두 head의 분포 f₁, f₂를 낸다. KL(g‖f)를 줄이도록 student만 학습하며, 학습 후에는 pool5 feature를 뽑아 linear SVM으로 다른 소리 task를 푼다.',
    en: 'From unlabelled video, the RGB frames go through a frozen ImageNet CNN and a frozen Places CNN to give object and scene class distributions g₁ and g₂, while the raw waveform of the same video goes through an 8-layer 1-D convolutional student with two heads, f₁ and f₂. Only the student is trained, to minimise KL(g‖f); afterwards its pool5 features feed a linear SVM for other sound tasks.',
  },
  seedImages: ['Untitled 18.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const left = 130;
    const right = 350;
    const blockX = (i: number) => 98 + i * 44;
    let wave = '';
    for (let i = 0; i <= 70; i++)
      wave += `${i ? 'L' : 'M'}${12 + i},${(396 - 14 * Math.sin(i * 0.9) * Math.sin((i / 70) * Math.PI) * (0.6 + 0.4 * Math.sin(i * 0.23))).toFixed(1)}`;
    return (
      <g>
        <ArrowDefs />
        {/* video frames → two frozen teachers */}
        {[2, 1, 0].map((d) => (
          <g key={d}>
            <rect x={206 + d * 8} y={12 - d * 4 + 8} width={68} height={44} rx={3} fill="var(--d-fill-2)" stroke="var(--d-stroke-2)" strokeWidth={1.5} />
          </g>
        ))}
        <circle cx={226} cy={34} r={6} fill="var(--d-stroke-2)" />
        <path d="M208,62 L230,42 L244,54 L254,46 L272,62 Z" fill="var(--d-fill-3)" stroke="var(--d-stroke-3)" strokeWidth={1.2} />
        <Label x={196} y={42} anchor="end" size={14}>
          {ko ? '영상의 RGB frame' : 'RGB video frames'}
        </Label>
        <Arrow points={[240, 64, 240, 74, left, 74, left, 88]} />
        <Arrow points={[240, 74, right, 74, right, 88]} />
        <Box x={40} y={90} w={180} h={44} accent={1} label={['ImageNet CNN', ko ? '고정 (teacher)' : 'frozen teacher']} />
        <Box x={260} y={90} w={180} h={44} accent={1} label={['Places CNN', ko ? '고정 (teacher)' : 'frozen teacher']} />
        <Arrow points={[left, 134, left, 150]} />
        <Arrow points={[right, 134, right, 150]} />
        <Distribution x={40} y={152} probs={TEACHER[0] ?? []} accent={1} title={ko ? 'g_{1}: 사물' : 'g_{1}: objects'} />
        <Distribution x={260} y={152} probs={TEACHER[1] ?? []} accent={1} title={ko ? 'g_{2}: 장면' : 'g_{2}: scenes'} />
        {/* the losses */}
        {[left, right].map((cx, k) => (
          <g key={cx}>
            <line x1={cx} y1={216} x2={cx} y2={270} stroke="var(--d-stroke-5)" strokeWidth={1.5} strokeDasharray="4 3" />
            <rect x={cx - 56} y={230} width={112} height={28} rx={14} fill="var(--d-fill-5)" stroke="var(--d-stroke-5)" strokeWidth={1.5} />
            <Tex x={cx} y={244}>{`KL(g_{${k + 1}} ‖ f_{${k + 1}})`}</Tex>
          </g>
        ))}
        <Distribution x={40} y={270} probs={STUDENT[0] ?? []} accent={3} title={ko ? 'f_{1}: 사물 head' : 'f_{1}: object head'} />
        <Distribution x={260} y={270} probs={STUDENT[1] ?? []} accent={3} title={ko ? 'f_{2}: 장면 head' : 'f_{2}: scene head'} />
        {/* the student: raw waveform → 8 one-dimensional conv layers → two heads */}
        <Arrow points={[424, 378, 424, 352, left, 352, left, 336]} />
        <Arrow points={[424, 352, right, 352, right, 336]} />
        <Label x={98} y={366} anchor="start" size={14} accent={3}>
          {ko ? 'student: 1-D conv 8층 (학습)' : 'student: 8 layers of 1-D conv (trained)'}
        </Label>
        <rect x={12} y={378} width={72} height={36} rx={3} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1} />
        <path d={wave} fill="none" stroke="var(--d-stroke-3)" strokeWidth={1.2} />
        <Arrow points={[84, 396, 96, 396]} />
        {[0, 1, 2, 3, 4, 5, 6, 7].map((i) => (
          <g key={i}>
            <rect
              x={blockX(i)}
              y={378 + i * 1.5}
              width={36}
              height={36 - i * 3}
              rx={3}
              fill={i === 4 ? 'var(--d-fill-2)' : 'var(--d-fill-3)'}
              stroke={i === 4 ? 'var(--d-stroke-2)' : 'var(--d-stroke-3)'}
              strokeWidth={1.5}
            />
            <Label x={blockX(i) + 18} y={396} size={13}>
              {String(i + 1)}
            </Label>
          </g>
        ))}
        <Label x={48} y={430} size={13} muted>
          raw waveform
        </Label>
        <Label x={48} y={448} size={13} muted>
          22.05 kHz
        </Label>
        <Arrow points={[blockX(4) + 18, 416, blockX(4) + 18, 432]} accent={2} />
        <Label x={blockX(4) + 18} y={446} size={14} accent={2}>
          {ko ? 'pool5 feature → linear SVM' : 'pool5 features → linear SVM'}
        </Label>
        <Label x={blockX(4) + 18} y={464} size={13} muted>
          {ko ? '(다른 소리 task, 영상 불필요)' : '(target sound tasks, no video)'}
        </Label>
      </g>
    );
  },
});
