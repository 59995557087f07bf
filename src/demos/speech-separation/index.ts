import { defineDemo } from '../types';
import { separationParams } from './settings';
import SpeechSeparationDemo from './SpeechSeparationDemo';
import { separationText } from './text';

export default defineDemo({
  title: { ko: separationText.ko.title, en: separationText.en.title },
  params: separationParams,
  Component: SpeechSeparationDemo,
});
