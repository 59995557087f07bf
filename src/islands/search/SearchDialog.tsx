/**
 * The search dialog: a field, and results grouped by topic with the path and a snippet, the match
 * marked. Arrow keys move through the results, Enter opens one at its heading, Esc closes. The
 * page's own lecture is searched at once; the course's other lectures join as their indexes load.
 */
import type MiniSearch from 'minisearch';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { encodeHash, relativeUrl } from '../../content/urls';
import { groupByTopic, searchAll, snippet, type SearchDocument, type SearchHit } from '../../search/searchIndex';
import type { PageInfo } from '../page';

export interface SearchDialogProps {
  page: PageInfo;
  /** the lecture indexes loaded so far, and how many there are in all */
  indexes: MiniSearch<SearchDocument>[];
  total: number;
  onClose: () => void;
}

export function SearchDialog({ page, indexes, total, onClose }: SearchDialogProps) {
  const { t } = page;
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  // the highlighted result, for the query it was chosen in: a new query starts at the first
  const [choice, setChoice] = useState({ query: '', index: 0 });
  const listId = useId();

  useEffect(() => {
    const element = dialog.current!;
    if (!element.open) element.showModal();
    input.current?.focus();
    const close = () => onClose();
    element.addEventListener('close', close);
    return () => element.removeEventListener('close', close);
  }, [onClose]);

  const groups = useMemo(() => groupByTopic(searchAll(indexes, deferredQuery)), [indexes, deferredQuery]);
  const hits = useMemo(() => groups.flatMap((g) => g.hits), [groups]);
  const active = choice.query === deferredQuery ? choice.index : 0;
  const setActive = (index: number) => setChoice({ query: deferredQuery, index });
  const href = (hit: SearchHit) => relativeUrl(page.file, hit.file) + (hit.anchor ? `#${encodeHash(hit.anchor)}` : '');
  const open = (hit: SearchHit | undefined) => {
    if (!hit) return;
    dialog.current?.close();
    location.href = href(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(hits.length ? (active + step + hits.length) % hits.length : 0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(hits[active]);
    } else if (event.key === 'Escape') {
      // a search field would only clear itself: Esc closes search
      event.preventDefault();
      dialog.current?.close();
    }
  };
  useEffect(() => {
    document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, listId]);

  const loading = indexes.length < total;
  // each hit's place in the list, for the keyboard's highlight
  const positions = new Map(hits.map((hit, index) => [hit.id, index]));
  return (
    <dialog ref={dialog} className="search-dialog" aria-label={t.search}>
      <div className="search-field">
        <input
          ref={input}
          type="search"
          role="combobox"
          aria-label={t.search}
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={hits.length ? `${listId}-${active}` : undefined}
          aria-autocomplete="list"
          placeholder={t.searchPlaceholder}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          autoComplete="off"
          spellCheck={false}
        />
        <button type="button" className="search-close" onClick={() => dialog.current?.close()} aria-label={t.close}>
          Esc
        </button>
      </div>
      <p className="search-status" role="status">
        {deferredQuery.trim() ? (hits.length ? t.searchResults(hits.length) : t.searchNone) : ''}
        {loading ? ` ${t.searchLoading(indexes.length, total)}` : ''}
      </p>
      <div className="search-results" id={listId} role="listbox" aria-label={t.searchResultsLabel} data-query={deferredQuery} data-indexes={indexes.length}>
        {groups.map((group) => (
          <div key={group.file} role="group" aria-label={group.topic} className="search-group">
            <p className="search-path" aria-hidden="true">
              {group.path}
            </p>
            {group.hits.map((hit) => {
              const index = positions.get(hit.id) ?? 0;
              const terms = Object.keys(hit.match);
              return (
                <a
                  key={hit.id}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className="search-hit"
                  href={href(hit)}
                  tabIndex={-1}
                  onMouseMove={() => setActive(index)}
                  onClick={(event) => {
                    event.preventDefault();
                    open(hit);
                  }}
                >
                  <span className="search-heading">{hit.heading || hit.topic}</span>
                  <span className="search-snippet">
                    {snippet(hit.text, terms).map((run, i) => (run.match ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>))}
                  </span>
                </a>
              );
            })}
          </div>
        ))}
      </div>
    </dialog>
  );
}
