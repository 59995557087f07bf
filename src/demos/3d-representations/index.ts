import { defineDemo } from '../types';
import RepresentationsDemo from './RepresentationsDemo';
import { representationParams } from './settings';
import { representationText } from './text';

export default defineDemo({
  title: { ko: representationText.ko.title, en: representationText.en.title },
  params: representationParams,
  Component: RepresentationsDemo,
});
