import { Arrow, ArrowDefs, Box, Label } from './parts';
import { DogPhoto, SpeechWaveform } from './pictograms';
import { defineDiagram } from './types';

export default defineDiagram({
  id: 'image-to-speech-architecture',
  width: 460,
  height: 350,
  title: {
    ko: 'Image-to-speech: 이미지 → unit → 음성',
    en: 'Image-to-speech: image → units → speech',
  },
  description: {
    ko: 'Image-to-Unit 모델(captioning 모델과 같은 구조)이 이미지에서 학습된 이산 음성 unit의 열을 만들고, Unit-to-Speech 모델(TTS와 vocoder)이 그 unit 열을 음성 파형으로 바꾼다. 학습에 쓰는 unit은 음성 캡션을 speech-to-unit 모델에 넣어 얻으며, 어디에도 텍스트는 쓰이지 않는다.',
    en: 'An Image-to-Unit model (built like a captioning model) turns the image into a sequence of learned discrete speech units, and a Unit-to-Speech model (TTS plus a vocoder) turns the units into a waveform. The units used for training come from running spoken captions through a speech-to-unit model; no text is used anywhere.',
  },
  seedImages: ['Untitled 21.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const units = ['263', '32', '208', '5', '336'];
    return (
      <g>
        <ArrowDefs />
        <DogPhoto x={14} y={26} w={112} h={76} />
        <Label x={70} y={118}>
          {ko ? '이미지' : 'image'}
        </Label>
        <Arrow points={[128, 64, 156, 64]} />
        <Box
          x={158}
          y={24}
          w={170}
          h={80}
          accent={1}
          label={ko ? ['Image-to-Unit', 'captioning 모델', '(CNN + attention)'] : ['Image-to-Unit', 'captioning model', '(CNN + attention)']}
        />

        {/* the discrete unit sequence */}
        <Arrow points={[243, 104, 243, 132]} />
        {units.map((u, i) => (
          <Box key={i} x={152 + i * 34} y={134} w={32} h={32} accent={4} label={u} fontSize={13} rx={4} />
        ))}
        <Label x={243} y={182} size={13} muted>
          {ko ? '학습된 이산 unit 열' : 'learned discrete units'}
        </Label>

        {/* where the training units come from */}
        <Label x={397} y={120} size={13} muted>
          {ko ? '학습 때' : 'for training'}
        </Label>
        <Box x={338} y={130} w={118} h={46} dashed label={ko ? ['음성 캡션', '→ unit (S2U)'] : ['spoken caption', '→ units (S2U)']} fontSize={13} />
        <Arrow points={[338, 150, 322, 150]} dashed />

        <Arrow points={[243, 194, 243, 218]} />
        <Box x={158} y={220} w={170} h={70} accent={3} label={ko ? ['Unit-to-Speech', '(TTS + vocoder)'] : ['Unit-to-Speech', '(TTS + vocoder)']} />
        <Arrow points={[330, 255, 352, 255]} />
        <rect x={354} y={228} width={96} height={54} rx={4} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
        <SpeechWaveform x={358} y={230} w={88} h={50} samples={120} syllableRate={3.3} swellRate={7} />
        <Label x={402} y={298}>
          {ko ? '음성 설명' : 'speech'}
        </Label>

        <Label x={230} y={326} size={14} accent={5}>
          {ko ? 'unit은 phoneme도 글자도 아니다: 텍스트 없음' : 'units are neither phonemes nor text'}
        </Label>
      </g>
    );
  },
});
