import type { PageInfo } from './page';

/** The ☰ button: on narrow screens the topic tree is a drawer over the page. */
export function drawer(button: HTMLElement, _page: PageInfo): void {
  const sidebar = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!sidebar) return;
  const backdrop = document.createElement('div');
  backdrop.className = 'drawer-backdrop';
  backdrop.hidden = true;
  backdrop.setAttribute('aria-hidden', 'true');
  sidebar.after(backdrop);

  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    setOpen(false);
    button.focus();
  };
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    sidebar.classList.toggle('open', open);
    backdrop.hidden = !open;
    if (open) {
      sidebar.querySelector<HTMLElement>('a[aria-current="page"], a')?.focus();
      document.addEventListener('keydown', onKey);
    } else document.removeEventListener('keydown', onKey);
  };
  button.addEventListener('click', () => setOpen(!isOpen()));
  backdrop.addEventListener('click', () => setOpen(false));
}
