import { Arrow, ArrowDefs, Box, Label } from './parts';
import { defineDiagram } from './types';

/** A dog facing right, body centred on (x, y). */
function Dog({ x, y, s }: { x: number; y: number; s: number }) {
  const line = { stroke: 'var(--d-stroke-2)', strokeWidth: 1.5 };
  return (
    <g transform={`translate(${x} ${y}) scale(${s})`}>
      <path d="M-28,-6 q-14,-10 -8,-22" fill="none" {...line} strokeWidth={3} strokeLinecap="round" />
      <path d="M-20,6 l-3,20 M-9,9 v17 M13,9 v17 M22,6 l3,20" {...line} strokeWidth={4} strokeLinecap="round" />
      <ellipse cx={0} cy={0} rx={30} ry={14} fill="var(--d-fill-2)" {...line} />
      <circle cx={33} cy={-17} r={12} fill="var(--d-fill-2)" {...line} />
      <ellipse cx={45} cy={-13} rx={8} ry={6} fill="var(--d-fill-2)" {...line} />
      <path d="M25,-26 l-5,16 l10,-6 z" fill="var(--d-stroke-2)" />
      <circle cx={37} cy={-20} r={1.8} fill="var(--d-text)" />
      <circle cx={52} cy={-14} r={2} fill="var(--d-text)" />
    </g>
  );
}

export default defineDiagram({
  id: 'image-captioning-example',
  width: 420,
  height: 336,
  title: {
    ko: 'Image captioning: 이미지를 설명하는 문장 생성',
    en: 'Image captioning: generating a sentence that describes an image',
  },
  description: {
    ko: '잔디 위에서 공을 가지고 노는 개의 사진을 넣으면, captioning 모델(CNN 인코더 + LSTM 디코더)이 "A dog is playing with a ball on the grass."라는 문장을 단어 단위로 생성한다.',
    en: 'Given a photo of a dog playing with a ball on the grass, a captioning model (a CNN encoder and an LSTM decoder) generates the sentence "A dog is playing with a ball on the grass." word by word.',
  },
  seedImages: ['Untitled 6.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    return (
      <g>
        <ArrowDefs />
        <rect x={80} y={12} width={260} height={160} rx={4} fill="var(--d-fill-1)" stroke="var(--d-line)" strokeWidth={1.5} />
        <path d="M81,120 Q210,108 339,122 V171 H81 Z" fill="var(--d-fill-3)" stroke="var(--d-stroke-3)" strokeWidth={1.2} />
        <path d="M110,140 l4,-8 l4,8 M290,150 l4,-8 l4,8 M200,158 l4,-8 l4,8" fill="none" stroke="var(--d-stroke-3)" strokeWidth={1.5} />
        <Dog x={168} y={112} s={1.2} />
        <circle cx={262} cy={130} r={12} fill="var(--d-fill-5)" stroke="var(--d-stroke-5)" strokeWidth={1.5} />
        <path d="M251,126 Q262,134 273,126" fill="none" stroke="var(--d-stroke-5)" strokeWidth={1.2} />
        <Arrow points={[210, 172, 210, 196]} />
        <Box x={70} y={198} w={280} h={40} accent={4} label={ko ? 'captioning 모델 (CNN → LSTM)' : 'captioning model (CNN → LSTM)'} />
        <Arrow points={[210, 238, 210, 262]} />
        <rect x={10} y={264} width={400} height={62} rx={8} fill="var(--d-surface)" stroke="var(--d-stroke-4)" strokeWidth={1.5} />
        <Label x={210} y={ko ? 284 : 295} size={15}>
          “A dog is playing with a ball on the grass.”
        </Label>
        {ko && (
          <Label x={210} y={308} size={14} muted>
            (잔디 위에서 개가 공을 가지고 놀고 있다)
          </Label>
        )}
      </g>
    );
  },
});
