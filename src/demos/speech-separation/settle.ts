import { startTransition, useEffect, useState } from 'react';

/**
 * The value once it has stayed the same for `delayMs` (at once on the first render). The loss and
 * the SNRs cost an inverse STFT and a log and an exp per cell, too much to redo on every step of a
 * drag without dropping frames; they catch up as soon as the slider rests.
 */
export function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const timer = window.setTimeout(() => startTransition(() => setSettled(value)), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
