import { Arrow, ArrowDefs, Box, Label, Tex } from './parts';
import { GullScene } from './pictograms';
import { defineDiagram } from './types';

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
        <Label x={54} y={36} size={14}>
          {ko ? 'feature a' : 'features a'}
        </Label>
        <rect x={12} y={80} width={84} height={40} rx={6} fill="var(--d-fill-4)" stroke="var(--d-stroke-4)" strokeWidth={1.5} />
        <Tex x={54} y={98} size={15}>
          {'h_{t−1}'}
        </Tex>
        <Arrow points={[96, 36, 108, 36, 108, 58, 118, 58]} />
        <Arrow points={[96, 100, 108, 100, 108, 78, 118, 78]} />
        <Box x={120} y={44} w={86} h={48} accent={2} label={['attention', 'softmax']} />
        <Arrow points={[206, 68, 232, 68]} />
        <Tex x={219} y={52} size={15}>
          {'α_{t}'}
        </Tex>
        <rect x={234} y={44} width={108} height={48} rx={6} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
        <Label x={288} y={59} size={14}>
          {ko ? '가중합' : 'weighted sum'}
        </Label>
        <Tex x={288} y={78} size={15}>
          {'z_{t} = Σ α a'}
        </Tex>
        <Arrow points={[342, 68, 360, 68]} />
        <Box x={362} y={46} w={62} h={44} accent={4} label="LSTM" />
        <Arrow points={[424, 68, 442, 68]} />
        <Tex x={458} y={68} size={15}>
          {'y_{t}'}
        </Tex>
        <polyline
          points="393,90 393,140 54,140 54,124"
          fill="none"
          stroke="var(--d-stroke-4)"
          strokeWidth={1.5}
          strokeDasharray="5 4"
          markerEnd="url(#d-arrow)"
        />
        <Tex x={220} y={156} size={14} muted>
          {ko ? 'h_{t}는 다음 단어의 attention에 쓰인다' : 'h_{t} steers the attention for the next word'}
        </Tex>
        {/* one heat map per word */}
        <line x1={12} y1={178} x2={468} y2={178} stroke="var(--d-line)" strokeWidth={1} strokeDasharray="3 4" />
        <Label x={240} y={198} size={14}>
          “A bird flying over a body of water”
        </Label>
        {STEPS.map(({ t, word, focus }, i) => {
          const x = 12 + i * 118;
          return (
            <g key={word}>
              <GullScene x={x} y={216} w={104} h={80} focus={focus} cols={10} rows={8} squash={0.8} gullY={0.32} widthInWings={11} />
              <Label x={x + 52} y={316} size={15} weight="bold">
                {word}
              </Label>
              <Label x={x + 52} y={338} size={13} muted>{`t = ${t}`}</Label>
            </g>
          );
        })}
        <Label x={240} y={360} size={13} muted>
          {ko ? '색이 진한 칸 = 큰 α' : 'stronger colour = larger α'}
        </Label>
      </g>
    );
  },
});
