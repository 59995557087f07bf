import { afterEach, describe, expect, it } from 'vitest';
import type { PageInfo } from './page';
import { islands, mountIslands } from './registry';

const page = {} as PageInfo;
const replaced = new Map<string, (typeof islands)[string]>();

/** Replaces island `name` with one that records where it mounted (or throws). */
function fakeIsland(name: string, mounted: string[], fail = false): void {
  if (!replaced.has(name)) replaced.set(name, islands[name]!);
  islands[name] = (element) => {
    if (fail) throw new Error(`${name} broke`);
    mounted.push(`${name}:${element.id}`);
  };
}

afterEach(() => {
  for (const [name, island] of replaced) islands[name] = island;
  replaced.clear();
  document.body.replaceChildren();
});

describe('mounting islands', () => {
  it('mounts the islands that add visible controls at once and the others in later tasks, every one even if one throws', async () => {
    const mounted: string[] = [];
    fakeIsland('theme', mounted);
    fakeIsland('notes', mounted, true);
    fakeIsland('self-check', mounted);
    fakeIsland('toc', mounted);
    document.body.innerHTML =
      '<div id="a" data-island="self-check theme"></div><div id="b" data-island="notes toc"></div><div id="c" data-island="theme"></div>';
    const errors: string[] = [];
    const done = mountIslands(document, page, (name, error) => errors.push(`${name}: ${(error as Error).message}`));
    expect(mounted).toEqual(['theme:a', 'theme:c']);
    expect(errors).toEqual(['notes: notes broke']);
    await done;
    expect(mounted).toEqual(['theme:a', 'theme:c', 'self-check:a', 'toc:b']);
  });
});
