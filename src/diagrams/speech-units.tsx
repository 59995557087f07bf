import { Arrow, ArrowDefs, Box, Label } from './parts';
import { DogPhoto, SpeechWaveform } from './pictograms';
import { defineDiagram } from './types';

/** A row of code tokens; runs of the same code share an accent so repeats are visible. */
function Tokens({ codes, x, y, size }: { codes: readonly number[]; x: number; y: number; size: number }) {
  const accentOf = new Map<number, 1 | 2 | 3 | 4>();
  const accents = [1, 2, 3, 4] as const;
  return (
    <g>
      {codes.map((code, i) => {
        if (!accentOf.has(code)) accentOf.set(code, accents[accentOf.size % accents.length] ?? 1);
        return <Box key={i} x={x + i * (size + 2)} y={y} w={size} h={size} accent={accentOf.get(code)} label={String(code)} fontSize={13} rx={4} />;
      })}
    </g>
  );
}

export default defineDiagram({
  id: 'speech-units',
  width: 460,
  height: 410,
  title: {
    ko: '이미지와 짝지어 스스로 찾는 음성 unit',
    en: 'Speech units discovered through pairing with images',
  },
  description: {
    ko: 'ResDAVEnet-VQ는 이미지와 그 이미지를 설명하는 음성 캡션을 짝지어(visual grounding) 학습하며, 내부의 vector quantization 층이 음성의 짧은 구간마다 이산 code를 고른다. 연속으로 반복되는 code를 하나로 줄이면 sub-word 단위의 unit 열이 되며, 이 unit은 phoneme이 아니고 학습 어디에도 텍스트가 쓰이지 않는다.',
    en: 'ResDAVEnet-VQ is trained by pairing images with spoken captions that describe them (visual grounding), and its vector-quantization layer picks a discrete code for every short stretch of speech. Collapsing runs of repeated codes gives a sequence of sub-word units; the units are not phonemes, and no text is used anywhere in training.',
  },
  seedImages: ['Untitled 22.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const frames = [17, 17, 17, 52, 52, 8, 8, 8, 91, 91];
    const units = [17, 52, 8, 91];
    const size = 30;
    const framesX = 230 - (frames.length * (size + 2) - 2) / 2;
    const unitsX = 230 - (units.length * (size + 2) - 2) / 2;
    return (
      <g>
        <ArrowDefs />
        <DogPhoto x={40} y={18} w={112} h={76} />
        <Label x={96} y={110}>
          {ko ? '이미지' : 'image'}
        </Label>
        <rect x={300} y={24} width={124} height={64} rx={4} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
        <SpeechWaveform x={304} y={28} w={116} h={56} samples={130} syllableRate={4.2} swellRate={8} />
        <Label x={362} y={110}>
          {ko ? '음성 캡션' : 'spoken caption'}
        </Label>

        <Arrow points={[96, 120, 96, 138]} />
        <Arrow points={[362, 120, 362, 138]} />
        <Box x={26} y={140} w={140} h={52} accent={2} label={ko ? ['이미지 encoder', '(CNN)'] : ['image encoder', '(CNN)']} />
        <Box x={282} y={140} w={160} h={52} accent={1} label={['ResDAVEnet-VQ', ko ? '(음성 encoder)' : '(speech encoder)']} />
        <Arrow points={[170, 166, 278, 166]} both accent={5} />
        <Label x={224} y={150} size={13} accent={5}>
          matching
        </Label>
        <Label x={224} y={182} size={13} muted>
          visual grounding
        </Label>

        {/* codes chosen by the VQ layer, one per short frame */}
        <Arrow points={[362, 192, 362, 212, 230, 212, 230, 226]} />
        <Label x={230} y={240} size={13} muted>
          {ko ? 'VQ 층이 frame마다 고른 code' : 'VQ code chosen for each frame'}
        </Label>
        <Tokens codes={frames} x={framesX} y={254} size={size} />
        <Arrow points={[230, 288, 230, 312]} />
        <Label x={240} y={300} size={13} muted anchor="start">
          {ko ? '연속 중복 제거' : 'merge repeats'}
        </Label>
        <Tokens codes={units} x={unitsX} y={316} size={size} />
        <Label x={230} y={366} weight="bold">
          {ko ? 'sub-word unit 열' : 'sub-word unit sequence'}
        </Label>
        <Label x={230} y={390} size={14} accent={5}>
          {ko ? 'phoneme이 아님 · 텍스트를 쓰지 않음' : 'not phonemes · no text used'}
        </Label>
      </g>
    );
  },
});
