import { useCallback, useLayoutEffect, useRef } from 'react';
import type { ParamValues } from '../params';
import type { StftParams } from './settings';

const performanceNow = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

/**
 * `setParams` that also times the redraw it causes, for the bench: from the start of the render
 * that follows the reader's input to the end of its layout effects, by when every canvas has
 * painted (theirs run before ours). The maths runs in that render, so a redraw is compute + paint
 * in one block. Call it first in the demo's render.
 */
export function useMeasuredChange(setParams: (changes: Partial<ParamValues<StftParams>>) => void) {
  const renderStart = performanceNow();
  const inputAt = useRef<number | null>(null);
  const change = useCallback(
    (changes: Partial<ParamValues<StftParams>>) => {
      inputAt.current = performanceNow();
      setParams(changes);
    },
    [setParams],
  );
  useLayoutEffect(() => {
    const input = inputAt.current;
    inputAt.current = null;
    if (input === null || typeof performance === 'undefined' || typeof performance.measure !== 'function') return;
    try {
      performance.measure('stft-window:redraw', { start: Math.max(input, renderStart), end: performanceNow() });
    } catch {
      // a browser without the options form of measure: nothing recorded
    }
  });
  return change;
}
