import { Arrow, ArrowDefs, Box, Label } from './parts';
import { defineDiagram } from './types';

/** A face whose moustache is a banana. */
function Face({ cx, cy }: { cx: number; cy: number }) {
  return (
    <g>
      <rect x={cx - 56} y={cy - 40} width={112} height={80} rx={4} fill="var(--d-fill-1)" stroke="var(--d-line)" strokeWidth={1.5} />
      <circle cx={cx} cy={cy} r={30} fill="var(--d-surface)" stroke="var(--d-stroke-2)" strokeWidth={1.5} />
      <circle cx={cx - 10} cy={cy - 9} r={2.5} fill="var(--d-text)" />
      <circle cx={cx + 10} cy={cy - 9} r={2.5} fill="var(--d-text)" />
      <path
        d={`M${cx - 24},${cy + 12} Q${cx},${cy - 6} ${cx + 24},${cy + 12} Q${cx},${cy + 4} ${cx - 24},${cy + 12} Z`}
        fill="var(--d-stroke-2)"
        stroke="var(--d-stroke-2)"
        strokeWidth={2}
        strokeLinejoin="round"
      />
      <path d={`M${cx - 24},${cy + 12} l-3,2 M${cx + 24},${cy + 12} l3,2`} stroke="var(--d-text)" strokeWidth={2.5} strokeLinecap="round" />
      <path d={`M${cx - 7},${cy + 18} h14`} stroke="var(--d-muted)" strokeWidth={1.5} strokeLinecap="round" />
    </g>
  );
}

export default defineDiagram({
  id: 'vqa-architecture',
  width: 460,
  height: 500,
  title: {
    ko: 'VQA: 이미지와 질문을 합쳐 답을 분류',
    en: 'VQA: fusing the image and the question to classify the answer',
  },
  description: {
    ko: '이미지는 CNN(VGG)의 4096차원 feature를 L2 정규화하고 FC로 1024차원으로, 질문은 word embedding과 2층 LSTM을 거쳐 FC로 1024차원으로 만든다. 두 벡터를 원소별 곱(point-wise product)으로 합친 뒤 fully connected 층과 softmax로 가장 흔한 1000개 답 가운데 하나를 고른다(문장을 생성하지 않는다).',
    en: 'The image’s 4096-d CNN (VGG) feature is L2-normalised and mapped by FC to 1024-d; the question passes through word embeddings and a 2-layer LSTM and FC to 1024-d. The two vectors are fused by a point-wise product, and fully connected layers with a softmax pick one of the 1000 most frequent answers (no free-text generation).',
  },
  seedImages: ['Untitled 13.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const li = 120;
    const lq = 340;
    const answers: [string, number][] = [
      ['bananas', 0.62],
      ['banana', 0.21],
      ['cheese', 0.04],
    ];
    return (
      <g>
        <ArrowDefs />
        <Face cx={li} cy={52} />
        <rect x={250} y={18} width={180} height={64} rx={10} fill="var(--d-fill-3)" stroke="var(--d-stroke-3)" strokeWidth={1.5} />
        <Label x={lq} y={40} size={14}>
          {ko ? '콧수염은 무엇으로' : 'What is the mustache'}
        </Label>
        <Label x={lq} y={60} size={14}>
          {ko ? '만들어졌나?' : 'made of?'}
        </Label>
        <Arrow points={[li, 92, li, 110]} />
        <Arrow points={[lq, 82, lq, 110]} />
        <Box x={30} y={112} w={180} h={44} accent={2} label={['CNN (VGG)', ko ? '4096차원 feature' : '4096-d feature']} />
        <Box x={250} y={112} w={180} h={44} accent={3} label="word embedding" />
        <Arrow points={[li, 156, li, 174]} />
        <Arrow points={[lq, 156, lq, 174]} />
        <Box x={30} y={176} w={180} h={40} accent={2} label="L2 norm → FC" />
        <Box x={250} y={176} w={180} h={40} accent={3} label={ko ? 'LSTM 2층 → FC' : '2-layer LSTM → FC'} />
        <Arrow points={[li, 216, li, 262, 210, 262]} />
        <Arrow points={[lq, 216, lq, 262, 250, 262]} />
        <Label x={li + 8} y={240} anchor="start" size={13} muted>
          1024-d
        </Label>
        <Label x={lq + 8} y={240} anchor="start" size={13} muted>
          1024-d
        </Label>
        <circle cx={230} cy={262} r={17} fill="var(--d-fill-4)" stroke="var(--d-stroke-4)" strokeWidth={1.5} />
        <Label x={230} y={262} size={18}>
          ⊙
        </Label>
        <Label x={244} y={294} anchor="start" size={13} muted>
          {ko ? '원소별 곱 (point-wise)' : 'point-wise product'}
        </Label>
        <Arrow points={[230, 279, 230, 312]} />
        <Box x={130} y={314} w={200} h={38} accent={4} label="fully connected" />
        <Arrow points={[230, 352, 230, 370]} />
        <Box x={70} y={372} w={320} h={38} accent={4} label={ko ? 'softmax: 상위 1000개 답 중 선택' : 'softmax over the top-1000 answers'} />
        <Arrow points={[230, 410, 230, 426]} />
        {answers.map(([answer, p], i) => {
          const y = 432 + i * 22;
          return (
            <g key={answer}>
              <Label x={180} y={y + 8} anchor="end" size={i === 0 ? 15 : 14} weight={i === 0 ? 'bold' : 'normal'}>
                {answer}
              </Label>
              <rect
                x={190}
                y={y}
                width={p * 180}
                height={16}
                rx={2}
                fill={i === 0 ? 'var(--d-stroke-4)' : 'var(--d-fill-4)'}
                stroke="var(--d-stroke-4)"
                strokeWidth={1}
              />
              <Label x={196 + p * 180} y={y + 8} anchor="start" size={13} muted>
                {p.toFixed(2)}
              </Label>
            </g>
          );
        })}
      </g>
    );
  },
});
