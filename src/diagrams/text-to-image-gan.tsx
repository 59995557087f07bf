import { Arrow, ArrowDefs, Box, Label } from './parts';
import { BirdFigure } from './pictograms';
import { defineDiagram } from './types';

function Panel({ y, h, accent, title, titleX, anchor }: { y: number; h: number; accent: 3 | 5; title: string; titleX: number; anchor: 'start' | 'end' }) {
  return (
    <g>
      <rect x={30} y={y} width={440} height={h} rx={10} fill="none" stroke={`var(--d-stroke-${accent})`} strokeWidth={1.5} strokeDasharray="6 4" />
      <Label x={titleX} y={y + 18} anchor={anchor} size={15} weight="bold" accent={accent}>
        {title}
      </Label>
    </g>
  );
}

export default defineDiagram({
  id: 'text-to-image-gan',
  width: 480,
  height: 560,
  title: {
    ko: 'Text-to-image GAN: 텍스트 조건부 generator와 discriminator',
    en: 'Text-to-image GAN: a text-conditioned generator and discriminator',
  },
  description: {
    ko: '문장을 text encoder로 φ(t)로 바꾸고 FC로 128차원으로 줄인 뒤, N(0, I)에서 뽑은 100차원 random code z와 이어 붙여 generator가 64×64 이미지를 만든다. Discriminator도 같은 텍스트 embedding을 받아, 진짜 이미지와 맞는 문장만 real로 판정하고 생성 이미지나 틀린 문장과 짝지은 진짜 이미지는 fake로 판정하도록 학습한다(GAN-CLS).',
    en: 'The sentence is encoded as φ(t), compressed by FC to 128 dimensions and concatenated with a 100-dimensional random code z drawn from N(0, I); the generator turns this into a 64×64 image. The discriminator also receives the text embedding and learns to call only a real image with its matching text real, and both a generated image and a real image with the wrong text fake (GAN-CLS).',
  },
  seedImages: ['Untitled 12.png'],
  render: (lang) => {
    const ko = lang === 'ko';
    return (
      <g>
        <ArrowDefs />
        <Label x={24} y={30} size={15} italic>
          t
        </Label>
        <rect x={40} y={10} width={400} height={40} rx={20} fill="var(--d-fill-1)" stroke="var(--d-stroke-1)" strokeWidth={1.5} />
        <Label x={240} y={30} size={15}>
          {ko ? '“빨간 머리의 작은 새”' : '“a small bird with a red head”'}
        </Label>
        <Arrow points={[119, 50, 119, 68]} />
        <Box x={44} y={70} w={150} h={40} accent={1} label="text encoder φ(t)" />
        {/* generator */}
        <Panel y={128} h={162} accent={3} title="Generator G" titleX={456} anchor="end" />
        <Arrow points={[119, 110, 119, 154]} />
        <Box x={44} y={156} w={150} h={40} label="FC → 128-d" />
        <Box x={44} y={216} w={150} h={48} label={['z ~ N(0, I)', '100-d']} />
        <Arrow points={[194, 176, 208, 176, 208, 200, 220, 200]} />
        <Arrow points={[194, 240, 208, 240, 208, 220, 220, 220]} />
        <Box x={222} y={190} w={64} h={40} label="concat" />
        <Arrow points={[286, 210, 302, 210]} />
        <Box x={304} y={186} w={76} h={48} accent={3} label={['deconv', ko ? '층들' : 'layers']} />
        <Arrow points={[380, 210, 398, 210]} />
        <rect x={400} y={180} width={60} height={60} rx={3} fill="var(--d-fill-3)" stroke="var(--d-line)" strokeWidth={1.5} />
        <g transform="translate(428 212) scale(0.75)">
          <BirdFigure />
        </g>
        <Label x={424} y={256} anchor="end" size={13} muted>
          64×64
        </Label>
        {/* discriminator */}
        <Panel y={306} h={164} accent={5} title="Discriminator D" titleX={44} anchor="start" />
        <Arrow points={[430, 240, 430, 342]} />
        <Label x={424} y={324} anchor="end" size={13} muted>
          {ko ? '생성 x̂ 또는 실제 x' : 'fake x̂ or real x'}
        </Label>
        <Box x={330} y={344} w={130} h={40} accent={5} label="conv layers" />
        <Arrow points={[44, 90, 16, 90, 16, 364, 42, 364]} />
        <Box x={44} y={344} w={150} h={40} label={ko ? ['φ(t) → 128-d', '공간으로 복제'] : ['φ(t) → 128-d', 'replicated']} />
        <Arrow points={[119, 384, 119, 412, 220, 412]} />
        <Arrow points={[395, 384, 395, 412, 304, 412]} />
        <Box x={222} y={394} w={80} h={36} label="concat" />
        <Arrow points={[262, 430, 262, 446]} />
        <Label x={262} y={458} size={14}>
          {ko ? 'real / fake 점수' : 'real / fake score'}
        </Label>
        {/* what the discriminator is taught */}
        <Label x={30} y={488} anchor="start" size={14} weight="bold">
          {ko ? 'GAN-CLS: D가 배우는 세 쌍' : 'GAN-CLS: three kinds of pair for D'}
        </Label>
        <Label x={30} y={508} anchor="start" size={14}>
          {ko ? '(실제 x, 맞는 t) → real' : '(real x, matching t) → real'}
        </Label>
        <Label x={30} y={528} anchor="start" size={14}>
          {ko ? '(실제 x, 틀린 t) → fake' : '(real x, wrong t) → fake'}
        </Label>
        <Label x={30} y={548} anchor="start" size={14}>
          {ko ? '(생성 x̂, 맞는 t) → fake' : '(generated x̂, matching t) → fake'}
        </Label>
      </g>
    );
  },
});
