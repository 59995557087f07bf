import { defineDemo } from '../types';
import { textToImageParams } from './settings';
import TextToImageDemo from './TextToImageDemo';
import { textToImageText } from './text';

export default defineDemo({
  title: { ko: textToImageText.ko.title, en: textToImageText.en.title },
  params: textToImageParams,
  Component: TextToImageDemo,
});
