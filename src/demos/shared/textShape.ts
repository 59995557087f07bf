/**
 * The shape of a demo's text table, taken from one language's table with every string literal
 * widened to `string` (also inside functions' results and tuples), so that the other language's
 * table can be checked against it with `satisfies`: a string missing from it, or one it has and
 * the shape lacks, fails the type check.
 */
export type TextShape<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => TextShape<R>
    : T extends readonly unknown[]
      ? { readonly [K in keyof T]: TextShape<T[K]> }
      : T extends object
        ? { [K in keyof T]: TextShape<T[K]> }
        : T;
