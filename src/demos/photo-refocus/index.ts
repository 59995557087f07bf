import { defineDemo } from '../types';
import { title } from './meta';
import RefocusDemo from './RefocusDemo';
import { refocusParams } from './settings';

export default defineDemo({
  title,
  params: refocusParams,
  Component: RefocusDemo,
});
