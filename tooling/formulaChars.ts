/** What a formula shows, read from KaTeX's markup at build time (the page's KaTeX fonts keep only these glyphs). */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const decode = (entity: string, name: string): string => {
  if (name[0] !== '#') return ENTITIES[name] ?? entity;
  const hex = name[1] === 'x' || name[1] === 'X';
  return String.fromCodePoint(Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
};

/** The characters a formula's markup shows: its text outside tags, entities decoded. */
export function formulaChars(html: string): Set<string> {
  return new Set(html.replace(/<[^>]*>/g, '').replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, decode));
}
