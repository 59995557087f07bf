/**
 * A demo's settings: declared once as a schema, read from the note's directive and from the page
 * URL, clamped or ignored when out of range or garbled (with a note saying so), and written back
 * to the URL so that a link reopens the demo exactly as it was. Pure; no DOM.
 *
 * In the URL each setting is a query parameter named `<demo anchor>.<setting>`, e.g.
 *   stft.html?stft-window.n=1024&stft-window.window=hamming#demo-stft-window
 * Query strings keep working from file:// and on any static host.
 */

export type ParamSpec =
  | { kind: 'number'; default: number; min: number; max: number; step?: number; powerOfTwo?: boolean }
  | { kind: 'enum'; default: string; options: readonly string[] }
  | { kind: 'boolean'; default: boolean };

export type NumberSpec = Extract<ParamSpec, { kind: 'number' }>;

export type ParamSchema = Readonly<Record<string, ParamSpec>>;

type ValueOf<S extends ParamSpec> = S extends { kind: 'enum'; options: readonly (infer O)[] } ? O : S extends { kind: 'boolean' } ? boolean : number;

export type ParamValues<S extends ParamSchema> = { -readonly [K in keyof S]: ValueOf<S[K]> };

/** Why a given value was not used as written. */
export interface ParamNote {
  name: string;
  given: string;
  used: string;
  reason: 'out-of-range' | 'invalid' | 'unknown';
}

export function defaultParams<S extends ParamSchema>(schema: S): ParamValues<S> {
  const values: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema)) values[name] = spec.default;
  return values as ParamValues<S>;
}

/** Reads raw strings (directive attributes, then URL parameters over them) against the schema. */
export function parseParams<S extends ParamSchema>(schema: S, raw: Readonly<Record<string, string>>): { values: ParamValues<S>; notes: ParamNote[] } {
  const values: Record<string, unknown> = defaultParams(schema);
  const notes: ParamNote[] = [];
  for (const [name, given] of Object.entries(raw)) {
    const spec = schema[name];
    if (!spec) {
      notes.push({ name, given, used: '', reason: 'unknown' });
      continue;
    }
    const parsed = parseOne(spec, given);
    values[name] = parsed.value;
    if (parsed.reason) notes.push({ name, given, used: formatParam(spec, parsed.value), reason: parsed.reason });
  }
  return { values: values as ParamValues<S>, notes };
}

function parseOne(spec: ParamSpec, given: string): { value: unknown; reason?: ParamNote['reason'] } {
  const text = given.trim();
  if (spec.kind === 'enum') {
    const match = spec.options.find((option) => option.toLowerCase() === text.toLowerCase());
    return match === undefined ? { value: spec.default, reason: 'invalid' } : { value: match };
  }
  if (spec.kind === 'boolean') {
    if (/^(1|true|on|yes)$/i.test(text)) return { value: true };
    if (/^(0|false|off|no)$/i.test(text)) return { value: false };
    return { value: spec.default, reason: 'invalid' };
  }
  const number = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(number)) return { value: spec.default, reason: 'invalid' };
  const clamped = clampNumber(spec, number);
  return clamped === number ? { value: clamped } : { value: clamped, reason: 'out-of-range' };
}

/** The nearest allowed value: inside [min, max], on the step grid, a power of two if required. */
export function clampNumber(spec: NumberSpec, value: number): number {
  let result = Math.min(spec.max, Math.max(spec.min, value));
  if (spec.powerOfTwo) result = 2 ** Math.round(Math.log2(result));
  else if (spec.step) result = Math.round((result - spec.min) / spec.step) * spec.step + spec.min;
  // rounding to the grid must not leave the range, nor add float noise (0.30000000000000004)
  result = Math.min(spec.max, Math.max(spec.min, result));
  return Number(result.toPrecision(12));
}

export function formatParam(spec: ParamSpec, value: unknown): string {
  if (spec.kind === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** The settings that differ from the defaults, as strings for a URL. */
export function changedParams<S extends ParamSchema>(schema: S, values: ParamValues<S>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(schema)) {
    const value = (values as Record<string, unknown>)[name];
    if (value !== spec.default) out[name] = formatParam(spec, value);
  }
  return out;
}

/** This demo's parameters in a query string (`<namespace>.<name>=value`). */
export function readUrlParams(search: string, namespace: string): Record<string, string> {
  const out: Record<string, string> = {};
  const prefix = `${namespace}.`;
  for (const [key, value] of new URLSearchParams(search)) if (key.startsWith(prefix)) out[key.slice(prefix.length)] = value;
  return out;
}

/** The URL with this demo's parameters replaced by `params` (others' are kept). */
export function withUrlParams(href: string, namespace: string, params: Readonly<Record<string, string>>, hash?: string): string {
  const url = new URL(href);
  const prefix = `${namespace}.`;
  // oxlint-disable-next-line unicorn/no-useless-spread -- deleting while iterating the live keys would skip some
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(prefix)) url.searchParams.delete(key);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(prefix + name, value);
  if (hash !== undefined) url.hash = hash;
  return url.href;
}
