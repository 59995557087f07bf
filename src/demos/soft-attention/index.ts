import { defineDemo } from '../types';
import { title } from './meta';
import { softAttentionParams } from './settings';
import SoftAttentionDemo from './SoftAttentionDemo';

export default defineDemo({
  title,
  params: softAttentionParams,
  Component: SoftAttentionDemo,
});
