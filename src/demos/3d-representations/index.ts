import { defineDemo } from '../types';
import { title } from './meta';
import RepresentationsDemo from './RepresentationsDemo';
import { representationParams } from './settings';

export default defineDemo({
  title,
  params: representationParams,
  Component: RepresentationsDemo,
});
