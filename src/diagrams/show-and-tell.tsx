import { Arrow, ArrowDefs, Box, Label, Tex } from './parts';
import { defineDiagram } from './types';

export default defineDiagram({
  id: 'show-and-tell',
  width: 480,
  height: 330,
  title: {
    ko: 'Show and Tell: CNN 인코더와 LSTM 디코더',
    en: 'Show and Tell: a CNN encoder and an LSTM decoder',
  },
  description: {
    ko: 'CNN이 이미지를 하나의 벡터로 요약해 LSTM에 첫 입력(t = −1)으로 한 번만 넣고, 그 뒤 LSTM은 매 단계 이전 단어를 입력받아 다음 단어의 확률 p를 내며 문장을 한 단어씩 만든다.',
    en: 'A CNN summarises the image into one vector that is fed to the LSTM once, as its first input (t = −1); after that the LSTM takes the previous word at each step and outputs the probability p of the next word, building the sentence one word at a time.',
  },
  seedImages: ['Untitled 7.png'],
  render: (lang) => {
    const inputs = ['', '<start>', 'a', 'dog', 'runs'];
    const outputs = ['', 'a', 'dog', 'runs', '<end>'];
    const x0 = 20;
    const w = 72;
    const step = 92;
    const lstmY = 170;
    const lstmH = 52;
    return (
      <g>
        <ArrowDefs />
        <Label x={468} y={26} anchor="end" muted>
          {lang === 'ko' ? '이미지 벡터는 t = −1에 한 번만 입력' : 'image vector fed once, at t = −1'}
        </Label>
        <Box x={x0} y={16} w={w} h={50} accent={2} label={lang === 'ko' ? '이미지' : 'image'} />
        <Arrow points={[x0 + w / 2, 66, x0 + w / 2, 92]} />
        <Box x={x0} y={94} w={w} h={40} accent={1} label="CNN" />
        <Arrow points={[x0 + w / 2, 134, x0 + w / 2, lstmY - 2]} />
        {inputs.map((input, i) => {
          const x = x0 + i * step;
          const cx = x + w / 2;
          return (
            <g key={i}>
              <Box x={x} y={lstmY} w={w} h={lstmH} accent={4} label="LSTM" />
              {i < inputs.length - 1 && <Arrow points={[x + w, lstmY + lstmH / 2, x + step - 2, lstmY + lstmH / 2]} />}
              {i > 0 && (
                <>
                  <Arrow points={[cx, 262, cx, lstmY + lstmH + 2]} />
                  <Label x={cx} y={278}>
                    {input}
                  </Label>
                  <Arrow points={[cx, lstmY, cx, 130]} />
                  <Tex x={cx} y={114} muted>{`p_{${i}}`}</Tex>
                  <Label x={cx} y={90} size={15} weight="bold">
                    {outputs[i]}
                  </Label>
                </>
              )}
              <Label x={cx} y={312} size={13} muted>{`t = ${i === 0 ? '−1' : i - 1}`}</Label>
            </g>
          );
        })}
      </g>
    );
  },
});
