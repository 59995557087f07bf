import { defineDemo } from '../types';
import JointEmbeddingDemo from './JointEmbeddingDemo';
import { jointEmbeddingParams } from './settings';
import { jointEmbeddingText } from './text';

export default defineDemo({
  title: { ko: jointEmbeddingText.ko.title, en: jointEmbeddingText.en.title },
  params: jointEmbeddingParams,
  Component: JointEmbeddingDemo,
});
