/**
 * Starts the import worker. This is the development version (Vite serves the worker as a module);
 * the build replaces this module with a bundle that starts the worker from its own source as a
 * blob, because a worker script cannot be loaded from file:// (see tooling/bundles).
 */
export function createImportWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
}
