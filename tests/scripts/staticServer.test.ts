import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../tooling/staticServer';

const SCRIPT = `console.log(${JSON.stringify('압축 '.repeat(400))});\n`;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  writeFileSync(join(dir, 'app-abcdefgh12.js'), SCRIPT);
  writeFileSync(join(dir, 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]));
  writeFileSync(join(dir, '404.html'), '<!doctype html><title>not found</title>');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (url: string, encoding: string) => fetch(url, { headers: { 'accept-encoding': encoding } });

describe('the static server the bench and npm start use', () => {
  it('compresses text as the browser accepts, and leaves binary files and raw serving alone', async () => {
    const server = await startStaticServer(dir);
    const raw = await startStaticServer(dir, { compress: false });
    try {
      // undici would decode the body itself: read the bytes as sent
      const br = await get(server.url + 'app-abcdefgh12.js', 'br');
      expect(br.headers.get('content-encoding')).toBe('br');
      expect(br.headers.get('cache-control')).toContain('immutable');
      const gzip = await get(server.url + 'app-abcdefgh12.js', 'gzip');
      expect(gzip.headers.get('content-encoding')).toBe('gzip');
      expect(Number(br.headers.get('content-length') ?? Infinity)).toBeLessThan(Buffer.byteLength(SCRIPT) / 4);
      expect(await br.text()).toBe(SCRIPT);
      expect(await gzip.text()).toBe(SCRIPT);
      const font = await get(server.url + 'font.woff2', 'br');
      expect(font.headers.get('content-encoding')).toBeNull();
      const plain = await get(raw.url + 'app-abcdefgh12.js', 'br');
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(await plain.text()).toBe(SCRIPT);
    } finally {
      await server.close();
      await raw.close();
    }
  });

  it('compresses ahead of the first request what it is asked to', async () => {
    const file = join(dir, 'ahead-abcdefgh12.js');
    writeFileSync(file, SCRIPT);
    // a whole second: the file system keeps it exactly when it is set again
    const mtime = 1_700_000_000;
    utimesSync(file, mtime, mtime);
    const ahead = await startStaticServer(dir);
    const onDemand = await startStaticServer(dir);
    try {
      ahead.precompress(['ahead-abcdefgh12.js', 'font.woff2']);
      // the file changes under the same modification time: what was compressed ahead is what is sent
      writeFileSync(file, '// changed\n');
      utimesSync(file, mtime, mtime);
      const sent = async (url: string) => {
        const response = await get(url, 'br');
        return { encoding: response.headers.get('content-encoding'), text: await response.text() };
      };
      expect(await sent(ahead.url + 'ahead-abcdefgh12.js')).toEqual({ encoding: 'br', text: SCRIPT });
      expect(await sent(onDemand.url + 'ahead-abcdefgh12.js')).toEqual({ encoding: 'br', text: '// changed\n' });
    } finally {
      await ahead.close();
      await onDemand.close();
    }
  });
});
