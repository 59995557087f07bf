import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NoteCache } from '../../tooling/noteCache';

describe('the compile cache shared by builds of different code', () => {
  it("removes another compiler's entries only once they have gone unused for an hour", () => {
    const dir = mkdtempSync(join(tmpdir(), 'note-cache-'));
    for (const name of ['old', 'busy']) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, 'a.json'), '{}');
    }
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(join(dir, 'old'), twoHoursAgo, twoHoursAgo);
    new NoteCache(dir, 'mine');
    expect(existsSync(join(dir, 'old'))).toBe(false);
    expect(existsSync(join(dir, 'busy', 'a.json'))).toBe(true);
    expect(existsSync(join(dir, 'mine'))).toBe(true);
  });

  it('goes on when its folder was removed under it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'note-cache-'));
    const cache = new NoteCache(dir, 'mine');
    rmSync(join(dir, 'mine'), { recursive: true });
    expect(() => cache.prune(new Set())).not.toThrow();
    cache.put('k', { html: '<p>x</p>', sections: [], questions: [], summary: {} as never });
    expect(cache.html('k')).toBe('<p>x</p>');
  });
});
