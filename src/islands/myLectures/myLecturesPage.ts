import { element } from '../dom';
import type { PageInfo } from '../page';
import { importedTopicQuery } from '../../store/importOutlines';
import { importPanel } from './importPanel';
import { showImportedTopic, type AppIslands } from './importedTopic';
import { lectureList } from './lectureList';

/** The my-lectures page: with ?lecture=… one imported topic, else importing and the list of imported lectures. */
export async function mountMyLectures(root: HTMLElement, page: PageInfo, app: AppIslands): Promise<void> {
  const params = new URLSearchParams(location.search);
  const lecture = params.get('lecture');
  if (lecture) return showImportedTopic(root, page, lecture, params.get('topic'), app);

  root.querySelector('.demo-noscript')?.remove();
  const list = lectureList(page);
  const panel = importPanel(page, app.createImportWorker, (id) => {
    void list.refresh();
    panel.querySelector('.import-status')?.append(' ', element('a', { href: importedTopicQuery(id) }, page.t.readImported));
  });
  root.append(panel, list.element);
  await list.refresh();
}
