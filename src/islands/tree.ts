import type { LectureScript } from './lectures';
import type { PageInfo } from './page';
import { loadScript } from './runtime';
import { showTreeProgress } from './treeProgress';

/**
 * The topic tree's toggles. A collapsed lecture other than the page's own carries only its entry;
 * its topics come from the lecture's own small script the first time it is opened.
 */
export function tree(nav: HTMLElement, page: PageInfo): void {
  const { t } = page;
  for (const entry of nav.querySelectorAll<HTMLElement>('li[data-tree-script]')) addLectureToggle(entry, t);
  showTreeProgress(nav, page);
  nav.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button.tree-toggle');
    if (!button || !nav.contains(button)) return;
    void toggle(button);
  });

  async function toggle(button: HTMLButtonElement) {
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    if (!panel || button.getAttribute('aria-busy') === 'true') return;
    const open = button.getAttribute('aria-expanded') !== 'true';
    const script = button.closest<HTMLElement>('li[data-tree-script]')?.dataset.treeScript;
    if (open && script && !panel.firstElementChild) {
      button.setAttribute('aria-busy', 'true');
      try {
        panel.innerHTML = (await loadScript<LectureScript>(script)).html;
      } catch {
        panel.innerHTML = '';
        const message = document.createElement('p');
        message.className = 'tree-error';
        message.setAttribute('role', 'alert');
        message.textContent = t.treeFailed;
        panel.append(message);
      } finally {
        button.removeAttribute('aria-busy');
      }
    }
    const title = button.parentElement?.querySelector('a')?.textContent ?? '';
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', `${open ? t.collapse : t.expand}: ${title}`);
    panel.hidden = !open;
  }
}

/** Gives another lecture's entry its toggle and the (empty) place its topics load into. */
function addLectureToggle(entry: HTMLElement, t: PageInfo['t']): void {
  const row = entry.querySelector('.tree-row');
  const title = row?.querySelector('a')?.textContent ?? '';
  if (!row || row.querySelector('button')) return;
  const panel = document.createElement('div');
  panel.id = `tree-${entry.dataset.lecture ?? ''}`;
  panel.hidden = true;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'tree-toggle';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', panel.id);
  button.setAttribute('aria-label', `${t.expand}: ${title}`);
  const icon = document.createElement('span');
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = '▸';
  button.append(icon);
  row.prepend(button);
  entry.append(panel);
}
