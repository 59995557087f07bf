import { describe, expect, it } from 'vitest';
import { runToEnd, type Steps } from './steps';

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
