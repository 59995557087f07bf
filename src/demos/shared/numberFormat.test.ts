import { describe, expect, it } from 'vitest';
import { formatNumber } from './numberFormat';

describe('formatNumber', () => {
  it('groups thousands and keeps at most three decimals unless told', () => {
    expect(formatNumber(20000)).toBe('20,000');
    expect(formatNumber(1536.25)).toBe('1,536.25');
    expect(formatNumber(0.123456)).toBe('0.123');
    expect(formatNumber(-2.5)).toBe('-2.5');
  });

  it('rounds to at most maxDigits decimals, and pads to minDigits', () => {
    expect(formatNumber(31.25, 1)).toBe('31.3');
    expect(formatNumber(2, 1)).toBe('2');
    expect(formatNumber(2, 1, 1)).toBe('2.0');
    expect(formatNumber(1234.5678, 2, 2)).toBe('1,234.57');
    // a formatter kept for one precision is not reused for another
    expect(formatNumber(2, 2, 2)).toBe('2.00');
    expect(formatNumber(2, 2)).toBe('2');
  });
});
