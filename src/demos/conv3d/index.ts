import { defineDemo } from '../types';
import Conv3dDemo from './Conv3dDemo';
import { conv3dParams } from './settings';
import { conv3dText } from './text';

export default defineDemo({
  title: { ko: conv3dText.ko.title, en: conv3dText.en.title },
  params: conv3dParams,
  Component: Conv3dDemo,
});
