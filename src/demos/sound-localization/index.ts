import { defineDemo } from '../types';
import { title } from './meta';
import { localizationParams } from './settings';
import SoundLocalizationDemo from './SoundLocalizationDemo';

export default defineDemo({
  title,
  params: localizationParams,
  Component: SoundLocalizationDemo,
});
