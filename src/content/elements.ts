/**
 * The reader's own elements: the one contract between the content pipeline, which emits them into
 * a note's HAST, and the renderer (src/ui/renderNote.tsx and the build's and the import's steps
 * after the pipeline), which reads them. Each element's tag and its properties' names and types
 * are declared here once; the pipeline builds them with `snElement`/`snDirective`, later steps find
 * them with `isSnElement`, and components take `SnReactProps`, so a renamed property is a type
 * error on both sides rather than a figure that silently renders empty.
 */
import type { Element, ElementContent } from 'hast';

/** Each element's HAST properties (camelCase, as hast stores `data-*` attributes). */
export interface SnElementProps {
  /** a formula KaTeX rendered at build time: its HTML, kept as one string, and its source */
  'sn-math': { dataDisplay: boolean; dataHtml: string; dataTex: string };
  /** a formula KaTeX rejected; its children are the source text */
  'sn-math-error': { dataDisplay: boolean; dataMessage: string };
  /** a registered diagram; the SVG and title are added after the pipeline (src/diagrams/inline.ts) */
  'sn-diagram': { dataId: string; id?: string; dataInline?: boolean; dataHtml?: string; dataTitle?: string };
  /** a lost or remote image, shown as a placeholder with its caption */
  'sn-missing-image': { dataSrc: string; dataAlt: string; dataReason: 'remote' | 'missing'; dataInline?: boolean };
  /** a demo's place; the settings are the directive's other attributes, as JSON; the title is added after the pipeline */
  'sn-demo': { dataId: string; dataSettings: string; id?: string; dataTitle?: string };
  /** a self-check question: its id is a hash of its wording; children are the question, then its sn-answer */
  'sn-question': { dataId: string; id?: string };
  /** a self-check question's answer */
  'sn-answer': Record<never, never>;
}

export type SnTag = keyof SnElementProps;

/** The tags, by short name: use these instead of spelling a tag out. */
export const SN = {
  math: 'sn-math',
  mathError: 'sn-math-error',
  diagram: 'sn-diagram',
  missingImage: 'sn-missing-image',
  demo: 'sn-demo',
  question: 'sn-question',
  answer: 'sn-answer',
} as const satisfies Record<string, SnTag>;

/** Every tag of the contract (a tag missing from SN is a type error here). */
export const SN_TAGS: readonly SnTag[] = Object.values(SN) satisfies SnTag[];
const _everyTagHasAName: Exclude<SnTag, (typeof SN)[keyof typeof SN]> extends never ? true : never = true;
void _everyTagHasAName;

/** One of the reader's elements in a note's HAST. */
export type SnElement<T extends SnTag = SnTag> = Element & { tagName: T; properties: SnElementProps[T] };

/** Builds one of the reader's elements (pipeline side). */
export function snElement<T extends SnTag>(tagName: T, properties: SnElementProps[T], children: ElementContent[] = []): SnElement<T> {
  return { type: 'element', tagName, properties, children } as SnElement<T>;
}

/** The mdast `data` that makes remark-rehype emit one of the reader's elements (for directives). */
export function snDirective<T extends SnTag>(hName: T, hProperties: SnElementProps[T]): { hName: T; hProperties: SnElementProps[T] } {
  return { hName, hProperties };
}

/** Whether a node is the given reader's element (renderer side); its properties are then typed. */
export function isSnElement<T extends SnTag>(node: { type: string; tagName?: string }, tagName: T): node is SnElement<T>;
export function isSnElement(node: { type: string; tagName?: string }): node is SnElement;
export function isSnElement(node: { type: string; tagName?: string }, tagName?: SnTag): boolean {
  if (node.type !== 'element' || node.tagName === undefined) return false;
  return tagName === undefined ? (SN_TAGS as readonly string[]).includes(node.tagName) : node.tagName === tagName;
}

/** `dataFooBar` → `data-foo-bar`: the name React and the page use for a hast property. */
type Kebab<S extends string> = S extends `${infer Head}${infer Rest}` ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Rest>}` : '';

/**
 * An element's props as its React component receives them (src/content/reactTree.ts renames
 * `dataFoo` to `data-foo` and drops false values, so every prop may be absent).
 */
export type SnReactProps<T extends SnTag> = { [K in keyof SnElementProps[T] & string as Kebab<K>]?: SnElementProps[T][K] };
