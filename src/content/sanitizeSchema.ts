import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/**
 * GitHub's sanitisation rules (scripts, styles, event handlers and javascript: URLs go), plus the
 * reader's own elements that directives produce. Those are harmless if typed as raw HTML: the
 * worst a note can do is place a registered demo or a question box.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'sn-demo', 'sn-diagram', 'sn-question', 'sn-answer'],
  attributes: {
    ...defaultSchema.attributes,
    'sn-demo': ['dataId', 'dataSettings'],
    'sn-diagram': ['dataId'],
    'sn-question': ['dataId'],
  },
};
