/**
 * Imported lectures in the JSON export: the notes as they were imported and the images they show
 * (base64), with the reader's title. Restoring one imports its notes again, through the import's
 * pipeline and sanitiser, so a hand-edited export cannot put HTML of its own on a page.
 */
import { LANGS, type Lang } from '../content/types';
import type { ImportedLecture, ImportSource } from '../import/types';

export interface ExportedLecture {
  id: string;
  title: string;
  source: string;
  lang: Lang;
  importedAt: number;
  sources: ImportSource[];
  /** by path inside the import */
  assets: Record<string, { type: string; base64: string }>;
}

export function exportedLecture(lecture: ImportedLecture): ExportedLecture {
  const assets: ExportedLecture['assets'] = {};
  for (const [key, asset] of Object.entries(lecture.assets)) assets[key] = { type: asset.type, base64: toBase64(asset.bytes) };
  const { id, title, source, lang, importedAt, sources } = lecture;
  return { id, title, source, lang, importedAt, sources, assets };
}

export function validExportedLecture(value: unknown): value is ExportedLecture {
  const v = value as Partial<ExportedLecture> | null;
  return (
    !!v &&
    typeof v.id === 'string' &&
    typeof v.title === 'string' &&
    typeof v.source === 'string' &&
    LANGS.includes(v.lang as Lang) &&
    typeof v.importedAt === 'number' &&
    Array.isArray(v.sources) &&
    v.sources.length > 0 &&
    v.sources.every((s) => typeof s?.path === 'string' && typeof s.text === 'string') &&
    !!v.assets &&
    typeof v.assets === 'object' &&
    Object.values(v.assets).every((a) => typeof a?.type === 'string' && typeof a.base64 === 'string' && BASE64.test(a.base64))
  );
}

/** The files to import again: each note as text, each image as its bytes, at their paths. */
export function filesOf(lecture: ExportedLecture): { path: string; file: Blob }[] {
  return [
    ...lecture.sources.map(({ path, text }) => ({ path, file: new Blob([text], { type: 'text/markdown' }) })),
    ...Object.entries(lecture.assets).map(([path, { type, base64 }]) => ({ path, file: new Blob([fromBase64(base64) as BlobPart], { type }) })),
  ];
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // in slices: spreading a large array into one call overflows the stack
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
