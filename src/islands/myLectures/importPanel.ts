import { IMPORT_LIMITS, type ImportProblem } from '../../import/types';
import { importedOutlines } from '../../store/importOutlines';
import { saveImportedLecture } from '../../store/imports';
import { element } from '../dom';
import type { PageInfo } from '../page';
import { fromDrop, fromInput, sourceName, type PickedFile } from './pickedFiles';
import { runImport } from '../../import/runImport';

/**
 * "Import notes": Markdown files or a Notion export (.zip), a folder, or either dropped here. The
 * import compiles in a worker; the lecture is stored only when it compiled, and replaces an earlier
 * import of the same source only after the reader confirms. Errors in the notes are listed as
 * file:line:col lines in the report; a refused import names the limit or the cause.
 */
export function importPanel(page: PageInfo, createWorker: () => Promise<Worker>, onImported: (lectureId: string) => void): HTMLElement {
  const { t } = page;
  const filesInput = element('input', { type: 'file', multiple: true, accept: '.md,.markdown,.zip,image/*', className: 'visually-hidden' });
  const folderInput = element('input', { type: 'file', className: 'visually-hidden' });
  folderInput.setAttribute('webkitdirectory', '');
  const filesLabel = element('label', { className: 'demo-button import-pick' }, filesInput, t.importFiles);
  const folderLabel = element('label', { className: 'demo-button import-pick' }, folderInput, t.importFolder);
  const status = element('p', { className: 'import-status' });
  status.setAttribute('role', 'status');
  const report = element('div', { className: 'import-report' });
  const drop = element(
    'div',
    { className: 'import-drop' },
    element('p', { className: 'import-pickers' }, filesLabel, ' ', folderLabel),
    element('p', { className: 'import-hint' }, t.importDrop, ' ', t.importLimits),
  );
  const section = element('section', { className: 'import-panel' }, element('h2', { id: 'import-title' }, t.importNotes), drop, status, report);
  section.setAttribute('aria-labelledby', 'import-title');

  let busy = false;
  const start = async (picked: PickedFile[]) => {
    if (busy || !picked.length) return;
    busy = true;
    drop.setAttribute('aria-busy', 'true');
    report.replaceChildren();
    try {
      await importPicked(picked);
    } finally {
      busy = false;
      drop.removeAttribute('aria-busy');
    }
  };

  const importPicked = async (picked: PickedFile[]) => {
    const source = sourceName(picked);
    const tooBig = picked.find(({ file }) => file.size > IMPORT_LIMITS.maxFileBytes);
    if (tooBig) return refuse(`${tooBig.path}: ${megabytes(tooBig.file.size)} MB; ${t.importLimits}`);
    status.textContent = t.importWorking(source);
    const response = await runImport(picked, page.lang, source, createWorker);
    if (!response.ok) return refuse(response.message);
    const { lecture } = response;
    const earlier = importedOutlines().find((outline) => outline.id === lecture.id);
    if (earlier && !window.confirm(t.importReplace(earlier.title))) {
      status.textContent = t.importKept;
      return;
    }
    // a renamed lecture keeps the reader's name when it is imported again
    if (earlier) lecture.title = earlier.title;
    try {
      await saveImportedLecture(lecture);
    } catch (error) {
      return refuse(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    }
    status.textContent = earlier ? t.importReplaced(lecture.title) : t.importDone(lecture.title, lecture.topics.length);
    showReport(lecture.problems);
    onImported(lecture.id);
  };

  const refuse = (message: string) => {
    status.textContent = '';
    const alert = element('div', { className: 'import-error' }, element('p', {}, t.importFailed), element('p', { className: 'import-error-detail' }, message));
    alert.setAttribute('role', 'alert');
    report.replaceChildren(alert);
  };

  const showReport = (problems: ImportProblem[]) => {
    if (!problems.length) return;
    const list = element('ul', {}, ...problems.map((problem) => element('li', {}, element('code', {}, location(problem)), ' ', problem.message)));
    const details = element('details', { className: 'import-problems', open: true }, element('summary', {}, t.importProblems(problems.length)), list);
    report.replaceChildren(details);
  };

  for (const input of [filesInput, folderInput]) {
    input.addEventListener('change', () => {
      const picked = input.files ? fromInput(input.files) : [];
      input.value = '';
      void start(picked);
    });
  }
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('dragging');
    if (event.dataTransfer) void fromDrop(event.dataTransfer).then(start);
  });
  return section;
}

function location(problem: ImportProblem): string {
  return problem.line === undefined ? `${problem.file}:` : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}
