import { defineDemo } from '../types';
import { softAttentionParams } from './settings';
import SoftAttentionDemo from './SoftAttentionDemo';
import { softAttentionText } from './text';

export default defineDemo({
  title: { ko: softAttentionText.ko.title, en: softAttentionText.en.title },
  params: softAttentionParams,
  Component: SoftAttentionDemo,
});
