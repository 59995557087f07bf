/**
 * Parts of the reader that load only when a page needs them. In `npm run dev` these are ordinary
 * dynamic imports; the build turns each into its own classic-script bundle and each import() here
 * into a load of that bundle (see tooling/bundles), because import() does not work on file://.
 */
export const lazy = {
  /** React and the islands that are React components: demos, and the study tools */
  reactIslands: () => import('./react/reactIslands'),
  /** search: the dialog, MiniSearch and the Korean-aware terms (needs reactIslands first) */
  search: () => import('./search/searchIsland'),
  /** the reader's notes panel: Markdown and KaTeX for notes (needs reactIslands first) */
  notes: () => import('./notes/notesIsland'),
  /** spaced review: the FSRS scheduler and the review page (loaded at the first answer) */
  review: () => import('./review/reviewTools'),
  /** the reader's imported lectures: the import page and each imported topic */
  myLectures: () => import('./myLectures/myLecturesPage'),
  /** the import pipeline's worker (unzipping, the content pipeline, KaTeX, diagrams): loaded at an import */
  importWorker: () => import('../import/workerSource'),
  /** the service worker's client: offline reading and the "new version" prompt */
  offline: () => import('./offline/offline'),
};
