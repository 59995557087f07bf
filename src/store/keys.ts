/** localStorage keys. Every file:// page shares one origin, so each key is namespaced by the app. */
export const PREFERENCES_KEY = 'study-notes:preferences';
/** The language the reader chose (or the entry page chose for them on the first visit). */
export const LANGUAGE_KEY = 'study-notes:lang';
/** The outline (titles, topic ids) of every lecture the reader imported; the lectures are in IndexedDB. */
export const IMPORTS_KEY = 'study-notes:imports';
