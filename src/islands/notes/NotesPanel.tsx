/**
 * The reader's notes beside a topic: a note for the page and notes pinned to its headings, written
 * in Markdown with GFM tables and task lists and $…$ / $$…$$ math, rendered as they type
 * (react-markdown, remark-gfm, remark-math, rehype-katex; raw HTML is shown as text, javascript:
 * links are dropped, a formula KaTeX cannot read shows as an error). Saved as typed. KaTeX's
 * JavaScript comes with this bundle only, its whole stylesheet when the panel opens.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import Markdown from 'react-markdown';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { encodeHash, pageFile } from '../../content/urls';
import { allTopicNotes, getTopicNotes, notesAsMarkdown, onNotesChange, saveTopicNotes, type Note, type TopicNotes } from '../../store/notes';
import type { PageInfo } from '../page';

export interface NotesContext {
  topic: string;
  lecture: string;
  title: string;
  headings: { id: string; text: string }[];
}

const SAVE_DELAY_MS = 400;

/** A note rendered as the reader sees it. */
export function NoteMarkdown({ text }: { text: string }) {
  return (
    <Markdown remarkPlugins={[remarkGfm, remarkMath]} rehypePlugins={[[rehypeKatex, { throwOnError: false, strict: 'ignore', trust: false }]]}>
      {text}
    </Markdown>
  );
}

export function NotesPanel({ page, context, anchor, onClose }: { page: PageInfo; context: NotesContext; anchor?: string; onClose: () => void }) {
  const { t } = page;
  const [saved, setSaved] = useState<TopicNotes | undefined>(undefined);
  const [editing, setEditing] = useState<Note | undefined>(undefined);
  const [status, setStatus] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const editor = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const fieldId = useId();

  useEffect(() => {
    let opened = anchor === undefined;
    const load = () =>
      void getTopicNotes(context.topic).then((notes) => {
        setSaved(notes ?? { topic: context.topic, lecture: context.lecture, title: context.title, lang: page.lang, labels: {}, notes: [] });
        // opened from a heading's marker: at the note pinned there, or a new one there
        if (!opened) {
          opened = true;
          setEditing(notes?.notes.find((n) => n.anchor === anchor) ?? newNote(anchor ?? ''));
        }
      });
    load();
    return onNotesChange((topic) => topic === context.topic && load());
  }, [context, anchor, page.lang]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const persist = useCallback(
    (notes: Note[]) => {
      const labels: Record<string, string> = {};
      for (const note of notes) if (note.anchor) labels[note.anchor] = context.headings.find((h) => h.id === note.anchor)?.text ?? note.anchor;
      const value: TopicNotes = { topic: context.topic, lecture: context.lecture, title: context.title, lang: page.lang, labels, notes };
      setSaved(value);
      return saveTopicNotes(value).then(() => setStatus(t.notesSaved));
    },
    [context, page.lang, t],
  );

  const edit = (note: Note, text: string) => {
    const next = { ...note, text, updatedAt: Date.now() };
    setEditing(next);
    setStatus(t.notesSaving);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const others = (saved?.notes ?? []).filter((n) => n.id !== next.id);
      void persist(next.text.trim() ? [...others, next] : others);
    }, SAVE_DELAY_MS);
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const pinTo = (note: Note, target: string) => {
    const next = { ...note, anchor: target, updatedAt: Date.now() };
    setEditing(next);
    if (saved?.notes.some((n) => n.id === note.id)) void persist([...saved.notes.filter((n) => n.id !== note.id), next]);
  };
  const remove = (note: Note) => {
    void persist((saved?.notes ?? []).filter((n) => n.id !== note.id));
    if (editing?.id === note.id) setEditing(undefined);
  };

  const label = (target: string) => (target ? (context.headings.find((h) => h.id === target)?.text ?? target) : t.notesWholePage);
  const notes = useMemo(() => [...(saved?.notes ?? [])].sort((a, b) => a.createdAt - b.createdAt), [saved]);

  // the editor takes focus when a note is opened, not on each key typed
  const editingId = editing?.id;
  useEffect(() => {
    if (editingId) editor.current?.focus();
  }, [editingId]);

  return (
    <aside className="notes-panel" aria-labelledby={titleId}>
      <div className="notes-head">
        <h2 id={titleId}>{t.myNotes}</h2>
        <button type="button" className="drawer-close" aria-label={t.close} onClick={onClose}>
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <p className="notes-status" role="status">
        {status}
      </p>
      {editing ? (
        <div className="notes-editor">
          <label htmlFor={`${fieldId}-pin`}>{t.notesPinnedTo}</label>
          <select id={`${fieldId}-pin`} value={editing.anchor} onChange={(event) => pinTo(editing, event.target.value)}>
            <option value="">{t.notesWholePage}</option>
            {context.headings.map((h) => (
              <option key={h.id} value={h.id}>
                {h.text}
              </option>
            ))}
          </select>
          <label htmlFor={fieldId}>{t.notesText}</label>
          <textarea id={fieldId} ref={editor} rows={8} value={editing.text} spellCheck onChange={(event) => edit(editing, event.target.value)} />
          <p className="notes-preview-title">{t.notesPreview}</p>
          <div className="notes-preview" aria-live="off">
            <NoteMarkdown text={editing.text} />
          </div>
          <p className="notes-actions">
            <button type="button" className="demo-button" onClick={() => setEditing(undefined)}>
              {t.notesDone}
            </button>
          </p>
        </div>
      ) : (
        <>
          <p className="notes-actions">
            <button type="button" className="demo-button" onClick={() => setEditing(newNote(''))}>
              {t.notesNew}
            </button>
          </p>
          {notes.length === 0 && <p className="notes-empty">{t.notesEmpty}</p>}
          <p className="notes-actions">
            <button type="button" className="demo-button" onClick={() => void exportLecture(page, context)}>
              {t.notesExport}
            </button>
          </p>
          <ul className="notes-list">
            {notes.map((note) => (
              <li key={note.id}>
                <p className="notes-where">{label(note.anchor)}</p>
                <div className="notes-rendered">
                  <NoteMarkdown text={note.text} />
                </div>
                <p className="notes-actions">
                  <button type="button" className="demo-button" onClick={() => setEditing(note)} aria-label={`${t.notesEdit}: ${label(note.anchor)}`}>
                    {t.notesEdit}
                  </button>
                  <button type="button" className="demo-button" onClick={() => remove(note)} aria-label={`${t.notesDelete}: ${label(note.anchor)}`}>
                    {t.notesDelete}
                  </button>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

/** Downloads the lecture's notes as one Markdown file, each heading linking back to its page or section. */
async function exportLecture(page: PageInfo, context: NotesContext): Promise<void> {
  const topics = (await allTopicNotes()).filter((topic) => topic.lecture === context.lecture && topic.lang === page.lang);
  const siteRoot = new URL(page.root || './', location.href);
  const href = (topic: TopicNotes, anchor: string) => new URL(pageFile(topic.lang, topic.topic), siteRoot).href + (anchor ? `#${encodeHash(anchor)}` : '');
  const lectureTitle = document.querySelector('.breadcrumbs li a')?.textContent ?? context.title;
  const blob = new Blob([notesAsMarkdown(lectureTitle, topics, href)], { type: 'text/markdown' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${context.lecture}-notes.md`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function newNote(anchor: string): Note {
  const now = Date.now();
  return { id: `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`, anchor, text: '', createdAt: now, updatedAt: now };
}
