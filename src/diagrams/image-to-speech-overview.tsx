import { Arrow, ArrowDefs, Box, Label } from './parts';
import { DogPhoto, SpeechWaveform } from './pictograms';
import { defineDiagram } from './types';

export default defineDiagram({
  id: 'image-to-speech-overview',
  width: 440,
  height: 270,
  title: {
    ko: 'Image-to-speech: 이미지를 말로 설명하기',
    en: 'Image-to-speech: describing an image out loud',
  },
  description: {
    ko: '이미지를 입력하면 그 장면을 설명하는 음성(spoken caption)이 바로 나온다. 중간에 글자로 된 캡션을 만들지 않으므로 문자가 없는 언어에도 적용할 수 있다.',
    en: 'An image goes in and a spoken description of the scene comes out. No written caption is produced in between, so the approach also works for languages without a writing system.',
  },
  seedImages: ['Untitled 20.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    return (
      <g>
        <ArrowDefs />
        <DogPhoto x={12} y={30} w={116} h={84} dog="large" sun />
        <Label x={70} y={132}>
          {ko ? '이미지' : 'image'}
        </Label>
        <Arrow points={[130, 72, 150, 72]} />
        <Box x={152} y={42} w={128} h={60} accent={1} label={ko ? ['Image-to-', 'speech 모델'] : ['image-to-', 'speech model']} />
        <Arrow points={[282, 72, 302, 72]} />
        <rect x={304} y={42} width={124} height={60} rx={4} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
        <SpeechWaveform x={310} y={46} w={112} h={52} samples={140} syllableRate={4.3} swellRate={9} />
        <Label x={366} y={132}>
          {ko ? '음성 설명' : 'spoken caption'}
        </Label>

        {/* what the model does not do */}
        <rect x={40} y={168} width={360} height={40} rx={20} fill="none" stroke="var(--d-line)" strokeWidth={1.5} strokeDasharray="5 4" />
        <Label x={220} y={188} muted italic>
          “a dog runs on the grass”
        </Label>
        <line x1={62} y1={188} x2={378} y2={188} stroke="var(--d-stroke-5)" strokeWidth={2} />
        <Label x={220} y={230} accent={5}>
          {ko ? '중간에 텍스트를 거치지 않는다' : 'no text in between'}
        </Label>
        <Label x={220} y={252} size={13} muted>
          {ko ? '→ 문자가 없는 언어에도 적용 가능' : '→ works for unwritten languages too'}
        </Label>
      </g>
    );
  },
});
