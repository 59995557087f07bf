import { Arrow, ArrowDefs, Box, Label } from './parts';
import { defineDiagram } from './types';

/** An image item in the space (square) or a text item (circle). */
function Item({ x, y, kind, ghost = false }: { x: number; y: number; kind: 'image' | 'text'; ghost?: boolean }) {
  const common = {
    fill: ghost ? 'none' : kind === 'image' ? 'var(--d-fill-2)' : 'var(--d-fill-1)',
    stroke: kind === 'image' ? 'var(--d-stroke-2)' : 'var(--d-stroke-1)',
    strokeWidth: 2,
    strokeDasharray: ghost ? '3 3' : undefined,
  };
  return kind === 'image' ? <rect x={x - 9} y={y - 9} width={18} height={18} rx={2} {...common} /> : <circle cx={x} cy={y} r={9} {...common} />;
}

export default defineDiagram({
  id: 'joint-embedding-space',
  width: 460,
  height: 470,
  title: {
    ko: 'Joint embedding: 이미지와 텍스트를 하나의 d차원 공간에',
    en: 'Joint embedding: images and text in one d-dimensional space',
  },
  description: {
    ko: '이미지 encoder(CNN)와 텍스트 encoder가 각각 같은 d차원 벡터를 내어 하나의 공간에 놓인다. 학습은 matching pair(개 사진과 "dog")를 당기고 non-matching pair("car")는 margin α를 넘을 때까지만 밀어내며, 이미 margin 밖에 있는 쌍("pizza")은 손실이 0이다.',
    en: 'An image encoder (CNN) and a text encoder each output a d-dimensional vector in one shared space. Training pulls the matching pair (the dog photo and "dog") together and pushes a non-matching item ("car") away only until it is past the margin α; a pair already beyond the margin ("pizza") has zero loss.',
  },
  seedImages: ['Untitled 2.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    const anchor = { x: 120, y: 330 };
    const margin = 86;
    return (
      <g>
        <ArrowDefs />
        {/* image branch */}
        <rect x={40} y={12} width={90} height={54} rx={4} fill="var(--d-fill-2)" stroke="var(--d-stroke-2)" strokeWidth={1.5} />
        <path d="M62,42 l-6,-8 M68,52 v8 M92,52 v8 M76,54 v6 M86,54 v6" stroke="var(--d-stroke-2)" strokeWidth={2} strokeLinecap="round" />
        <ellipse cx={80} cy={44} rx={20} ry={11} fill="var(--d-surface)" stroke="var(--d-stroke-2)" strokeWidth={1.5} />
        <circle cx={104} cy={33} r={9} fill="var(--d-surface)" stroke="var(--d-stroke-2)" strokeWidth={1.5} />
        <path d="M98,27 l-3,-7 l7,3" fill="var(--d-stroke-2)" />
        <Label x={150} y={39} anchor="start" size={13} muted>
          {ko ? '개 사진' : 'dog photo'}
        </Label>
        <Arrow points={[85, 66, 85, 84]} />
        <Box x={20} y={86} w={130} h={48} accent={2} label={ko ? ['이미지 encoder', '(CNN)'] : ['image encoder', '(CNN)']} />
        {/* text branch */}
        <rect x={330} y={22} width={90} height={34} rx={17} fill="var(--d-fill-1)" stroke="var(--d-stroke-1)" strokeWidth={1.5} />
        <Label x={375} y={39} size={15}>
          "dog"
        </Label>
        <Arrow points={[375, 56, 375, 84]} />
        <Box x={300} y={86} w={150} h={48} accent={1} label={ko ? ['텍스트 encoder', '(word2vec, RNN)'] : ['text encoder', '(word2vec, RNN)']} />
        <Arrow points={[85, 134, 85, 192]} />
        <Arrow points={[375, 134, 375, 192]} />
        <Label x={230} y={162} size={14} muted>
          {ko ? '같은 차원 d의 벡터' : 'vectors of the same size d'}
        </Label>
        {/* shared space */}
        <rect x={10} y={194} width={440} height={266} rx={10} fill="var(--d-surface)" stroke="var(--d-line)" strokeWidth={1.5} />
        <Label x={24} y={214} anchor="start" size={14} weight="bold">
          {ko ? '공유 d차원 embedding 공간' : 'shared d-dimensional space'}
        </Label>
        <circle cx={anchor.x} cy={anchor.y} r={margin} fill="none" stroke="var(--d-line)" strokeWidth={1.2} strokeDasharray="5 4" />
        <line x1={anchor.x} y1={anchor.y} x2={anchor.x - margin * 0.71} y2={anchor.y - margin * 0.71} stroke="var(--d-muted)" strokeWidth={1} />
        <Label x={anchor.x - 38} y={anchor.y - 20} size={15} italic>
          α
        </Label>
        {/* matching pair pulled together */}
        <Item x={anchor.x} y={anchor.y} kind="image" />
        <Item x={anchor.x + 44} y={anchor.y - 6} kind="text" />
        <Arrow points={[anchor.x + 33, anchor.y - 5, anchor.x + 16, anchor.y - 2]} accent={3} />
        <Label x={anchor.x + 44} y={anchor.y - 26} size={13}>
          dog
        </Label>
        {/* non-matching text pushed to the margin */}
        <Item x={anchor.x + 36} y={anchor.y + 42} kind="text" ghost />
        <Arrow points={[anchor.x + 44, anchor.y + 48, anchor.x + 82, anchor.y + 72]} accent={5} />
        <Item x={anchor.x + 92} y={anchor.y + 78} kind="text" />
        <Label x={anchor.x + 92} y={anchor.y + 102} size={13}>
          car
        </Label>
        {/* already beyond the margin */}
        <Item x={anchor.x + 102} y={anchor.y - 68} kind="text" />
        <Label x={anchor.x + 102} y={anchor.y - 89} size={13}>
          pizza
        </Label>
        {/* legend */}
        <g>
          <Item x={272} y={250} kind="image" />
          <Label x={288} y={250} anchor="start" size={14}>
            {ko ? '이미지' : 'image'}
          </Label>
          <Item x={362} y={250} kind="text" />
          <Label x={378} y={250} anchor="start" size={14}>
            {ko ? '텍스트' : 'text'}
          </Label>
          <Arrow points={[262, 290, 284, 290]} accent={3} />
          <Label x={292} y={290} anchor="start" size={14}>
            {ko ? '당김: matching' : 'pull: matching'}
          </Label>
          <Arrow points={[262, 330, 284, 330]} accent={5} />
          <Label x={292} y={330} anchor="start" size={14}>
            {ko ? '밀어냄: non-matching' : 'push: non-matching'}
          </Label>
          <Label x={292} y={350} anchor="start" size={13} muted>
            {ko ? 'margin α까지만' : 'only up to margin α'}
          </Label>
          <circle cx={273} cy={392} r={9} fill="none" stroke="var(--d-line)" strokeWidth={1.2} strokeDasharray="4 3" />
          <Label x={292} y={392} anchor="start" size={14}>
            margin α
          </Label>
          <Label x={292} y={412} anchor="start" size={13} muted>
            {ko ? '밖의 쌍은 손실 0' : 'pairs outside: loss 0'}
          </Label>
        </g>
      </g>
    );
  },
});
