import { Arrow, ArrowDefs, Box, Label } from './parts';
import { defineDiagram } from './types';

/** Deterministic noise in [0, 1). */
const noise = (i: number) => {
  const s = Math.sin(i * 12.9898 + 78.233) * 43758.5453;
  return s - Math.floor(s);
};

/** Waves on a beach: noise under slowly swelling envelopes, drawn as a min/max trace. */
function WaveSound({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  let d = '';
  for (let px = 0; px < w; px++) {
    const u = px / w;
    const env = 0.25 + 0.75 * Math.max(0, Math.sin(2 * Math.PI * (2.3 * u - 0.1))) ** 2;
    const a = env * (0.6 + 0.4 * noise(px));
    const cy = y + h / 2;
    d += `M${x + px + 0.5},${(cy - (a * h) / 2).toFixed(1)}V${(cy + (a * h) / 2).toFixed(1)}`;
  }
  return <path d={d} stroke="var(--d-stroke-3)" strokeWidth={1} fill="none" />;
}

function Beach({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <rect x={x} y={y} width={56} height={42} rx={3} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
      <circle cx={x + 40} cy={y + 11} r={5} fill="var(--d-stroke-2)" />
      <rect x={x + 1} y={y + 20} width={54} height={10} fill="var(--d-fill-1)" />
      <path
        d={`M${x + 1},${y + 30} Q${x + 28},${y + 24} ${x + 55},${y + 31} V${y + 41} H${x + 1} Z`}
        fill="var(--d-fill-2)"
        stroke="var(--d-stroke-2)"
        strokeWidth={1}
      />
    </g>
  );
}

export default defineDiagram({
  id: 'scene-recognition-by-sound',
  width: 420,
  height: 360,
  title: {
    ko: '소리로 장면 인식하기',
    en: 'Recognising the scene from sound',
  },
  description: {
    ko: '파도 소리가 담긴 오디오 클립만 입력하면, 소리 인식 네트워크가 장면 class의 확률을 내고 가장 높은 "해변"을 답한다. 이미지는 쓰지 않는다.',
    en: 'Given only an audio clip of waves, a sound network outputs probabilities over scene classes and answers "beach", the most likely one. No image is used.',
  },
  seedImages: ['Untitled 17.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const classes = ko
      ? [
          ['해변', 0.72],
          ['항구', 0.12],
          ['공원', 0.08],
          ['경기장', 0.05],
          ['숲', 0.03],
        ]
      : [
          ['beach', 0.72],
          ['harbour', 0.12],
          ['park', 0.08],
          ['stadium', 0.05],
          ['forest', 0.03],
        ];
    return (
      <g>
        <ArrowDefs />
        <Label x={12} y={14} anchor="start" size={14} weight="bold">
          {ko ? '오디오 클립 (파도 소리)' : 'audio clip (waves)'}
        </Label>
        <rect x={12} y={26} width={396} height={64} rx={4} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1} />
        {/* loudspeaker */}
        <path d="M24,50 h8 l10,-9 v34 l-10,-9 h-8 z" fill="var(--d-fill-3)" stroke="var(--d-stroke-3)" strokeWidth={1.5} strokeLinejoin="round" />
        <path d="M48,50 q5,8 0,16 M54,45 q9,13 0,26" fill="none" stroke="var(--d-stroke-3)" strokeWidth={1.5} strokeLinecap="round" />
        <WaveSound x={68} y={30} w={332} h={56} />
        <Arrow points={[210, 90, 210, 114]} />
        <Box x={100} y={116} w={220} h={40} accent={3} label={ko ? '소리 인식 네트워크' : 'sound network'} fontSize={15} />
        <Arrow points={[210, 156, 210, 180]} />
        {classes.map(([name, p], i) => {
          const y = 190 + i * 32;
          const w = (p as number) * 220;
          const top = i === 0;
          return (
            <g key={name as string}>
              <Label x={96} y={y + 12} anchor="end" size={top ? 15 : 14} weight={top ? 'bold' : 'normal'}>
                {name as string}
              </Label>
              <rect
                x={104}
                y={y}
                width={w}
                height={24}
                rx={3}
                fill={top ? 'var(--d-fill-3)' : 'var(--d-surface)'}
                stroke={top ? 'var(--d-stroke-3)' : 'var(--d-line)'}
                strokeWidth={1.5}
              />
              <Label x={110 + w} y={y + 12} anchor="start" size={14} muted={!top}>
                {(p as number).toFixed(2)}
              </Label>
            </g>
          );
        })}
        <Beach x={340} y={180} />
      </g>
    );
  },
});
