import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { demoIds } from '../demos/registry';
import { loadDiagrams } from '../diagrams/inline';
import { importLecture } from '../import/importLecture';
import { exportedLecture, filesOf, fromBase64, toBase64, validExportedLecture } from './exportedLectures';

const diagrams = await loadDiagrams();
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 255]);

describe('imported lectures in the export', () => {
  it('base64 carries every byte value, and large images', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(all))).toEqual(all);
    const large = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7) % 256);
    expect(fromBase64(toBase64(large))).toEqual(large);
  });

  it('restoring an exported lecture imports the same pages, images and links again', async () => {
    const root = 'Course 0123456789abcdef0123456789abcdef';
    const zip = zipSync({
      [`${root}.md`]: strToU8(
        `# Course\n\n## Part\n\n$a^2$ and ![plot](${encodeURIComponent(root)}/plot.png)\n\n[next](${encodeURIComponent(root)}/Next%20fedcba9876543210fedcba9876543210.md#more)`,
      ),
      [`${root}/Next fedcba9876543210fedcba9876543210.md`]: strToU8('# Next\n\n## More\n\ntext'),
      [`${root}/plot.png`]: PNG,
    });
    const options = { lang: 'ko' as const, source: 'Export.zip', now: 5, diagrams, demoIds };
    const lecture = importLecture([{ path: 'Export.zip', bytes: zip }], options);
    const exported = JSON.parse(JSON.stringify(exportedLecture({ ...lecture, title: 'Renamed' })));
    expect(validExportedLecture(exported)).toBe(true);
    expect(exported.title).toBe('Renamed');
    const files = await Promise.all(filesOf(exported).map(async ({ path, file }) => ({ path, bytes: new Uint8Array(await file.arrayBuffer()) })));
    const again = importLecture(files, options);
    expect(again.id).toBe(lecture.id);
    expect(again.topics).toEqual(lecture.topics);
    expect(again.assets).toEqual(lecture.assets);
  });

  it('refuses a lecture that is damaged or not one', () => {
    const good = {
      id: 'a',
      title: 'A',
      source: 'a.md',
      lang: 'ko',
      importedAt: 1,
      sources: [{ path: 'a.md', text: '# A' }],
      assets: { 'p.png': { type: 'image/png', base64: 'iVBORw==' } },
    };
    expect(validExportedLecture(good)).toBe(true);
    expect(validExportedLecture({ ...good, lang: 'fr' })).toBe(false);
    expect(validExportedLecture({ ...good, sources: [] })).toBe(false);
    expect(validExportedLecture({ ...good, sources: [{ path: 'a.md' }] })).toBe(false);
    expect(validExportedLecture({ ...good, assets: { 'p.png': { type: 'image/png', base64: 'not base64!' } } })).toBe(false);
    expect(validExportedLecture(null)).toBe(false);
  });
});
