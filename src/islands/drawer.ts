import type { PageInfo } from './page';

/**
 * The ☰ button: on narrow screens the topic tree is a drawer below the top bar. It scrolls by
 * itself while the page behind it is locked and inert; ✕, Esc or a tap outside close it, and focus
 * goes back to ☰.
 */
export function drawer(button: HTMLElement, _page: PageInfo): void {
  const sidebar = document.getElementById(button.getAttribute('aria-controls') ?? '');
  const main = document.querySelector('main');
  if (!sidebar) return;
  const backdrop = document.createElement('div');
  backdrop.className = 'drawer-backdrop';
  backdrop.hidden = true;
  backdrop.setAttribute('aria-hidden', 'true');
  sidebar.after(backdrop);
  const narrow = window.matchMedia('(max-width: 860px)');

  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    sidebar.classList.toggle('open', open);
    document.documentElement.classList.toggle('drawer-open', open);
    backdrop.hidden = !open;
    if (main) main.inert = open;
    if (open) document.addEventListener('keydown', onKey);
    else document.removeEventListener('keydown', onKey);
  };
  const close = () => {
    if (!isOpen()) return;
    setOpen(false);
    button.focus();
  };
  button.addEventListener('click', () => {
    if (isOpen()) return close();
    setOpen(true);
    const current = sidebar.querySelector<HTMLElement>('a[aria-current="page"]') ?? sidebar.querySelector<HTMLElement>('a');
    // the page must not move: only the drawer scrolls, to show the open topic
    current?.focus({ preventScroll: true });
    current?.scrollIntoView({ block: 'center' });
  });
  backdrop.addEventListener('click', close);
  sidebar.querySelector('[data-drawer-close]')?.addEventListener('click', close);
  // following a link in the drawer to a place on this page closes it
  sidebar.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (link && link.hash && link.pathname === location.pathname) setOpen(false);
  });
  narrow.addEventListener('change', () => !narrow.matches && setOpen(false));
}
