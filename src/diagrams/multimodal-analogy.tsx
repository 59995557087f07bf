import { Arrow, ArrowDefs, Label } from './parts';
import { defineDiagram } from './types';

/** A side-view car in a 60 × 30 box at (x, y), scaled by s; accent 1 = blue body, 5 = red body. */
function Car({ x, y, s = 1, accent }: { x: number; y: number; s?: number; accent: 1 | 5 }) {
  return (
    <g transform={`translate(${x} ${y}) scale(${s})`}>
      <path d="M12,13 L19,3 L41,3 L50,13 Z" fill="var(--d-surface)" stroke={`var(--d-stroke-${accent})`} strokeWidth={2} strokeLinejoin="round" />
      <rect x={2} y={12} width={56} height={12} rx={4} fill={`var(--d-stroke-${accent})`} />
      <circle cx={15} cy={24} r={5.5} fill="var(--d-text)" />
      <circle cx={45} cy={24} r={5.5} fill="var(--d-text)" />
    </g>
  );
}

/** An image item: a framed car thumbnail centred on (cx, cy). */
function CarImage({ cx, cy, w, accent }: { cx: number; cy: number; w: number; accent: 1 | 5 }) {
  const h = w * 0.7;
  const s = (w * 0.8) / 60;
  return (
    <g>
      <rect x={cx - w / 2} y={cy - h / 2} width={w} height={h} rx={3} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
      <Car x={cx - 30 * s} y={cy - 15 * s} s={s} accent={accent} />
    </g>
  );
}

function Word({ cx, cy, text, accent }: { cx: number; cy: number; text: string; accent: 1 | 5 }) {
  const w = text.length * 9 + 24;
  return (
    <g>
      <rect x={cx - w / 2} y={cy - 14} width={w} height={28} rx={14} fill={`var(--d-fill-${accent})`} stroke={`var(--d-stroke-${accent})`} strokeWidth={1.5} />
      <Label x={cx} y={cy} size={15}>
        {text}
      </Label>
    </g>
  );
}

export default defineDiagram({
  id: 'multimodal-analogy',
  width: 440,
  height: 400,
  title: {
    ko: 'Multi-modal analogy: 이미지 − 단어 + 단어',
    en: 'Multi-modal analogy: image − word + word',
  },
  description: {
    ko: '파란 자동차 이미지의 embedding에서 "blue"를 빼고 "red"를 더한 벡터 q의 최근접 이미지를 찾으면 빨간 자동차가 나온다. "blue"에서 "red"로 가는 방향을 이미지에 그대로 더하는 벡터 연산이며, 결과는 근사적이다.',
    en: 'Taking the embedding of a blue-car image, subtracting "blue" and adding "red" gives a vector q whose nearest image is a red car. The blue-to-red direction between the words is added to the image; the result is approximate.',
  },
  seedImages: ['Untitled 3.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const a = { x: 110, y: 290 };
    const blue = { x: 96, y: 186 };
    const red = { x: 256, y: 162 };
    const q = { x: a.x + red.x - blue.x, y: a.y + red.y - blue.y };
    return (
      <g>
        <ArrowDefs />
        {/* the query written as arithmetic */}
        <CarImage cx={58} cy={46} w={80} accent={1} />
        <Label x={112} y={46} size={20}>
          −
        </Label>
        <Word cx={150} cy={46} text="blue" accent={1} />
        <Label x={194} y={46} size={20}>
          +
        </Label>
        <Word cx={228} cy={46} text="red" accent={5} />
        <Arrow points={[266, 46, 326, 46]} />
        <Label x={296} y={30} size={13} muted>
          {ko ? '최근접' : 'nearest'}
        </Label>
        <CarImage cx={374} cy={46} w={80} accent={5} />
        {/* the same in the embedding space */}
        <rect x={10} y={98} width={420} height={260} rx={10} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
        <Label x={24} y={118} anchor="start" size={14} weight="bold">
          {ko ? '공유 embedding 공간' : 'joint embedding space'}
        </Label>
        <circle cx={q.x} cy={q.y} r={40} fill="none" stroke="var(--d-line)" strokeWidth={1.2} strokeDasharray="5 4" />
        <Arrow points={[blue.x + 34, blue.y - 3, red.x - 30, red.y + 3]} accent={4} dashed />
        <Label x={178} y={152} size={13} muted>
          red − blue
        </Label>
        <Arrow points={[a.x + 30, a.y - 3, q.x - 6, q.y + 1]} accent={4} />
        <Word cx={blue.x} cy={blue.y} text="blue" accent={1} />
        <Word cx={red.x} cy={red.y} text="red" accent={5} />
        <CarImage cx={a.x} cy={a.y} w={52} accent={1} />
        <circle cx={q.x} cy={q.y} r={4} fill="var(--d-stroke-4)" />
        <Label x={q.x - 12} y={q.y + 14} size={15} italic accent={4}>
          q
        </Label>
        <CarImage cx={q.x + 22} cy={q.y - 12} w={44} accent={5} />
        {/* distractors further away */}
        <CarImage cx={372} cy={196} w={44} accent={1} />
        <CarImage cx={60} cy={230} w={44} accent={1} />
        <Label x={q.x + 24} y={q.y + 58} size={13} muted>
          {ko ? '가장 가까운 이미지' : 'nearest image'}
        </Label>
        <Label x={220} y={380} size={14} muted>
          {ko ? '벡터 연산 + 최근접 검색 (근사적)' : 'vector arithmetic + nearest-neighbour search (approximate)'}
        </Label>
      </g>
    );
  },
});
