/** Files as the reader picked or dropped them, each with its path inside what was picked. */
export interface PickedFile {
  path: string;
  file: File;
}

/** From an <input type="file">: a folder pick carries each file's path inside the folder. */
export function fromInput(files: FileList): PickedFile[] {
  return [...files].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
}

/** From a drop: files, and folders walked through (where the browser lets a page read them). */
export async function fromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.()).filter((entry): entry is FileSystemEntry => Boolean(entry));
  if (!entries.length) return [...data.files].map((file) => ({ path: file.name, file }));
  const picked: PickedFile[] = [];
  for (const entry of entries) await walk(entry, picked);
  return picked;
}

async function walk(entry: FileSystemEntry, into: PickedFile[]): Promise<void> {
  const path = entry.fullPath.replace(/^\//, '');
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    into.push({ path, file });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // a directory reader answers in batches until an empty one
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) break;
    for (const child of batch) await walk(child, into);
  }
}

/** What the import is called: the zip's or folder's name, else the first file's. */
export function sourceName(picked: readonly PickedFile[]): string {
  const first = picked[0]?.path ?? '';
  const folder = first.includes('/') ? first.split('/')[0]! : undefined;
  return folder ?? first.replace(/\.(md|markdown|zip)$/i, '');
}
