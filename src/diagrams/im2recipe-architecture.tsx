import { Arrow, ArrowDefs, Box, Label } from './parts';
import { defineDiagram } from './types';

/** A stack of pancakes on a plate, in a frame. */
function FoodPhoto({ x, y, w, h }: { x: number; y: number; w: number; h: number }) {
  const cx = x + w / 2;
  const base = y + h * 0.68;
  return (
    <g>
      <rect x={x} y={y} width={w} height={h} rx={4} fill="var(--d-surface)" stroke="var(--d-stroke-2)" strokeWidth={1.5} />
      <ellipse cx={cx} cy={base + h * 0.1} rx={w * 0.4} ry={h * 0.1} fill="var(--d-fill-1)" stroke="var(--d-stroke-1)" strokeWidth={1.2} />
      {[0, 1, 2].map((i) => (
        <ellipse key={i} cx={cx} cy={base - i * h * 0.13} rx={w * 0.26} ry={h * 0.09} fill="var(--d-fill-2)" stroke="var(--d-stroke-2)" strokeWidth={1.2} />
      ))}
    </g>
  );
}

export default defineDiagram({
  id: 'im2recipe-architecture',
  width: 480,
  height: 470,
  title: {
    ko: 'im2recipe: 레시피 encoder 두 개와 이미지 encoder',
    en: 'im2recipe: two recipe encoders and an image encoder',
  },
  description: {
    ko: '재료는 단어마다 word2vec 벡터로 바꿔 bi-LSTM에, 조리 순서는 문장마다 skip-instructions 벡터로 바꿔 LSTM에 넣고, 두 결과를 이어 붙여(concat) FC로 레시피 embedding을 만든다. 이미지는 ResNet-50과 FC를 거쳐 같은 공간에 놓이며, 손실은 margin이 있는 cosine similarity 손실과 음식 class를 맞히는 semantic regularisation의 합이다.',
    en: 'Ingredients become word2vec vectors read by a bi-LSTM, instructions become one skip-instructions vector per sentence read by an LSTM; the two outputs are concatenated and passed through FC into the recipe embedding. The image goes through ResNet-50 and FC into the same space; the loss is a cosine-similarity loss with a margin plus a semantic regularisation that predicts the food class.',
  },
  seedImages: ['Untitled 5.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const c1 = 80;
    const c2 = 234;
    const c3 = 400;
    return (
      <g>
        <ArrowDefs />
        <Label x={157} y={14} size={15} weight="bold" accent={3}>
          {ko ? '레시피' : 'recipe'}
        </Label>
        <Label x={c3} y={14} size={15} weight="bold" accent={2}>
          {ko ? '이미지' : 'image'}
        </Label>
        {/* inputs */}
        <Box x={10} y={30} w={140} h={52} accent={3} label={ko ? ['재료', '달걀, 밀가루, …'] : ['ingredients', 'egg, flour, …']} />
        <Box x={164} y={30} w={140} h={52} accent={3} label={ko ? ['조리 순서', '1. 섞기 2. 굽기'] : ['instructions', '1. Mix 2. Fry …']} />
        <FoodPhoto x={350} y={28} w={100} h={56} />
        <Arrow points={[c1, 82, c1, 98]} />
        <Arrow points={[c2, 82, c2, 98]} />
        <Arrow points={[c3, 84, c3, 98]} />
        {/* per-item vectors and the image CNN */}
        <Box x={10} y={100} w={140} h={46} label={['word2vec', ko ? '단어마다' : 'per word']} />
        <Box x={164} y={100} w={140} h={46} label={['skip-instructions', ko ? '문장마다' : 'per sentence']} />
        <Box x={330} y={100} w={140} h={46} accent={2} label={['ResNet-50', 'CNN']} />
        <Arrow points={[c1, 146, c1, 162]} />
        <Arrow points={[c2, 146, c2, 162]} />
        <Box x={10} y={164} w={140} h={38} accent={4} label="bi-LSTM" />
        <Box x={164} y={164} w={140} h={38} accent={4} label="LSTM" />
        <Arrow points={[c1, 202, c1, 218]} />
        <Arrow points={[c2, 202, c2, 218]} />
        <Arrow points={[c3, 146, c3, 218]} />
        <Box x={10} y={220} w={294} h={38} accent={3} label="concat → FC" />
        <Box x={330} y={220} w={140} h={38} accent={2} label="FC" />
        <Arrow points={[157, 258, 157, 280]} />
        <Arrow points={[c3, 258, c3, 280]} />
        {/* joint space */}
        <rect x={10} y={282} width={460} height={80} rx={10} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
        <Label x={24} y={300} anchor="start" size={14} weight="bold">
          joint embedding
        </Label>
        <circle cx={222} cy={330} r={9} fill="var(--d-fill-3)" stroke="var(--d-stroke-3)" strokeWidth={2} />
        <rect x={263} y={321} width={18} height={18} rx={2} fill="var(--d-fill-2)" stroke="var(--d-stroke-2)" strokeWidth={2} />
        <path d="M226,318 Q248,300 270,318" fill="none" stroke="var(--d-muted)" strokeWidth={1.2} />
        <Label x={248} y={300} size={13} muted>
          cos
        </Label>
        <Label x={208} y={350} size={13} anchor="end">
          {ko ? '레시피' : 'recipe'}
        </Label>
        <Label x={288} y={350} size={13} anchor="start">
          {ko ? '이미지' : 'image'}
        </Label>
        <Arrow points={[125, 362, 125, 382]} />
        <Arrow points={[357, 362, 357, 382]} />
        {/* the two loss terms */}
        <rect x={10} y={384} width={230} height={76} rx={6} fill="var(--d-fill-5)" stroke="var(--d-stroke-5)" strokeWidth={1.5} />
        <Label x={125} y={402} size={15} weight="bold">
          cosine loss + margin
        </Label>
        <Label x={125} y={424} size={14}>
          {ko ? '맞는 쌍: 1 − cos' : 'pair: 1 − cos'}
        </Label>
        <Label x={125} y={444} size={14}>
          {ko ? '아닌 쌍: max(0, cos − α)' : 'non-pair: max(0, cos − α)'}
        </Label>
        <rect x={250} y={384} width={220} height={76} rx={6} fill="var(--d-fill-4)" stroke="var(--d-stroke-4)" strokeWidth={1.5} />
        <Label x={360} y={402} size={15} weight="bold">
          semantic reg.
        </Label>
        <Label x={360} y={424} size={14}>
          {ko ? '공유 음식 class 분류기' : 'shared food-class'}
        </Label>
        <Label x={360} y={444} size={14}>
          {ko ? '(예: pizza, salad)' : 'classifier (pizza, …)'}
        </Label>
      </g>
    );
  },
});
