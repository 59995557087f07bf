import { defineDemo } from '../types';
import { stftParams } from './settings';
import StftWindowDemo from './StftWindowDemo';
import { stftDemoText } from './text';

export default defineDemo({
  title: { ko: stftDemoText.ko.title, en: stftDemoText.en.title },
  params: stftParams,
  Component: StftWindowDemo,
});
