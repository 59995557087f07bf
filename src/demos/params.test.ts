import { describe, expect, it } from 'vitest';
import { changedParams, clampNumber, parseParams, readUrlParams, withUrlParams, type ParamSchema } from './params';

const schema = {
  n: { kind: 'number', default: 512, min: 32, max: 4096, powerOfTwo: true },
  hop: { kind: 'number', default: 0.25, min: 0.125, max: 1, step: 0.125 },
  window: { kind: 'enum', default: 'hann', options: ['rectangular', 'hann', 'hamming'] },
  play: { kind: 'boolean', default: false },
} as const satisfies ParamSchema;

describe('demo settings', () => {
  it('start from the defaults', () => {
    expect(parseParams(schema, {})).toEqual({ values: { n: 512, hop: 0.25, window: 'hann', play: false }, notes: [] });
  });

  it('read valid values as written (enum case-insensitively)', () => {
    const { values, notes } = parseParams(schema, { n: '1024', hop: '0.5', window: 'Hamming', play: 'on' });
    expect(values).toEqual({ n: 1024, hop: 0.5, window: 'hamming', play: true });
    expect(notes).toEqual([]);
  });

  it('clamp out-of-range numbers and say so', () => {
    const { values, notes } = parseParams(schema, { n: '99999', hop: '0.3' });
    expect(values).toMatchObject({ n: 4096, hop: 0.25 });
    expect(notes).toEqual([
      { name: 'n', given: '99999', used: '4096', reason: 'out-of-range' },
      { name: 'hop', given: '0.3', used: '0.25', reason: 'out-of-range' },
    ]);
  });

  it('ignore garbled values and unknown names, keeping the defaults', () => {
    const { values, notes } = parseParams(schema, { n: '12abc', window: 'kaiser', play: 'maybe', size: '3' });
    expect(values).toEqual({ n: 512, hop: 0.25, window: 'hann', play: false });
    expect(notes.map((n) => [n.name, n.reason])).toEqual([
      ['n', 'invalid'],
      ['window', 'invalid'],
      ['play', 'invalid'],
      ['size', 'unknown'],
    ]);
  });

  it.each([
    [1000, 1024],
    [3, 32],
    [Number.POSITIVE_INFINITY, 4096],
  ])('round %d to the power of two %d', (value, expected) => {
    expect(clampNumber(schema.n, value)).toBe(expected);
  });

  it('round-trip through the URL, namespaced per demo, writing only what differs from the defaults', () => {
    const values = { n: 2048, hop: 0.25, window: 'hamming', play: false } as const;
    const href = withUrlParams('file:///notes/stft.html?other.x=1&stft-window.n=64', 'stft-window', changedParams(schema, values), 'demo-stft-window');
    expect(href).toBe('file:///notes/stft.html?other.x=1&stft-window.n=2048&stft-window.window=hamming#demo-stft-window');
    const read = readUrlParams(new URL(href).search, 'stft-window');
    expect(parseParams(schema, read).values).toEqual(values);
  });
});
