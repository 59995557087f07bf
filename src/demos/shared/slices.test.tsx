import { act, render, screen } from '@testing-library/react';
import { useCallback } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Steps } from '../../lib/steps';
import { useIdleWork, useSliced } from './slices';

afterEach(() => vi.useRealTimers());

const started: number[] = [];

/** n steps, then n squared. */
function* square(n: number): Steps<number> {
  started.push(n);
  for (let i = 0; i < n; i++) yield;
  return n * n;
}

function Squared({ n, delayMs }: { n: number; delayMs?: number }) {
  const job = useCallback(() => square(n), [n]);
  const { value, pending } = useSliced(job, { delayMs });
  return <output>{`${value}${pending ? ' (pending)' : ''}`}</output>;
}

describe('useSliced', () => {
  it('computes the first value at once, then each new one in slices after the delay, keeping the last meanwhile', () => {
    vi.useFakeTimers();
    started.length = 0;
    const { rerender } = render(<Squared n={3} delayMs={100} />);
    expect(screen.getByRole('status')).toHaveTextContent('9');
    rerender(<Squared n={4} delayMs={100} />);
    expect(screen.getByRole('status')).toHaveTextContent('9 (pending)');
    act(() => vi.advanceTimersByTime(50));
    expect(screen.getByRole('status')).toHaveTextContent('9 (pending)');
    act(() => vi.advanceTimersByTime(200));
    expect(screen.getByRole('status')).toHaveTextContent('16');
    expect(started).toEqual([3, 4]);
  });

  it('drops a computation that a newer change makes stale', () => {
    vi.useFakeTimers();
    started.length = 0;
    const { rerender } = render(<Squared n={2} delayMs={100} />);
    rerender(<Squared n={5} delayMs={100} />);
    act(() => vi.advanceTimersByTime(60));
    rerender(<Squared n={6} delayMs={100} />);
    act(() => vi.advanceTimersByTime(300));
    expect(screen.getByRole('status')).toHaveTextContent('36');
    expect(started).toEqual([2, 6]); // 5 never started: its delay had not passed
  });
});

describe('useIdleWork', () => {
  it('runs its steps once after mounting, in idle time, and stops when unmounted', () => {
    vi.useFakeTimers();
    const ran: number[] = [];
    function* work(): Steps<void> {
      for (let i = 0; i < 3; i++) {
        ran.push(i);
        yield;
      }
    }
    function Idle() {
      useIdleWork(work);
      return null;
    }
    const { rerender, unmount } = render(<Idle />);
    expect(ran).toEqual([]);
    act(() => vi.advanceTimersByTime(1000));
    rerender(<Idle />);
    act(() => vi.advanceTimersByTime(1000));
    expect(ran).toEqual([0, 1, 2]);
    unmount();
  });
});
