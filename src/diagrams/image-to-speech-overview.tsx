import { Arrow, ArrowDefs, Box, Label } from './parts';
import { defineDiagram } from './types';

/** A speech-like waveform: a carrier under an envelope of syllable bumps (deterministic). */
function Waveform({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  const n = 140;
  const pts: string[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const envelope = Math.max(0, Math.sin(t * Math.PI * 4.3)) ** 0.7 * (0.6 + 0.4 * Math.sin(t * 9));
    const v = envelope * Math.sin(i * 1.9) * (h / 2 - 2);
    pts.push(`${(x + t * w).toFixed(1)},${(y + h / 2 - v).toFixed(1)}`);
  }
  return <polyline points={pts.join(' ')} fill="none" stroke="var(--d-stroke-4)" strokeWidth={1.3} />;
}

/** The input photo as a schematic: a dog on grass under a sun. */
function DogPhoto({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  const gx = x + w * 0.45;
  const gy = y + h * 0.6;
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={4} fill="var(--d-fill-1)" stroke="var(--d-line)" strokeWidth={1.5} />
      <rect x={x + 1} y={y + h * 0.72} width={w - 2} height={h * 0.28 - 1} fill="var(--d-fill-3)" />
      <circle cx={x + w * 0.16} cy={y + h * 0.22} r={9} fill="var(--d-fill-2)" stroke="var(--d-stroke-2)" strokeWidth={1.2} />
      <g fill="var(--d-surface)" stroke="var(--d-text)" strokeWidth={1.4}>
        <path d={`M${gx - 22},${gy + 2} L${gx - 24},${gy + 18} M${gx - 10},${gy + 4} L${gx - 8},${gy + 18} M${gx + 10},${gy + 4} L${gx + 12},${gy + 18} M${gx + 20},${gy + 2} L${gx + 24},${gy + 17}`} fill="none" />
        <path d={`M${gx - 26},${gy - 4} Q${gx - 36},${gy - 14} ${gx - 34},${gy - 20}`} fill="none" />
        <ellipse cx={gx} cy={gy} rx={27} ry={10} />
        <circle cx={gx + 28} cy={gy - 12} r={9} />
        <path d={`M${gx + 22},${gy - 19} l-4,10 l7,-5 z`} fill="var(--d-text)" />
        <circle cx={gx + 31} cy={gy - 14} r={1.4} fill="var(--d-text)" />
      </g>
    </g>
  );
}

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
        <DogPhoto x={12} y={30} w={116} h={84} />
        <Label x={70} y={132}>{ko ? '이미지' : 'image'}</Label>
        <Arrow points={[130, 72, 150, 72]} />
        <Box x={152} y={42} w={128} h={60} accent={1} label={ko ? ['Image-to-', 'speech 모델'] : ['image-to-', 'speech model']} />
        <Arrow points={[282, 72, 302, 72]} />
        <rect x={304} y={42} width={124} height={60} rx={4} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
        <Waveform x={310} y={46} w={112} h={52} />
        <Label x={366} y={132}>{ko ? '음성 설명' : 'spoken caption'}</Label>

        {/* what the model does not do */}
        <rect x={40} y={168} width={360} height={40} rx={20} fill="none" stroke="var(--d-line)" strokeWidth={1.5} strokeDasharray="5 4" />
        <Label x={220} y={188} muted italic>“a dog runs on the grass”</Label>
        <line x1={62} y1={188} x2={378} y2={188} stroke="var(--d-stroke-5)" strokeWidth={2} />
        <Label x={220} y={230} accent={5}>{ko ? '중간에 텍스트를 거치지 않는다' : 'no text in between'}</Label>
        <Label x={220} y={252} size={13} muted>
          {ko ? '→ 문자가 없는 언어에도 적용 가능' : '→ works for unwritten languages too'}
        </Label>
      </g>
    );
  },
});
