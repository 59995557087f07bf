import { defineDemo } from '../types';
import { title } from './meta';
import { separationParams } from './settings';
import SpeechSeparationDemo from './SpeechSeparationDemo';

export default defineDemo({
  title,
  params: separationParams,
  Component: SpeechSeparationDemo,
});
