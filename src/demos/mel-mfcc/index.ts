import { defineDemo } from '../types';
import MelMfccDemo from './MelMfccDemo';
import { melMfccParams } from './settings';
import { melMfccText } from './text';

export default defineDemo({
  title: { ko: melMfccText.ko.title, en: melMfccText.en.title },
  params: melMfccParams,
  Component: MelMfccDemo,
});
