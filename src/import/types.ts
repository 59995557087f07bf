/**
 * A reader's own lecture, imported from Markdown files, a folder or a Notion export, compiled on
 * the device by the same content pipeline as the build, and stored there (see src/store/imports).
 */
import type { Place } from '../content/note';
import type { Heading, Lang } from '../content/types';
import type { NoteSection } from '../search/sections';

/** One picked file: its path as picked (a folder's relative path, else the file name), posix separators. */
export interface ImportFile {
  path: string;
  bytes: Uint8Array;
}

/** Something in an import that did not compile as written; `line`/`column` when the pipeline knows them. */
export interface ImportProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface ImportedTopic {
  /** unique within the lecture; lower-case words joined by "-" (or the cleaned file name) */
  id: string;
  /** the topic it sits under in the lecture's tree (a Notion page's sub-pages, a folder's notes) */
  parent?: string;
  title: string;
  /** the source file, its Notion ids removed, for the report and the reader */
  file: string;
  /** the note's body as the reader shows it: sanitised HTML, formulas and diagrams rendered.
   * Images stored with the lecture have `src="sn-asset:<key>"`; links to other topics of the
   * lecture are `?topic=<id>#<anchor>` (the reader page adds the lecture). */
  html: string;
  headings: Heading[];
  /** headings, figures and demos in document order (the table of contents) */
  places: Place[];
  /** for search */
  sections: NoteSection[];
}

export interface ImportedAsset {
  /** MIME type from the file name */
  type: string;
  bytes: Uint8Array;
}

export interface ImportedLecture {
  /** stable for the same source name, so re-importing replaces the lecture (after a confirmation) */
  id: string;
  title: string;
  /** what was imported: the zip's or folder's name, or the first file's */
  source: string;
  lang: Lang;
  importedAt: number;
  /** in reading order: a parent before its children */
  topics: ImportedTopic[];
  /** images the lecture shows, by key (the path inside the import) */
  assets: Record<string, ImportedAsset>;
  /** content errors and skipped files, as `file:line:col message` lines in the import report */
  problems: ImportProblem[];
  /** the notes as imported (decoded, NFC paths): an export carries them with the assets, and
   * restoring an export imports them again, through the same pipeline and sanitiser */
  sources: ImportSource[];
}

export interface ImportSource {
  path: string;
  text: string;
}

/** The whole import was refused (nothing is stored); the message names the limit or the cause. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Limits that keep a hostile or accidental input from exhausting the device. */
export const IMPORT_LIMITS = {
  /** any one picked file */
  maxFileBytes: 50 * 1024 * 1024,
  /** everything a zip (and any zip inside it) unpacks to */
  maxUnpackedBytes: 200 * 1024 * 1024,
  maxZipEntries: 5000,
} as const;
