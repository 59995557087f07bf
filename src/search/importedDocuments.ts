import type { Lang } from '../content/types';
import { MY_LECTURES_PAGE, pageFile } from '../content/urls';
import type { ImportedLecture } from '../import/types';
import { importedTopicQuery } from '../store/importOutlines';
import type { SearchDocument } from './searchIndex';

/** An imported lecture's sections as search documents, each pointing at its topic on the my-lectures page. */
export function importedSearchDocuments(lecture: ImportedLecture, lang: Lang, myLectures: string): SearchDocument[] {
  return lecture.topics.flatMap((topic) => {
    const file = pageFile(lang, MY_LECTURES_PAGE) + importedTopicQuery(lecture.id, topic.id);
    return topic.sections.map((section) => ({
      id: `${file}#${section.anchor}`,
      file,
      anchor: section.anchor,
      topic: topic.title,
      path: `${myLectures} › ${lecture.title}`,
      heading: section.heading,
      text: section.text,
      tex: section.tex,
      terms: '',
    }));
  });
}
