import type { DiagramDefinition } from './types';

type DiagramModule = { default: DiagramDefinition };

/**
 * Every diagram a note may place with ::diagram{id="…"}: one line each, the key equals the file name.
 * Loaded at build time only (diagrams are emitted as static SVG), so this list costs readers nothing.
 */
export const diagramRegistry: Record<string, () => Promise<DiagramModule>> = {
  'multimodal-overview': () => import('./multimodal-overview'),
  'image-tagging': () => import('./image-tagging'),
  'joint-embedding-space': () => import('./joint-embedding-space'),
  'multimodal-analogy': () => import('./multimodal-analogy'),
  'recipe-retrieval-overview': () => import('./recipe-retrieval-overview'),
  'im2recipe-architecture': () => import('./im2recipe-architecture'),
  'image-captioning-example': () => import('./image-captioning-example'),
  'show-and-tell': () => import('./show-and-tell'),
  'show-attend-tell-overview': () => import('./show-attend-tell-overview'),
  'soft-attention-weighted-sum': () => import('./soft-attention-weighted-sum'),
  'attention-per-word': () => import('./attention-per-word'),
  'text-to-image-one-to-many': () => import('./text-to-image-one-to-many'),
  'text-to-image-gan': () => import('./text-to-image-gan'),
  'vqa-architecture': () => import('./vqa-architecture'),
  'waveform-to-features': () => import('./waveform-to-features'),
  'stft-windowing': () => import('./stft-windowing'),
  'spectrogram-stacking': () => import('./spectrogram-stacking'),
  'scene-recognition-by-sound': () => import('./scene-recognition-by-sound'),
  'soundnet-teacher-student': () => import('./soundnet-teacher-student'),
  'speech2face-architecture': () => import('./speech2face-architecture'),
  'image-to-speech-overview': () => import('./image-to-speech-overview'),
  'image-to-speech-architecture': () => import('./image-to-speech-architecture'),
  'speech-units': () => import('./speech-units'),
  'sound-source-localization': () => import('./sound-source-localization'),
  'speech-separation': () => import('./speech-separation'),
  '3d-representations': () => import('./3d-representations'),
  'partnet-hierarchy': () => import('./partnet-hierarchy'),
  'scenenet-rgbd': () => import('./scenenet-rgbd'),
  'scannet-reconstruction': () => import('./scannet-reconstruction'),
  'outdoor-3d-datasets': () => import('./outdoor-3d-datasets'),
  '3d-cnn-recognition': () => import('./3d-cnn-recognition'),
  '3d-object-detection': () => import('./3d-object-detection'),
  '3d-semantic-segmentation': () => import('./3d-semantic-segmentation'),
  'mesh-rcnn-pipeline': () => import('./mesh-rcnn-pipeline'),
  'mesh-rcnn-results': () => import('./mesh-rcnn-results'),
  'complex-3d-reconstruction': () => import('./complex-3d-reconstruction'),
  'thin-lens-defocus': () => import('./thin-lens-defocus'),
};

export const diagramIds: readonly string[] = Object.keys(diagramRegistry);
