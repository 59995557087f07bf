import { defineDemo } from '../types';
import { title } from './meta';
import JointEmbeddingDemo from './JointEmbeddingDemo';
import { jointEmbeddingParams } from './settings';

export default defineDemo({
  title,
  params: jointEmbeddingParams,
  Component: JointEmbeddingDemo,
});
