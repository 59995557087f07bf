import { defineDemo } from '../types';
import { title } from './meta';
import MelMfccDemo from './MelMfccDemo';
import { melMfccParams } from './settings';

export default defineDemo({
  title,
  params: melMfccParams,
  Component: MelMfccDemo,
});
