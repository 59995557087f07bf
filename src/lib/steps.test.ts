import { describe, expect, it } from 'vitest';
import { inChunks, runToEnd, type Steps } from './steps';

function* sumTo(n: number): Steps<number> {
  let sum = 0;
  for (let i = 1; i <= n; i++) {
    sum += i;
    yield;
  }
  return sum;
}

describe('runToEnd', () => {
  it('runs every step and returns the result', () => {
    expect(runToEnd(sumTo(100))).toBe(5050);
    expect(runToEnd(sumTo(0))).toBe(0);
  });

  it('finishes a computation already partly run', () => {
    const steps = sumTo(10);
    steps.next();
    steps.next();
    expect(runToEnd(steps)).toBe(55);
  });
});

describe('inChunks', () => {
  it('covers [0, count) in order, one step per piece', () => {
    const pieces: [number, number][] = [];
    const steps = inChunks(10, 4, (from, to) => pieces.push([from, to]));
    let count = 0;
    while (!steps.next().done) count++;
    expect(pieces).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ]);
    expect(count).toBe(3);
    expect(runToEnd(inChunks(0, 4, () => pieces.push([-1, -1])))).toBeUndefined();
    expect(pieces).toHaveLength(3);
  });
});
