import { Arrow, ArrowDefs, Box, Label, Tex } from './parts';
import { GullScene } from './pictograms';
import { defineDiagram } from './types';

const WORDS = [
  { word: 'A', focus: { u: 0.5, v: 0.5, s: 0.45 } },
  { word: 'bird', focus: { u: 0.36, v: 0.33, s: 0.1 } },
  { word: 'flying', focus: { u: 0.42, v: 0.3, s: 0.2 } },
  { word: 'over', focus: { u: 0.45, v: 0.62, s: 0.22 } },
];

export default defineDiagram({
  id: 'show-attend-tell-overview',
  width: 480,
  height: 340,
  title: {
    ko: 'Show, Attend and Tell: 공간 feature map과 단어마다의 attention',
    en: 'Show, Attend and Tell: a spatial feature map and attention at every word',
  },
  description: {
    ko: 'CNN(VGG)의 마지막 conv 출력 14×14×512 feature map을 L = 196개의 512차원 벡터로 유지한 채 LSTM에 넘긴다. LSTM은 단어를 하나 만들 때마다 attention으로 이미지의 다른 위치를 보고(색칠된 칸) 그 정보로 다음 단어를 낸다.',
    en: 'The last convolutional output of a CNN (VGG), a 14×14×512 feature map, is kept as L = 196 vectors of 512 dimensions and passed to the LSTM. For every word it generates, the LSTM attends to a different part of the image (coloured cells) and uses it to produce the word.',
  },
  seedImages: ['Untitled 8.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const grid: string[] = [];
    const gx = 236;
    const gy = 32;
    const cell = 5.5;
    for (let k = 0; k <= 14; k++) {
      grid.push(`M${gx + k * cell},${gy} v${14 * cell}`, `M${gx},${gy + k * cell} h${14 * cell}`);
    }
    const cols = WORDS.map((_, i) => 62 + i * 114);
    return (
      <g>
        <ArrowDefs />
        <GullScene x={12} y={28} w={100} h={78} />
        <Arrow points={[112, 67, 136, 67]} />
        <Box x={138} y={42} w={70} h={50} accent={1} label={['CNN', '(VGG)']} />
        <Arrow points={[208, 67, 230, 67]} />
        {[2, 1].map((d) => (
          <rect key={d} x={gx + d * 5} y={gy - d * 5} width={14 * cell} height={14 * cell} fill="var(--d-fill-1)" stroke="var(--d-stroke-1)" strokeWidth={1} />
        ))}
        <rect x={gx} y={gy} width={14 * cell} height={14 * cell} fill="var(--d-fill-1)" />
        <path d={grid.join(' ')} stroke="var(--d-stroke-1)" strokeWidth={0.6} fill="none" />
        <Label x={336} y={44} anchor="start" size={14}>
          14×14×512
        </Label>
        <Label x={336} y={66} anchor="start" size={14}>
          {ko ? 'L = 196개 벡터' : 'L = 196 vectors'}
        </Label>
        <Tex x={336} y={88} anchor="start">
          {ko ? 'a_{i} (512차원)' : 'a_{i} (512-d)'}
        </Tex>
        {/* the feature map is read again at every word */}
        <polyline points={`${gx + 38},${gy + 80} ${gx + 38},142`} fill="none" stroke="var(--d-line)" strokeWidth={1.5} />
        <line x1={cols[0]} y1={142} x2={cols[3]} y2={142} stroke="var(--d-line)" strokeWidth={1.5} />
        <Label x={12} y={128} anchor="start" size={14} muted>
          {ko ? '단어마다 attention' : 'attention at every word'}
        </Label>
        {WORDS.map(({ word, focus }, i) => {
          const cx = cols[i] ?? 0;
          return (
            <g key={word}>
              <Arrow points={[cx, 142, cx, 160]} />
              <GullScene x={cx - 32} y={162} w={64} h={50} focus={focus} />
              <Arrow points={[cx, 212, cx, 236]} />
              <Tex x={cx + 8} y={223} anchor="start" muted>{`z_{${i + 1}}`}</Tex>
              <Box x={cx - 40} y={238} w={80} h={38} accent={4} label="LSTM" />
              {i < WORDS.length - 1 && <Arrow points={[cx + 40, 257, cx + 72, 257]} />}
              <Arrow points={[cx, 276, cx, 296]} />
              <Label x={cx} y={310} size={15} weight="bold">
                {word}
              </Label>
              <Label x={cx} y={330} size={13} muted>{`t = ${i + 1}`}</Label>
            </g>
          );
        })}
        <Arrow points={[444, 257, 462, 257]} />
        <Label x={471} y={257} size={15}>
          …
        </Label>
      </g>
    );
  },
});
