import { afterEach, describe, expect, it, vi } from 'vitest';
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
  vi.unstubAllGlobals();
  for (const [name, island] of replaced) islands[name] = island;
  replaced.clear();
  document.body.replaceChildren();
});

describe('mounting islands', () => {
  it('mounts the islands that add visible controls at once and the others in later tasks, every one even if one throws', async () => {
    const mounted: string[] = [];
    fakeIsland('theme', mounted);
    fakeIsland('reading', mounted, true);
    fakeIsland('self-check', mounted);
    fakeIsland('toc', mounted);
    document.body.innerHTML =
      '<div id="a" data-island="self-check theme"></div><div id="b" data-island="reading toc"></div><div id="c" data-island="theme"></div>';
    const errors: string[] = [];
    const done = mountIslands(document, page, (name, error) => errors.push(`${name}: ${(error as Error).message}`));
    expect(mounted).toEqual(['theme:a', 'theme:c']);
    expect(errors).toEqual(['reading: reading broke']);
    await done;
    expect(mounted).toEqual(['theme:a', 'theme:c', 'self-check:a', 'toc:b']);
  });

  it('mounts the late islands only after the page has been drawn once', async () => {
    const mounted: string[] = [];
    fakeIsland('theme', mounted);
    fakeIsland('toc', mounted);
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    document.body.innerHTML = '<div id="a" data-island="toc theme"></div>';
    const done = mountIslands(document, page, () => {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mounted).toEqual(['theme:a']);
    frames.forEach((frame) => frame(performance.now()));
    await done;
    expect(mounted).toEqual(['theme:a', 'toc:a']);
  });
});
