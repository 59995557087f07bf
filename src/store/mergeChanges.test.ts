import { describe, expect, it } from 'vitest';
import { mergeChanges } from './storage';

describe('a save merged with what another tab saved since', () => {
  it('keeps both tabs’ new entries', () => {
    const base = { read: { a: 1 } };
    expect(mergeChanges(base, { read: { a: 1, b: 2 } }, { read: { a: 1, c: 3 } })).toEqual({ read: { a: 1, b: 2, c: 3 } });
  });

  it('applies this tab’s removals and changes, not the other’s entries it never saw', () => {
    const base = { read: { a: 1, b: 2 }, theme: 'light' };
    const other = { read: { a: 1, b: 2, c: 3 }, theme: 'light' };
    const mine = { read: { a: 9 }, theme: 'dark' };
    expect(mergeChanges(base, other, mine)).toEqual({ read: { a: 9, c: 3 }, theme: 'dark' });
  });

  it('leaves what this tab did not change as the other tab saved it', () => {
    const base = { read: { a: 1 }, places: { l: { at: 1 } } };
    expect(mergeChanges(base, { read: { a: 1 }, places: { l: { at: 5 } } }, { read: { a: 1, b: 2 }, places: { l: { at: 1 } } })).toEqual({
      read: { a: 1, b: 2 },
      places: { l: { at: 5 } },
    });
  });

  it('starts from nothing when this tab had read nothing', () => {
    expect(mergeChanges({}, { read: { b: 2 } }, { read: { a: 1 } })).toEqual({ read: { a: 1, b: 2 } });
  });
});
