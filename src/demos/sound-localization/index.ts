import { defineDemo } from '../types';
import { localizationParams } from './settings';
import SoundLocalizationDemo from './SoundLocalizationDemo';
import { localizationText } from './text';

export default defineDemo({
  title: { ko: localizationText.ko.title, en: localizationText.en.title },
  params: localizationParams,
  Component: SoundLocalizationDemo,
});
