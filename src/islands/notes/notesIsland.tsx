/** The notes panel, loaded the first time it is opened (React from the shared runtime, KaTeX with it). */
import { createRoot, type Root } from 'react-dom/client';
import type { PageInfo } from '../page';
import { addWholeMathStylesheet } from '../mathStylesheet';
import { NotesPanel, type NotesContext } from './NotesPanel';

let root: Root | undefined;
let host: HTMLElement | undefined;

export function openNotes(page: PageInfo, context: NotesContext, anchor: string | undefined, returnFocus?: HTMLElement): void {
  addWholeMathStylesheet();
  host ??= document.body.appendChild(document.createElement('div'));
  root ??= createRoot(host);
  document.documentElement.classList.add('notes-open');
  root.render(
    <NotesPanel
      key={`${context.topic}#${anchor ?? ''}#${Date.now()}`}
      page={page}
      context={context}
      anchor={anchor}
      onClose={() => {
        root?.render(null);
        document.documentElement.classList.remove('notes-open');
        returnFocus?.focus();
      }}
    />,
  );
}
