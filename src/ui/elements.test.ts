/**
 * The sn-* contract both ways: a note using every directive and feature makes the pipeline emit
 * every element of the contract, each has a component, and no other element the pipeline emits
 * reaches the page unrendered.
 */
import type { Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { SN_TAGS } from '../content/elements';
import { compileNote } from '../content/pipeline';
import { renderNoteBody } from './renderNoteBody';
import { snComponents } from './renderNote';

const NOTE = `---
title: Every element
order: 1
---
# Every element

A formula $x^2$, one KaTeX rejects $\\frac{1}{2$, and a display one:

$$
a + b
$$

::diagram{id="show-and-tell"}

::demo{id="stft-window" window="hann"}

:::question
What is a window?

---

A weighting of the frame.
:::

![lost](img/gone.png)

![remote](https://example.com/a.png)

![seed figure](Export/Untitled.png)
`;

function compileEverything() {
  return compileNote('lecture/note.md', NOTE, {
    demoIds: ['stft-window'],
    diagramIds: ['show-and-tell'],
    strict: false,
    diagramForImage: (path) => (path === 'lecture/Export/Untitled.png' ? 'show-and-tell' : undefined),
  });
}

function snTagsIn(tree: Root): Set<string> {
  const tags = new Set<string>();
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.tagName.startsWith('sn-')) tags.add(node.tagName);
      walk(node.children);
    }
  };
  walk(tree.children);
  return tags;
}

describe('the sn-* element contract', () => {
  const { note } = compileEverything();
  const emitted = snTagsIn(note.tree);

  it('the pipeline emits every element of the contract, and none outside it', () => {
    expect([...emitted].sort()).toEqual([...SN_TAGS].sort());
  });

  it('every element has a component, and every component an element', () => {
    expect(Object.keys(snComponents).sort()).toEqual([...SN_TAGS].sort());
    for (const tag of emitted) expect(snComponents, tag).toHaveProperty([tag]);
  });

  it('the rendered page has no sn-* element left', () => {
    const html = renderNoteBody(note.tree, 'en', 'note');
    expect(html).not.toMatch(/<sn-/);
    expect(html).toContain('class="self-check"');
    expect(html).toContain('class="demo"');
  });
});
