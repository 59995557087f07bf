import { importedTopicQuery, type ImportedOutline } from '../../store/importOutlines';
import { deleteImportedLecture, renameImportedLecture, syncImportedOutlines } from '../../store/imports';
import { element } from '../dom';
import type { PageInfo } from '../page';

/**
 * The lectures imported on this device: open, rename, delete (after a confirmation). Importing the
 * same source again replaces a lecture (see importPanel). The list re-reads the database itself, so
 * it is right even when localStorage was cleared apart from it.
 */
export function lectureList(page: PageInfo): { element: HTMLElement; refresh: (focusLecture?: string) => Promise<void> } {
  const { t } = page;
  const status = element('p', { className: 'lecture-list-status' });
  status.setAttribute('role', 'status');
  const list = element('ul', { className: 'imported-lectures' });
  const section = element('section', { className: 'imported' }, element('h2', { id: 'imported-title', tabIndex: -1 }, t.myLectures), list, status);
  section.setAttribute('aria-labelledby', 'imported-title');
  const date = new Intl.DateTimeFormat(page.lang, { dateStyle: 'medium', timeStyle: 'short' });

  const refresh = async (focusLecture?: string) => {
    let outlines: ImportedOutline[];
    try {
      outlines = await syncImportedOutlines();
    } catch (error) {
      status.textContent = String(error);
      return;
    }
    list.replaceChildren(...outlines.map(item));
    if (!outlines.length) list.replaceChildren(element('li', { className: 'imported-none' }, t.importNone));
    if (focusLecture) list.querySelector<HTMLElement>(`[data-lecture="${CSS.escape(focusLecture)}"] a`)?.focus();
  };

  const item = (outline: ImportedOutline) => {
    const title = element('a', { href: importedTopicQuery(outline.id) }, outline.title);
    const meta = element('span', { className: 'imported-meta' }, t.importedTopics(outline.topics.length, date.format(outline.importedAt)));
    const rename = element('button', { type: 'button', className: 'demo-button' }, t.rename);
    const remove = element('button', { type: 'button', className: 'demo-button' }, t.deleteLecture);
    rename.setAttribute('aria-label', `${t.rename}: ${outline.title}`);
    remove.setAttribute('aria-label', `${t.deleteLecture}: ${outline.title}`);
    const actions = element('span', { className: 'imported-actions' }, rename, ' ', remove);
    const li = element('li', {}, element('span', { className: 'imported-title' }, title), ' ', meta, ' ', actions);
    li.dataset.lecture = outline.id;

    rename.addEventListener('click', () => {
      const input = element('input', { type: 'text', value: outline.title, required: true });
      const label = element('label', {}, `${t.renameLabel} `, input);
      const save = element('button', { type: 'submit', className: 'demo-button' }, t.save);
      const cancel = element('button', { type: 'button', className: 'demo-button' }, t.cancel);
      const form = element('form', { className: 'rename-form' }, label, ' ', save, ' ', cancel);
      actions.replaceWith(form);
      input.select();
      input.focus();
      cancel.addEventListener('click', () => {
        form.replaceWith(actions);
        rename.focus();
      });
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const name = input.value.trim();
        if (!name) return;
        void renameImportedLecture(outline.id, name).then(() => refresh(outline.id));
      });
    });
    remove.addEventListener('click', () => {
      if (!window.confirm(t.deleteConfirm(outline.title))) return;
      void deleteImportedLecture(outline.id).then(async () => {
        status.textContent = t.deleted(outline.title);
        await refresh();
        (list.querySelector<HTMLElement>('a, button') ?? section.querySelector('h2'))?.focus();
      });
    });
    return li;
  };

  return { element: section, refresh };
}
