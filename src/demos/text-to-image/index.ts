import { defineDemo } from '../types';
import { title } from './meta';
import { textToImageParams } from './settings';
import TextToImageDemo from './TextToImageDemo';

export default defineDemo({
  title,
  params: textToImageParams,
  Component: TextToImageDemo,
});
