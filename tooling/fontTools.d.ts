/** The parts of the font cutters' untyped APIs the build uses. */
declare module 'subset-font' {
  export default function subsetFont(font: Uint8Array, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' }): Promise<Buffer>;
}
declare module 'fontverter' {
  export function convert(font: Uint8Array, to: 'sfnt' | 'woff' | 'woff2'): Promise<Buffer>;
}
