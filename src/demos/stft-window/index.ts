import { defineDemo } from '../types';
import { title } from './meta';
import { stftParams } from './settings';
import StftWindowDemo from './StftWindowDemo';

export default defineDemo({
  title,
  params: stftParams,
  Component: StftWindowDemo,
});
