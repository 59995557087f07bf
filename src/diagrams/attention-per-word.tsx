import { Arrow, ArrowDefs, Box, Label, Tex } from './parts';
import { defineDiagram } from './types';

/** A gull over water with a heat map on top: Gaussian weights over a 10 × 8 grid, normalised like a softmax. */
function AttendedScene({ x, y, w, h, focus }: { x: number; y: number; w: number; h: number; focus: { u: number; v: number; s: number } }) {
  const cols = 10;
  const rows = 8;
  const cells: { i: number; j: number; a: number }[] = [];
  let total = 0;
  for (let j = 0; j < rows; j++)
    for (let i = 0; i < cols; i++) {
      const du = (i + 0.5) / cols - focus.u;
      const dv = ((j + 0.5) / rows - focus.v) * 0.8;
      const a = Math.exp(-(du * du + dv * dv) / (2 * focus.s * focus.s));
      total += a;
      cells.push({ i, j, a });
    }
  const max = Math.max(...cells.map((c) => c.a)) / total;
  const bx = x + w * 0.35;
  const by = y + h * 0.32;
  const b = w / 11;
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} fill="var(--d-surface)" />
      <rect x={x} y={y + h * 0.62} width={w} height={h * 0.38} fill="var(--d-fill-1)" />
      <path d={`M${x + w * 0.1},${y + h * 0.78} q${w * 0.06},${-h * 0.06} ${w * 0.12},0 M${x + w * 0.55},${y + h * 0.88} q${w * 0.06},${-h * 0.06} ${w * 0.12},0`} fill="none" stroke="var(--d-stroke-1)" strokeWidth={1.2} />
      {cells.map((c, k) => {
        const a = c.a / total / max;
        return a > 0.04 ? (
          <rect key={k} x={x + (c.i * w) / cols} y={y + (c.j * h) / rows} width={w / cols} height={h / rows} fill="var(--d-stroke-2)" fillOpacity={(0.75 * a).toFixed(2)} />
        ) : null;
      })}
      <path d={`M${bx - b},${by} q${b / 2},${-b * 0.7} ${b},0 q${b / 2},${-b * 0.7} ${b},0`} fill="none" stroke="var(--d-text)" strokeWidth={2} strokeLinecap="round" />
      <rect x={x} y={y} width={w} height={h} rx={3} fill="none" stroke="var(--d-line)" strokeWidth={1.5} />
    </g>
  );
}

const STEPS = [
  { t: 1, word: 'A', focus: { u: 0.5, v: 0.5, s: 0.5 } },
  { t: 2, word: 'bird', focus: { u: 0.35, v: 0.28, s: 0.09 } },
  { t: 3, word: 'flying', focus: { u: 0.4, v: 0.25, s: 0.2 } },
  { t: 8, word: 'water', focus: { u: 0.5, v: 0.82, s: 0.2 } },
];

export default defineDiagram({
  id: 'attention-per-word',
  width: 480,
  height: 370,
  title: {
    ko: '단어마다 다시 계산되는 attention',
    en: 'Attention recomputed at every word',
  },
  description: {
    ko: '매 단계 t에서 feature a와 이전 hidden state h_{t−1}로 attention 가중치 α_t를 구하고, 그 가중합 z_t를 LSTM에 넣어 단어 y_t를 낸 뒤, 새 hidden state h_t가 다음 단어의 attention을 정한다. 그래서 "A bird flying over a body of water"를 만들 때 "bird"에서는 새를, "water"에서는 물을 본다.',
    en: 'At each step t, the features a and the previous hidden state h_{t−1} give the attention weights α_t; their weighted sum z_t enters the LSTM, which outputs the word y_t, and the new hidden state h_t sets the attention for the next word. So while generating "A bird flying over a body of water", the model looks at the bird for "bird" and at the water for "water".',
  },
  seedImages: ['Untitled 10.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    return (
      <g>
        <ArrowDefs />
        {/* one step of the loop */}
        <rect x={12} y={16} width={84} height={40} rx={6} fill="var(--d-fill-1)" stroke="var(--d-stroke-1)" strokeWidth={1.5} />
        <Label x={54} y={36} size={14}>{ko ? 'feature a' : 'features a'}</Label>
        <rect x={12} y={80} width={84} height={40} rx={6} fill="var(--d-fill-4)" stroke="var(--d-stroke-4)" strokeWidth={1.5} />
        <Tex x={54} y={98} size={15}>{'h_{t−1}'}</Tex>
        <Arrow points={[96, 36, 108, 36, 108, 58, 118, 58]} />
        <Arrow points={[96, 100, 108, 100, 108, 78, 118, 78]} />
        <Box x={120} y={44} w={86} h={48} accent={2} label={['attention', 'softmax']} />
        <Arrow points={[206, 68, 232, 68]} />
        <Tex x={219} y={52} size={15}>{'α_{t}'}</Tex>
        <rect x={234} y={44} width={108} height={48} rx={6} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
        <Label x={288} y={59} size={14}>{ko ? '가중합' : 'weighted sum'}</Label>
        <Tex x={288} y={78} size={15}>{'z_{t} = Σ α a'}</Tex>
        <Arrow points={[342, 68, 360, 68]} />
        <Box x={362} y={46} w={62} h={44} accent={4} label="LSTM" />
        <Arrow points={[424, 68, 442, 68]} />
        <Tex x={458} y={68} size={15}>{'y_{t}'}</Tex>
        <polyline points="393,90 393,140 54,140 54,124" fill="none" stroke="var(--d-stroke-4)" strokeWidth={1.5} strokeDasharray="5 4" markerEnd="url(#d-arrow)" />
        <Tex x={220} y={156} size={14} muted>{ko ? 'h_{t}는 다음 단어의 attention에 쓰인다' : 'h_{t} steers the attention for the next word'}</Tex>
        {/* one heat map per word */}
        <line x1={12} y1={178} x2={468} y2={178} stroke="var(--d-line)" strokeWidth={1} strokeDasharray="3 4" />
        <Label x={240} y={198} size={14}>“A bird flying over a body of water”</Label>
        {STEPS.map(({ t, word, focus }, i) => {
          const x = 12 + i * 118;
          return (
            <g key={word}>
              <AttendedScene x={x} y={216} w={104} h={80} focus={focus} />
              <Label x={x + 52} y={316} size={15} weight="bold">{word}</Label>
              <Label x={x + 52} y={338} size={13} muted>{`t = ${t}`}</Label>
            </g>
          );
        })}
        <Label x={240} y={360} size={13} muted>{ko ? '색이 진한 칸 = 큰 α' : 'stronger colour = larger α'}</Label>
      </g>
    );
  },
});
