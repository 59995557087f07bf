import { describe, expect, it } from 'vitest';
import { scrollToReveal } from './reveal';

describe('scrollToReveal', () => {
  const room = [60, 800] as const;
  it('does nothing when the control and the picture are both in view', () => {
    expect(scrollToReveal({ top: 100, bottom: 180 }, { top: 200, bottom: 430 }, ...room)).toBe(0);
  });

  it('scrolls down just enough to show a picture below the control', () => {
    expect(scrollToReveal({ top: 700, bottom: 780 }, { top: 800, bottom: 1030 }, ...room)).toBe(230);
  });

  it('scrolls up just enough to show a picture above the control, below the top bar', () => {
    expect(scrollToReveal({ top: 70, bottom: 150 }, { top: -300, bottom: 50 }, ...room)).toBe(-360);
  });

  it('leaves the page alone when the two cannot fit together', () => {
    expect(scrollToReveal({ top: 700, bottom: 780 }, { top: -400, bottom: 0 }, ...room)).toBe(0);
  });
});
