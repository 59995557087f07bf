import { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import { SN, type SnElementProps, type SnTag } from './elements';

/** The properties a directive's element carries through the sanitiser (added later ones are not). */
const allowed = <T extends SnTag>(...names: (keyof SnElementProps[T] & string)[]) => names;

/**
 * GitHub's sanitisation rules (scripts, styles, event handlers and javascript: URLs go), plus the
 * reader's own elements that directives produce. Those are harmless if typed as raw HTML: the
 * worst a note can do is place a registered demo or a question box.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), SN.demo, SN.diagram, SN.question, SN.answer],
  attributes: {
    ...defaultSchema.attributes,
    [SN.demo]: allowed<typeof SN.demo>('dataId', 'dataSettings'),
    [SN.diagram]: allowed<typeof SN.diagram>('dataId'),
    [SN.question]: allowed<typeof SN.question>('dataId'),
  },
};
