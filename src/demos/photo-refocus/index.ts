import { defineDemo } from '../types';
import RefocusDemo from './RefocusDemo';
import { refocusParams } from './settings';
import { refocusText } from './text';

export default defineDemo({
  title: { ko: refocusText.ko.title, en: refocusText.en.title },
  params: refocusParams,
  Component: RefocusDemo,
});
