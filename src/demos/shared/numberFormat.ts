// one formatter per precision: toLocaleString with options builds a new Intl.NumberFormat per call (slow in redraws)
const formatters = new Map<string, Intl.NumberFormat>();

/** `value` with thousands separators (1,536.25) and between `minDigits` and `maxDigits` decimals. */
export function formatNumber(value: number, maxDigits = 3, minDigits = 0): string {
  const key = `${minDigits}-${maxDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat('en-US', { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits })));
  return formatter.format(value);
}
