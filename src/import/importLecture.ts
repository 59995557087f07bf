/**
 * The import's one entry point: picked files in, one lecture out (or an ImportError naming why
 * the whole import was refused). Pure and browser-safe: it runs in a Web Worker.
 */
import type { Lang } from '../content/types';
import type { DiagramDefinition } from '../diagrams/types';
import { compileLecture } from './compileLecture';
import { cleanPath, cleanSourceName, lectureIdOf, planLecture } from './notion';
import { ImportError, type ImportedLecture, type ImportFile } from './types';
import { unpack, type ImportLimits } from './unpack';

export interface ImportOptions {
  lang: Lang;
  /** the zip's or folder's name, or the first file's */
  source: string;
  /** the import's time (ms since the epoch); now by default */
  now?: number;
  /** the registered diagrams (loadDiagrams): drawn where a note places them or a seed figure was lost */
  diagrams: Map<string, DiagramDefinition>;
  /** the registered demos a note may place */
  demoIds: readonly string[];
  /** registered demos' titles (optional: without them a demo's place shows no title) */
  demoTitles?: ReadonlyMap<string, Record<Lang, string>>;
  /** lower limits, for tests; IMPORT_LIMITS by default */
  limits?: ImportLimits;
}

export function importLecture(files: readonly ImportFile[], options: ImportOptions): ImportedLecture {
  const unpacked = unpack(files, options.limits);
  const pages = planLecture(unpacked.notes.map((note) => note.path));
  const { topics, assets, problems } = compileLecture(pages, unpacked, options);
  if (!topics.length) {
    const why = problems.find((p) => p.file === pages[0]?.file)?.message ?? 'no note compiled';
    throw new ImportError(`none of the ${pages.length} Markdown files could be imported (${pages[0]?.file}: ${why})`);
  }
  const roots = topics.filter((topic) => !topic.parent);
  const title = (roots.length === 1 ? roots[0]!.title : cleanSourceName(options.source)) || topics[0]!.title;
  return {
    id: lectureIdOf(options.source, title),
    title,
    source: options.source,
    lang: options.lang,
    importedAt: options.now ?? Date.now(),
    topics,
    assets,
    problems: [...unpacked.problems.map((problem) => ({ ...problem, file: cleanPath(problem.file) })), ...problems],
    sources: unpacked.notes.map(({ path, text }) => ({ path, text })),
  };
}
