import { createElement, type ComponentType, type ReactNode } from 'react';
import { SN, type SnReactProps, type SnTag } from '../content/elements';
import type { NoteNode } from '../content/reactTree';
import { DemoPlace } from './elements/Demo';
import { DiagramFigure, MissingImage } from './elements/Figures';
import { Heading } from './elements/Heading';
import { MathError, MathFormula } from './elements/MathFormula';
import { Answer, Question } from './elements/Question';

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
const heading = (level: HeadingLevel) =>
  function NoteHeading(props: { id?: string; children?: ReactNode }) {
    return <Heading level={level} {...props} />;
  };

/** A component for each of the reader's elements, taking that element's props (a missing one is a type error). */
export const snComponents: { [T in SnTag]: ComponentType<SnReactProps<T> & { children?: ReactNode }> } = {
  [SN.math]: MathFormula,
  [SN.mathError]: MathError,
  [SN.diagram]: DiagramFigure,
  [SN.missingImage]: MissingImage,
  [SN.demo]: DemoPlace,
  [SN.question]: Question,
  [SN.answer]: Answer,
};

/** The one map from the compiled note's elements to the reader's components; other tags render as HTML. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component declares its own props
const components: Record<string, ComponentType<any>> = {
  h1: heading(1),
  h2: heading(2),
  h3: heading(3),
  h4: heading(4),
  h5: heading(5),
  h6: heading(6),
  ...snComponents,
};

export function renderNote(nodes: NoteNode[]): ReactNode[] {
  return nodes.map((node, index) => renderNode(node, index));
}

function renderNode(node: NoteNode, key?: number): ReactNode {
  if (typeof node === 'string') return node;
  const [tag, props, ...children] = node;
  const type = components[tag] ?? tag;
  // children as arguments, not an array: static content needs no keys
  return createElement(type, key === undefined ? props : { ...props, key }, ...children.map((child) => renderNode(child)));
}
