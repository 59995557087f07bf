/**
 * Picked files → the Markdown and images of an import. Zips (and one zip inside a zip, as newer
 * Notion exports wrap `…-Part-1.zip`) are unpacked in place: an entry lands beside the zip, so
 * relative links between pages keep working. Runs in a Web Worker: no DOM, no Node APIs.
 *
 * Hostile input is stopped before it costs much: a zip's entry count and declared sizes are
 * checked before anything is inflated, and an entry is inflated in small steps into a buffer of
 * its declared size, so a header that lies about the size fails at the first step past it.
 * Hence the bytes actually unpacked never exceed the declared total, which stays within the limit.
 */
import { Inflate } from 'fflate';
import { IMPORT_LIMITS, ImportError, type ImportFile, type ImportProblem } from './types';

export type ImportLimits = { [K in keyof typeof IMPORT_LIMITS]: number };

export interface NoteFile {
  /** normalised: posix, NFC, no `.` or empty segments */
  path: string;
  text: string;
}

export interface UnpackedImport {
  /** Markdown files in the order found */
  notes: NoteFile[];
  /** images by normalised path */
  images: Map<string, Uint8Array>;
  /** skipped files */
  problems: ImportProblem[];
}

type Kind = 'markdown' | 'image' | 'zip' | 'other';

const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  avif: 'image/avif',
};

/** The MIME type of an image the import keeps, from its file name. */
export function imageType(path: string): string | undefined {
  return IMAGE_TYPES[extension(path)];
}

function extension(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function kindOf(path: string): Kind {
  const ext = extension(path);
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'zip') return 'zip';
  return ext in IMAGE_TYPES ? 'image' : 'other';
}

/**
 * Posix separators, NFC (macOS and Notion write Hangul decomposed, links and the reader use it
 * composed), no `.` or empty segments. Undefined for a path that would leave the import: a `..`
 * segment, or an absolute path (`/x`, `C:/x`).
 */
export function normalisePath(raw: string): string | undefined {
  const path = raw.replace(/\\/g, '/').normalize('NFC');
  if (path.startsWith('/') || /^[a-z]:/i.test(path)) return undefined;
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) return undefined;
  return parts.join('/');
}

/** macOS adds these to zips it makes: resource forks of other files, never content. */
function isMacMetadata(path: string): boolean {
  return path.split('/').some((part) => part === '__MACOSX' || part.startsWith('._') || part === '.DS_Store');
}

/** Markdown as text: UTF-8 with a BOM dropped; invalid bytes become U+FFFD instead of failing. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).normalize('NFC');
}

/** "63 MB", "1.5 KB", "12 bytes": sizes in messages, rounded up so a file just over a limit never reads as equal. */
export function formatSize(bytes: number): string {
  const units: [number, string][] = [
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Math.ceil((bytes / size) * 10) / 10} ${unit}`;
  }
  return `${bytes} bytes`;
}

const count = (n: number) => n.toLocaleString('en-US');

/** What every zip of one import has used so far: entries listed and bytes declared for unpacking. */
interface Budget {
  limits: ImportLimits;
  entries: number;
  bytes: number;
}

export function unpack(files: readonly ImportFile[], limits: ImportLimits = IMPORT_LIMITS): UnpackedImport {
  const out: UnpackedImport = { notes: [], images: new Map(), problems: [] };
  const seen = new Set<string>();
  const budget: Budget = { limits, entries: 0, bytes: 0 };

  /** One file, picked or found in a folder or zip; `depth` counts the zips it came out of. */
  const add = (rawPath: string, bytes: () => Uint8Array, depth: number, picked: boolean) => {
    const path = normalisePath(rawPath);
    const skip = (message: string) => out.problems.push({ file: path ?? rawPath, message: `skipped: ${message}` });
    if (path === undefined || path === '') return skip('the path leaves the import (".." or absolute)');
    if (isMacMetadata(path)) return skip('macOS metadata, not a note');
    const kind = kindOf(path);
    if (kind === 'other') {
      if (picked) throw new ImportError(`${path} is not a Markdown file or a zip`);
      return skip('not Markdown or an image');
    }
    if (kind === 'zip') {
      if (depth > 1) return skip('a zip inside a zip inside a zip is not unpacked');
      const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
      return unpackZip(path, bytes(), budget, depth === 1, (entry, data) => add(dir + entry, data, depth + 1, false));
    }
    if (seen.has(path)) return skip('another file has the same path');
    seen.add(path);
    if (kind === 'markdown') out.notes.push({ path, text: decodeText(bytes()) });
    else out.images.set(path, bytes());
  };

  for (const file of files) {
    if (file.bytes.length > limits.maxFileBytes) {
      throw new ImportError(`${file.path} is ${formatSize(file.bytes.length)}; the limit is ${formatSize(limits.maxFileBytes)} per file`);
    }
    // a bare name was picked as a file; a path with folders came from a picked folder
    add(file.path, () => file.bytes, 0, !normalisePath(file.path)?.includes('/'));
  }
  if (!out.notes.length) throw new ImportError(`no Markdown file found in ${describe(files)}`);
  return out;
}

function describe(files: readonly ImportFile[]): string {
  const names = [...new Set(files.map((f) => f.path.replace(/\\/g, '/').split('/')[0] ?? f.path))];
  if (!names.length) return 'the picked files (none)';
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
}

// ---------------------------------------------------------------------------------------------
// Zip reading: the central directory names every entry with its sizes; fflate inflates.

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

const CENTRAL_END = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** compressed bytes per inflate step: at most ~1,032× as many come out of one step */
const INFLATE_STEP = 16 * 1024;

class ZipFormatError extends Error {}

/** Lists the zip's entries, checks them against the budget, and hands each wanted one to `onEntry`. */
function unpackZip(zipName: string, bytes: Uint8Array, budget: Budget, nested: boolean, onEntry: (name: string, data: () => Uint8Array) => void): void {
  const { limits } = budget;
  let entries: ZipEntry[];
  try {
    const directory = findDirectory(bytes);
    // checked before the entries are read: a directory may claim millions of them
    budget.entries += directory.total;
    if (budget.entries > limits.maxZipEntries) {
      throw new ImportError(
        `${zipName} holds more than ${count(limits.maxZipEntries)} entries; the limit is ${count(limits.maxZipEntries)} files in an import`,
      );
    }
    entries = readEntries(bytes, directory);
  } catch (error) {
    throw unreadable(zipName, error);
  }
  // a nested zip's own bytes are replaced by what it unpacks to (both are in memory only briefly)
  if (nested) budget.bytes -= bytes.length;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue; // a folder
    onEntry(entry.name, () => {
      if (entry.flags & 1) throw new ImportError(`${zipName} is not a readable zip: "${entry.name}" is encrypted`);
      if (budget.bytes + entry.size > limits.maxUnpackedBytes) {
        throw new ImportError(
          `${zipName} unpacks to more than ${formatSize(limits.maxUnpackedBytes)}; the limit is ${formatSize(limits.maxUnpackedBytes)} unpacked`,
        );
      }
      budget.bytes += entry.size;
      try {
        return extract(bytes, entry);
      } catch (error) {
        throw unreadable(zipName, error);
      }
    });
  }
}

function unreadable(zipName: string, error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new ImportError(`${zipName} is not a readable zip: ${reason}`);
}

function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    view,
    u16: (at: number) => view.getUint16(at, true),
    u32: (at: number) => view.getUint32(at, true),
    inside: (at: number, length: number) => {
      if (at < 0 || at + length > bytes.length) throw new ZipFormatError('it is truncated');
    },
  };
}

/** The central directory's entry count and offset, from the end record (zip64 when it overflows). */
function findDirectory(bytes: Uint8Array): { total: number; offset: number } {
  const { view, u16, u32, inside } = reader(bytes);

  // the end record sits at the very end, followed only by a comment of up to 64 KB
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(at) === CENTRAL_END) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipFormatError('no zip directory at its end (truncated, or not a zip)');
  let total = u16(end + 10);
  let offset = u32(end + 16);
  if ((total === 0xffff || offset === 0xffffffff) && end >= 20 && u32(end - 20) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(end - 12, true));
    inside(record, 56);
    if (u32(record) !== ZIP64_END) throw new ZipFormatError('a damaged zip64 directory');
    total = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  }
  return { total, offset };
}

function readEntries(bytes: Uint8Array, { total, offset }: { total: number; offset: number }): ZipEntry[] {
  const { view, u16, u32, inside } = reader(bytes);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < total; i++) {
    inside(at, 46);
    if (u32(at) !== CENTRAL_ENTRY) throw new ZipFormatError('a damaged zip directory');
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    inside(at + 46, nameLength + extraLength);
    const flags = u16(at + 8);
    const entry: ZipEntry = {
      name: decodeName(bytes.subarray(at + 46, at + 46 + nameLength), flags),
      flags,
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      localHeader: u32(at + 42),
    };
    readZip64Sizes(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + u16(at + 32);
  }
  return entries;
}

/** A zip64 entry keeps its real sizes in an extra field, in this order, only for the saturated ones. */
function readZip64Sizes(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 0x0001) continue;
    let field = at + 4;
    const next = () => Number(view.getBigUint64((field += 8) - 8, true));
    if (entry.size === 0xffffffff) entry.size = next();
    if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
    if (entry.localHeader === 0xffffffff) entry.localHeader = next();
    return;
  }
}

/** UTF-8 when the zip says so or the bytes are valid UTF-8 (macOS omits the flag); else Latin-1. */
function decodeName(raw: Uint8Array, flags: number): string {
  try {
    return new TextDecoder('utf-8', { fatal: !(flags & 0x800) }).decode(raw);
  } catch {
    return new TextDecoder('latin1').decode(raw);
  }
}

function extract(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) throw new ZipFormatError(`"${entry.name}" has no local header`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new ZipFormatError(`"${entry.name}" is truncated`);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw new ZipFormatError(`"${entry.name}" is not the size its header declares`);
    // a copy: a view would keep (and store, and transfer) the whole zip with the one file
    return data.slice();
  }
  if (entry.method !== 8) throw new ZipFormatError(`"${entry.name}" uses compression method ${entry.method} (only deflate is read)`);
  return inflateBounded(data, entry);
}

/** Inflates into a buffer of the declared size, failing at the first step that would pass it. */
function inflateBounded(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const out = new Uint8Array(entry.size);
  let size = 0;
  const inflater = new Inflate((chunk) => {
    if (size + chunk.length > out.length) {
      throw new ZipFormatError(`"${entry.name}" unpacks to more than the ${formatSize(entry.size)} its header declares`);
    }
    out.set(chunk, size);
    size += chunk.length;
  });
  if (!data.length) inflater.push(data, true);
  for (let at = 0; at < data.length; at += INFLATE_STEP) {
    inflater.push(data.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= data.length);
  }
  if (size !== out.length) throw new ZipFormatError(`"${entry.name}" is smaller than its header declares`);
  return out;
}
