import type { Lang } from '../../content/types';
import type { TextShape } from '../shared/textShape';

const metres = (value: number) => `${value.toFixed(2)} m`;
const px = (value: number) => `${value < 0.05 ? '0' : value.toFixed(1)} px`;

export type Mode = 'lens' | 'lecture';
export type ObjectName = 'near' | 'middle' | 'far' | 'wall';

/**
 * Every visible string, in Korean and English. Both tables have the one shape `RefocusText`: a
 * string missing from either language, or left in one only, fails the type check.
 */
const ko = {
  title: 'Depth map으로 초점 다시 맞추기 (refocusing)',
  focus: '초점 거리 (focus distance) S₁',
  focusValue: (d: number) => `${metres(d)} (1/S₁ = ${(1 / d).toFixed(2)} m⁻¹)`,
  aperture: '조리개 지름 (aperture) A',
  apertureValue: (a: number, f: number) => (a === 0 ? '0 mm (바늘구멍)' : `${a.toFixed(1)} mm (f/${(f / a).toFixed(1)})`),
  mode: '합성 방식',
  modeName: { lens: 'Thin lens: 깊이별 blur, 층 합성', lecture: '강의 파이프라인: mask + blur 하나' } satisfies Record<Mode, string>,
  resultTitle: '결과 (눌러서 초점 맞추기)',
  depthTitle: 'Depth map (눌러서 초점 맞추기)',
  plotTitle: 'Blur circle 지름 c (px)과 거리의 역수',
  inFocus: '초점 안 (c < 1 px)',
  object: { near: '가까운 카드 1 m', middle: '가운데 카드 2 m', far: '먼 카드 4 m', wall: '벽 10 m' } satisfies Record<ObjectName, string>,
  objectShort: { near: '1 m', middle: '2 m', far: '4 m', wall: '10 m' } satisfies Record<ObjectName, string>,
  distanceAxis: '거리 (m), 역수 눈금',
  blurAxis: 'c (px)',
  preview: '미리보기 (절반 해상도)',
  resultDescription: (mode: string, focus: number, aperture: string, blurs: string) =>
    `다시 초점을 맞춘 240×160 사진(${mode}): 초점 ${metres(focus)}, 조리개 ${aperture}. 물체별 blur 지름: ${blurs}.`,
  depthDescription: (focus: number) =>
    `Depth map: 가까울수록 밝은 색(viridis, 거리의 역수). 카드가 1, 2, 4 m, 바닥이 약 1.1 m부터 10 m까지, 벽이 10 m에 있습니다. 초점 거리 ${metres(focus)}에서 blur가 1 px보다 작은 곳을 표시.`,
  plotDescription: (focus: number, aperture: string) =>
    `거리의 역수에 대한 blur 지름 그래프: 초점 ${metres(focus)}에서 0이 되는 V자 직선, 조리개 ${aperture}. 카드와 벽의 위치 표시.`,
  blurList: (parts: string) => parts,
  blurPart: (name: string, mm: number, pixels: number) => `${name} ${mm.toFixed(2)} mm = ${px(pixels)}`,
  formula: 'c = A·f·S₁/(S₁ − f) · |1/S₁ − 1/S₂| (f = 50 mm), 픽셀로는 c × 240 px / 36 mm가 원판 blur의 지름:',
  lecture: (near: number, far: number, radius: number) =>
    `강의 파이프라인: M = 1[c < 1 px], 즉 D_min = ${metres(near)} ~ D_max = ${Number.isFinite(far) ? metres(far) : '∞'}는 원본 그대로, 나머지는 모두 반지름 ${px(radius)}의 같은 원판 blur.`,
  hint: {
    lens: '사진이나 depth map을 누르거나 초점 거리 슬라이더로 초점을 옮기고, 조리개를 열어 보세요. 색과 mask를 층별로 함께 흐리므로 선명한 카드의 색은 흐린 배경으로 번지지 않습니다(halo 없음). 남는 artefact: 카드 뒤에 가려진 벽은 이미지에 없어서, 선명한 카드 옆의 벽은 보이는 부분만으로 흐려지고, 흐린 가까운 카드의 가장자리는 그 뒤를 드러내지 못한 채 보이는 배경 위로 반투명하게 퍼집니다. 또 blur 반지름을 0.5 px 단위 층으로 나눠 계산합니다.',
    lecture:
      '강의 파이프라인과 비교해 보세요. 이미지 전체를 한 번 흐린 뒤 mask로 고르므로, 선명한 카드 둘레의 배경에 카드 색이 번진 빛무리(halo)가 생기고, 바닥은 D_min, D_max 경계에서 갑자기 선명↔흐림이 바뀝니다. 거리마다 blur가 달라지지도 않습니다.',
  } satisfies Record<Mode, string>,
};

export type RefocusText = TextShape<typeof ko>;

export const refocusText = {
  ko,
  en: {
    title: 'Refocusing a photo from its depth map',
    focus: 'Focus distance S₁',
    focusValue: (d: number) => `${metres(d)} (1/S₁ = ${(1 / d).toFixed(2)} m⁻¹)`,
    aperture: 'Aperture diameter A',
    apertureValue: (a: number, f: number) => (a === 0 ? '0 mm (pinhole)' : `${a.toFixed(1)} mm (f/${(f / a).toFixed(1)})`),
    mode: 'Rendering',
    modeName: { lens: 'Thin lens: blur per depth, layered', lecture: 'Lecture pipeline: mask + one blur' } satisfies Record<Mode, string>,
    resultTitle: 'Result (click to focus)',
    depthTitle: 'Depth map (click to focus)',
    plotTitle: 'Blur-circle diameter c (px) against inverse distance',
    inFocus: 'in focus (c < 1 px)',
    object: { near: 'near card 1 m', middle: 'middle card 2 m', far: 'far card 4 m', wall: 'wall 10 m' } satisfies Record<ObjectName, string>,
    objectShort: { near: '1 m', middle: '2 m', far: '4 m', wall: '10 m' } satisfies Record<ObjectName, string>,
    distanceAxis: 'distance (m), inverse scale',
    blurAxis: 'c (px)',
    preview: 'preview (half resolution)',
    resultDescription: (mode: string, focus: number, aperture: string, blurs: string) =>
      `Refocused 240 × 160 photo (${mode}): focus ${metres(focus)}, aperture ${aperture}. Blur diameters: ${blurs}.`,
    depthDescription: (focus: number) =>
      `Depth map: nearer is brighter (viridis on inverse distance). Cards at 1, 2 and 4 m, the floor from about 1.1 m to 10 m, the wall at 10 m. Marked: where the blur stays under 1 px with the focus at ${metres(focus)}.`,
    plotDescription: (focus: number, aperture: string) =>
      `Blur diameter against inverse distance: a V of two straight lines reaching 0 at the focus ${metres(focus)}, aperture ${aperture}; the cards and the wall are marked.`,
    blurList: (parts: string) => parts,
    blurPart: (name: string, mm: number, pixels: number) => `${name} ${mm.toFixed(2)} mm = ${px(pixels)}`,
    formula: 'c = A·f·S₁/(S₁ − f) · |1/S₁ − 1/S₂| (f = 50 mm), and c × 240 px / 36 mm is the diameter of the blur disc in pixels:',
    lecture: (near: number, far: number, radius: number) =>
      `Lecture pipeline: M = 1[c < 1 px], i.e. D_min = ${metres(near)} to D_max = ${Number.isFinite(far) ? metres(far) : '∞'} kept as is; every other pixel gets the same disc blur of radius ${px(radius)}.`,
    hint: {
      lens: 'Click the photo or the depth map, or use the focus slider, to move the focus; open the aperture for more blur. Colour and mask are blurred together layer by layer, so a sharp card’s colour never bleeds into the blurred background (no halo). What remains: the wall hidden behind a card is not in the image, so next to a sharp card the wall is blurred from its visible part only, and a blurred near card spreads semi-transparently over the visible background without revealing what lies behind its edge. The blur radius is also computed in layers of 0.5 px.',
      lecture:
        'Compare with the lecture pipeline: the whole image is blurred once and the mask picks from it, so a glow of the sharp card’s colour (a halo) appears in the background around it, and the floor switches abruptly from sharp to blurred at D_min and D_max. The blur no longer changes with distance either.',
    } satisfies Record<Mode, string>,
  } satisfies RefocusText,
} satisfies Record<Lang, RefocusText>;
