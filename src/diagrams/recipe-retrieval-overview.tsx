import { Arrow, ArrowDefs, Box, Label } from './parts';
import { defineDiagram } from './types';

/** A plate of pancakes seen from the side, in a frame. */
function FoodPhoto({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  const cx = x + w / 2;
  const base = y + h * 0.72;
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={4} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
      <ellipse cx={cx} cy={base + 6} rx={w * 0.4} ry={h * 0.08} fill="var(--d-fill-1)" stroke="var(--d-stroke-1)" strokeWidth={1.5} />
      {[0, 1, 2].map((i) => (
        <ellipse key={i} cx={cx} cy={base - i * h * 0.1} rx={w * 0.28} ry={h * 0.07} fill="var(--d-fill-2)" stroke="var(--d-stroke-2)" strokeWidth={1.5} />
      ))}
      <rect x={cx - w * 0.06} y={base - h * 0.3} width={w * 0.12} height={h * 0.07} rx={2} fill="var(--d-stroke-2)" />
    </g>
  );
}

export default defineDiagram({
  id: 'recipe-retrieval-overview',
  width: 440,
  height: 330,
  title: {
    ko: '이미지 ↔ 레시피 검색 (Recipe1M)',
    en: 'Image ↔ recipe retrieval (Recipe1M)',
  },
  description: {
    ko: '음식 사진과 레시피(재료 목록과 조리 순서)를 같은 embedding 공간에 놓아, 사진으로 레시피를 찾거나 레시피로 사진을 찾는다. 학습 데이터 Recipe1M은 100만 개가 넘는 레시피와 약 80만 장의 음식 이미지로 이루어진다.',
    en: 'A food photo and a recipe (ingredient list and instructions) are placed in one embedding space, so a photo retrieves its recipe and a recipe retrieves its photo. The training set, Recipe1M, has over 1M recipes and about 800k food images.',
  },
  seedImages: ['Untitled 4.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const card = { x: 262, y: 14, w: 166, h: 150 };
    const lines = ko
      ? [
          ['팬케이크', 'title'],
          ['재료', 'head'],
          ['달걀, 밀가루, 우유', 'body'],
          ['조리 순서', 'head'],
          ['1. 반죽을 섞는다', 'body'],
          ['2. 팬에 굽는다', 'body'],
        ]
      : [
          ['Pancakes', 'title'],
          ['ingredients', 'head'],
          ['egg, flour, milk', 'body'],
          ['instructions', 'head'],
          ['1. Mix the batter', 'body'],
          ['2. Fry in a pan', 'body'],
        ];
    return (
      <g>
        <ArrowDefs />
        <FoodPhoto x={12} y={14} w={166} h={150} />
        <Label x={95} y={180} size={13} muted>
          {ko ? '음식 이미지' : 'food image'}
        </Label>
        <rect x={card.x} y={card.y} width={card.w} height={card.h} rx={4} fill="var(--d-fill-3)" stroke="var(--d-stroke-3)" strokeWidth={1.5} />
        {lines.map(([text, kind], i) => (
          <Label
            key={i}
            x={card.x + 12}
            y={card.y + 20 + i * 22}
            anchor="start"
            size={kind === 'title' ? 15 : kind === 'head' ? 13 : 14}
            weight={kind === 'title' ? 'bold' : 'normal'}
            muted={kind === 'head'}
          >
            {text}
          </Label>
        ))}
        <Label x={card.x + card.w / 2} y={180} size={13} muted>
          {ko ? '레시피 (텍스트)' : 'recipe (text)'}
        </Label>
        <Arrow points={[184, 66, 256, 66]} />
        <Label x={220} y={50} size={13} muted>
          {ko ? '검색' : 'search'}
        </Label>
        <Arrow points={[256, 112, 184, 112]} />
        <Label x={220} y={128} size={13} muted>
          {ko ? '검색' : 'search'}
        </Label>
        <Arrow points={[95, 192, 95, 226]} />
        <Arrow points={[345, 192, 345, 226]} />
        <Box
          x={12}
          y={228}
          w={416}
          h={44}
          accent={4}
          label={ko ? '공유 embedding 공간: 맞는 쌍은 가깝게' : 'joint embedding: matching pairs close'}
          fontSize={15}
        />
        <Label x={220} y={300} size={14}>
          {ko ? 'Recipe1M: 레시피 100만+ · 음식 이미지 약 80만' : 'Recipe1M: 1M+ recipes · ~800k food images'}
        </Label>
      </g>
    );
  },
});
