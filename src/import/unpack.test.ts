import { deflateSync, inflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, ImportError, type ImportFile } from './types';
import { decodeText, formatSize, normalisePath, unpack, type ImportLimits } from './unpack';

const md = (text: string) => strToU8(text);
const file = (path: string, bytes: Uint8Array): ImportFile => ({ path, bytes });
const limits = (over: Partial<ImportLimits>): ImportLimits => ({ ...IMPORT_LIMITS, ...over });

/** The ImportError an unpack throws (fails the test when it does not throw one). */
function refusal(files: ImportFile[], lim?: ImportLimits): string {
  let thrown: unknown;
  try {
    unpack(files, lim);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ImportError);
  return (thrown as Error).message;
}

interface RawEntry {
  name: string;
  /** the bytes as stored (deflated when method is 8) */
  data: Uint8Array;
  method: 0 | 8;
  /** the uncompressed size the headers declare (may lie) */
  declared: number;
}

/** A zip written by hand, so its headers can say what a hostile one says. CRCs are left 0. */
function rawZip(entries: RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x800, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.declared, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const head = new Uint8Array(46 + name.length);
    const cv = new DataView(head.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x800, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, entry.declared, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    head.set(name, 46);
    parts.push(local, entry.data);
    central.push(head);
    offset += local.length + entry.data.length;
  }
  const centralSize = central.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return concat([...parts, ...central, end]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * A deflate stream of 1 + 258·repeats zeros, written by hand (a fixed-Huffman block: one literal 0,
 * then "copy 258 bytes from 1 back" over and over), so a 200 MB bomb costs ~1.4 MB and no time.
 */
function zerosBomb(repeats: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((3 + 8 + 13 * repeats + 7) / 8));
  let bit = 0;
  const bits = (value: number, count: number, msbFirst: boolean) => {
    for (let i = 0; i < count; i++) {
      const b = msbFirst ? (value >> (count - 1 - i)) & 1 : (value >> i) & 1;
      out[bit >> 3]! |= b << (bit & 7);
      bit++;
    }
  };
  bits(0b011, 3, false); // last block, fixed Huffman codes
  bits(0x30, 8, true); // literal 0
  for (let i = 0; i < repeats; i++) {
    bits(0xc5, 8, true); // length 258 (code 285)
    bits(0, 5, true); // distance 1
  }
  bits(0, 7, true); // end of block
  return out;
}

describe('picked files', () => {
  it('reads Markdown as UTF-8, drops a BOM, and turns invalid bytes into replacement characters', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...md('# 제목\n')]);
    const broken = new Uint8Array([...md('a '), 0xff, 0xfe, ...md(' b')]);
    const { notes } = unpack([file('a.md', bom), file('b.markdown', broken)]);
    expect(notes.map((n) => n.path)).toEqual(['a.md', 'b.markdown']);
    expect(notes[0]!.text).toBe('# 제목\n');
    expect(notes[1]!.text).toBe('a \uFFFD\uFFFD b');
  });

  it('refuses a picked file that is neither Markdown, a zip nor an image', () => {
    expect(refusal([file('notes.md', md('# x')), file('slides.pdf', new Uint8Array(10))])).toBe('slides.pdf is not a Markdown file or a zip');
  });

  it('skips such a file inside a picked folder, with a problem', () => {
    const { notes, problems } = unpack([file('Lecture/a.md', md('# a')), file('Lecture/data.csv', md('x,y')), file('Lecture/.DS_Store', new Uint8Array(4))]);
    expect(notes.map((n) => n.path)).toEqual(['Lecture/a.md']);
    expect(problems).toEqual([
      { file: 'Lecture/data.csv', message: 'skipped: not Markdown or an image' },
      { file: 'Lecture/.DS_Store', message: 'skipped: macOS metadata, not a note' },
    ]);
  });

  it('refuses a file over the per-file limit, naming both sizes (without allocating the real limit)', () => {
    const message = refusal([file('big.zip', new Uint8Array(3 * 1024 + 100))], limits({ maxFileBytes: 2 * 1024 }));
    expect(message).toBe('big.zip is 3.1 KB; the limit is 2 KB per file');
    expect(formatSize(63 * 1024 * 1024)).toBe('63 MB');
    expect(formatSize(IMPORT_LIMITS.maxFileBytes)).toBe('50 MB');
  });

  it('refuses an import with no Markdown, naming what was picked', () => {
    expect(refusal([file('photos.zip', zipSync({ 'a.png': new Uint8Array(8) }))])).toBe('no Markdown file found in photos.zip');
    expect(refusal([file('Pictures/a.png', new Uint8Array(8))])).toBe('no Markdown file found in Pictures');
  });
});

describe('zips', () => {
  it('unpacks Markdown and images beside the zip, skipping other files and macOS metadata with problems', () => {
    const zip = zipSync({
      'Page.md': md('# Page'),
      'Page/img.png': new Uint8Array([1, 2, 3]),
      'Page/table.csv': md('a,b'),
      '__MACOSX/Page/._img.png': new Uint8Array(4),
      '__MACOSX/._Page.md': new Uint8Array(4),
      'empty/': new Uint8Array(0),
    });
    const { notes, images, problems } = unpack([file('Folder/export.zip', zip)]);
    expect(notes.map((n) => n.path)).toEqual(['Folder/Page.md']);
    expect([...images.keys()]).toEqual(['Folder/Page/img.png']);
    expect([...images.get('Folder/Page/img.png')!]).toEqual([1, 2, 3]);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'Folder/Page/table.csv: skipped: not Markdown or an image',
      'Folder/__MACOSX/Page/._img.png: skipped: macOS metadata, not a note',
      'Folder/__MACOSX/._Page.md: skipped: macOS metadata, not a note',
    ]);
  });

  it('gives a stored image its own buffer, not a view of the whole zip', () => {
    const zip = zipSync({ 'a.md': md('# a'), 'b.png': [new Uint8Array([9, 9, 9]), { level: 0 }] });
    const image = unpack([file('x.zip', zip)]).images.get('b.png')!;
    expect([...image]).toEqual([9, 9, 9]);
    expect(image.buffer.byteLength).toBe(3);
  });

  it('unpacks a zip inside the zip (newer Notion exports), but not a third level', () => {
    const innermost = zipSync({ 'deep.md': md('# deep') });
    const part = zipSync({ 'Page 0123456789abcdef0123456789abcdef.md': md('# Page'), 'sub/inner.zip': innermost });
    const outer = zipSync({ 'Export-0a1b2c3d-1111-2222-3333-444455556666-Part-1.zip': part });
    const { notes, problems } = unpack([file('Export-0a1b2c3d-1111-2222-3333-444455556666.zip', outer)]);
    expect(notes.map((n) => n.path)).toEqual(['Page 0123456789abcdef0123456789abcdef.md']);
    expect(problems).toEqual([{ file: 'sub/inner.zip', message: 'skipped: a zip inside a zip inside a zip is not unpacked' }]);
  });

  it('refuses a corrupt or truncated zip, saying why', () => {
    const zip = zipSync({ 'a.md': md('# a\n'.repeat(200)) });
    expect(refusal([file('cut.zip', zip.subarray(0, zip.length - 30))])).toMatch(/^cut\.zip is not a readable zip: /);
    expect(refusal([file('junk.zip', md('this is not a zip at all, only text'))])).toBe(
      'junk.zip is not a readable zip: no zip directory at its end (truncated, or not a zip)',
    );
    const damaged = zip.slice();
    damaged.fill(0xff, 40, 60); // inside the deflated data
    expect(refusal([file('damaged.zip', damaged)])).toMatch(/^damaged\.zip is not a readable zip: \S/);
  });

  it('refuses a zip with too many entries before reading them, at the real limit', () => {
    const entries: Record<string, Uint8Array> = { 'a.md': md('# a') };
    for (let i = 0; i < IMPORT_LIMITS.maxZipEntries; i++) entries[`f/${i}.txt`] = new Uint8Array(0);
    expect(refusal([file('many.zip', zipSync(entries, { level: 0 }))])).toBe('many.zip holds more than 5,000 entries; the limit is 5,000 files in an import');
  });

  it('counts the entries of a nested zip toward the same limit', () => {
    const inner = zipSync({ 'a.md': md('a'), 'b.md': md('b'), 'c.md': md('c') });
    const outer = zipSync({ 'x.md': md('x'), 'inner.zip': inner });
    expect(unpack([file('o.zip', outer)], limits({ maxZipEntries: 5 })).notes).toHaveLength(4);
    expect(refusal([file('o.zip', outer)], limits({ maxZipEntries: 4 }))).toBe('inner.zip holds more than 4 entries; the limit is 4 files in an import');
  });

  it('refuses a zip whose files add up to more than the unpacked limit, nested zips included', () => {
    const text = md('x'.repeat(2500));
    const inner = zipSync({ 'b.md': text, 'c.md': text });
    const outer = zipSync({ 'a.md': text, 'inner.zip': inner });
    // 7,500 bytes of notes: the nested zip's own bytes are replaced by what it unpacks to
    expect(unpack([file('o.zip', outer)], limits({ maxUnpackedBytes: 7500 })).notes).toHaveLength(3);
    expect(refusal([file('o.zip', outer)], limits({ maxUnpackedBytes: 7499 }))).toBe('inner.zip unpacks to more than 7.4 KB; the limit is 7.4 KB unpacked');
  });

  it('refuses an entry that declares more than the real 200 MB limit before inflating anything', () => {
    const zip = rawZip([{ name: 'huge.md', data: deflateSync(md('small')), method: 8, declared: 250 * 1024 * 1024 }]);
    expect(refusal([file('huge.zip', zip)])).toBe('huge.zip unpacks to more than 200 MB; the limit is 200 MB unpacked');
  });

  it('stops a zip bomb whose header lies about its size early, at the real limits', () => {
    expect(inflateSync(zerosBomb(1000))).toEqual(new Uint8Array(1 + 258 * 1000)); // the bomb is real
    const bomb = zerosBomb(Math.ceil((210 * 1024 * 1024) / 258)); // 210 MB of zeros in 1.4 MB, declared as 1 KB
    const zip = rawZip([
      { name: 'a.md', data: md('# a'), method: 0, declared: 3 },
      { name: 'bomb.md', data: bomb, method: 8, declared: 1024 },
    ]);
    const before = process.memoryUsage().arrayBuffers;
    expect(refusal([file('bomb.zip', zip)])).toBe('bomb.zip is not a readable zip: "bomb.md" unpacks to more than the 1 KB its header declares');
    // stopped within the first inflate step: nowhere near the 210 MB the entry unpacks to
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses an entry smaller than its header says', () => {
    const zip = rawZip([{ name: 'a.md', data: deflateSync(md('# a')), method: 8, declared: 100 }]);
    expect(refusal([file('short.zip', zip)])).toBe('short.zip is not a readable zip: "a.md" is smaller than its header declares');
  });

  it('skips entries whose paths leave the import', () => {
    const zip = rawZip(
      ['../evil.md', '/etc/passwd.md', 'a/../../up.md', 'C:/win.md', 'ok/./fine.md'].map((name) => ({
        name,
        data: md('# x'),
        method: 0 as const,
        declared: 3,
      })),
    );
    const { notes, problems } = unpack([file('t.zip', zip)]);
    expect(notes.map((n) => n.path)).toEqual(['ok/fine.md']);
    expect(problems.map((p) => p.file)).toEqual(['../evil.md', '/etc/passwd.md', 'a/../../up.md', 'C:/win.md']);
    expect(new Set(problems.map((p) => p.message))).toEqual(new Set(['skipped: the path leaves the import (".." or absolute)']));
  });

  it('normalises names to NFC (macOS and Notion write Hangul decomposed)', () => {
    const nfd = '강의 노트'.normalize('NFD');
    expect(nfd).not.toBe('강의 노트');
    const zip = zipSync({ [`${nfd}.md`]: md(`# ${nfd}`), [`${nfd}/그림.png`.normalize('NFD')]: new Uint8Array(1) });
    const { notes, images } = unpack([file('k.zip', zip)]);
    expect(notes[0]!.path).toBe('강의 노트.md');
    expect(notes[0]!.text).toBe('# 강의 노트');
    expect([...images.keys()]).toEqual(['강의 노트/그림.png']);
    expect(normalisePath('a\\b\\..\\c')).toBeUndefined();
    expect(normalisePath('a\\.\\b//c.md')).toBe('a/b/c.md');
  });

  it('keeps the first of two files with the same path', () => {
    const { notes, problems } = unpack([file('a.md', md('one')), file('z.zip', zipSync({ 'a.md': md('two') }))]);
    expect(notes).toEqual([{ path: 'a.md', text: 'one' }]);
    expect(problems).toEqual([{ file: 'a.md', message: 'skipped: another file has the same path' }]);
  });

  it('decodes text the same whether the bytes come picked or zipped', () => {
    expect(decodeText(md('é'.normalize('NFD')))).toBe('é');
  });
});
