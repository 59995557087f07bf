/**
 * Search, loaded the first time it is opened (a React island; React comes from the shared
 * runtime). The page's own lecture index loads first, then every other lecture's, one at a time,
 * then the reader's imported lectures (indexed from the device), while the dialog is open; results
 * grow as they arrive.
 */
import type MiniSearch from 'minisearch';
import { useEffect, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { importedSearchDocuments } from '../../search/importedDocuments';
import { createSearchIndex, loadSearchIndex, type SearchDocument } from '../../search/searchIndex';
import { importedOutlines } from '../../store/importOutlines';
import { getImportedLecture } from '../../store/imports';
import type { PageInfo } from '../page';
import { loadScript } from '../runtime';
import { lectureScripts, type LectureScript } from '../lectures';
import { SearchDialog } from './SearchDialog';

const loaded: MiniSearch<SearchDocument>[] = [];
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();
let root: Root | undefined;
let host: HTMLElement | undefined;

function loadIndexes(page: PageInfo): Promise<void> {
  loading ??= (async () => {
    for (const script of lectureScripts()) {
      try {
        const lecture = await loadScript<LectureScript>(script);
        loaded.push(loadSearchIndex(await loadScript<unknown>(page.root + lecture.search)));
        listeners.forEach((listener) => listener());
      } catch {
        // a lecture whose index cannot load is left out of the results
      }
    }
    // the reader's imported lectures, indexed here from the device, into a course index: scores
    // compare only within one index (in an index of a few sections every word looks common)
    for (const outline of importedOutlines()) {
      try {
        const lecture = await getImportedLecture(outline.id);
        const documents = lecture ? importedSearchDocuments(lecture, page.lang, page.t.myLectures) : [];
        if (loaded[0]) loaded[0].addAll(documents);
        else loaded.push(createSearchIndex(documents));
        listeners.forEach((listener) => listener());
      } catch {
        // an imported lecture that cannot be read is left out of the results
      }
    }
  })();
  return loading;
}

function Search({ page, onClose }: { page: PageInfo; onClose: () => void }) {
  const [indexes, setIndexes] = useState(() => [...loaded]);
  const total = lectureScripts().length + importedOutlines().length;
  useEffect(() => {
    const update = () => setIndexes([...loaded]);
    listeners.add(update);
    void loadIndexes(page);
    return () => {
      listeners.delete(update);
    };
  }, [page]);
  return <SearchDialog page={page} indexes={indexes} total={total} onClose={onClose} />;
}

/** Opens the search dialog; `returnFocus` gets the focus back when it closes. */
export function openSearch(page: PageInfo, returnFocus?: HTMLElement): void {
  if (host?.isConnected && host.querySelector('dialog[open]')) return;
  host ??= document.body.appendChild(document.createElement('div'));
  root ??= createRoot(host);
  root.render(
    <Search
      key={Date.now()}
      page={page}
      onClose={() => {
        root?.render(null);
        returnFocus?.focus();
      }}
    />,
  );
}
