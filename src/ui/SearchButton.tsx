import { useView } from './ViewContext';

/** Opens search (the search island); also "/" and Ctrl+K or ⌘K. Shown only where JavaScript runs. */
export function SearchButton() {
  const { t } = useView();
  return (
    <button type="button" className="search-button" data-island="search" aria-keyshortcuts="/ Control+K Meta+K">
      <span className="search-icon" aria-hidden="true" />
      <span className="search-label">{t.search}</span>
      <kbd aria-hidden="true">/</kbd>
    </button>
  );
}
