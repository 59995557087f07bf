import { defineDemo } from '../types';
import StftWindowDemo from './StftWindowDemo';
import { stftDemoText } from './text';

export default defineDemo({
  title: { ko: stftDemoText.ko.title, en: stftDemoText.en.title },
  Component: StftWindowDemo,
});
