import { defineDemo } from '../types';
import { title } from './meta';
import Conv3dDemo from './Conv3dDemo';
import { conv3dParams } from './settings';

export default defineDemo({
  title,
  params: conv3dParams,
  Component: Conv3dDemo,
});
