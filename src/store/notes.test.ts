// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { allTopicNotes, notesAsMarkdown, saveTopicNotes, validTopicNotes, type TopicNotes } from './notes';
import { exportData, importData } from './transfer';

const topic = (notes: TopicNotes['notes']): TopicNotes => ({ topic: 'stft', lecture: 'l', title: 'STFT', lang: 'ko', labels: { window: '창 길이' }, notes });
const note = (id: string, anchor: string, text: string, updatedAt = 1) => ({ id, anchor, text, createdAt: updatedAt, updatedAt });

describe('the reader’s notes', () => {
  it('export as one Markdown file per lecture, each topic and pinned section linking back', () => {
    const markdown = notesAsMarkdown(
      '강의',
      [topic([note('a', '', '전체 메모 $x^2$'), note('b', 'window', '- [ ] 다시 보기', 2)])],
      (t, anchor) => `https://site/${t.topic}.html${anchor ? `#${anchor}` : ''}`,
    );
    expect(markdown).toBe(
      '# 강의\n\n## [STFT](https://site/stft.html)\n\n전체 메모 $x^2$\n\n### [창 길이](https://site/stft.html#window)\n\n- [ ] 다시 보기\n',
    );
  });

  it('go out in the JSON export and come back, the more recently edited note winning', async () => {
    await saveTopicNotes(topic([note('a', '', 'old', 1)]));
    const file = JSON.stringify(await exportData());
    await saveTopicNotes(topic([note('a', '', 'newer here', 5), note('c', 'window', 'only here', 5)]));
    const result = await importData(file);
    expect(result).toMatchObject({ ok: true, counts: { notes: 1 } });
    const [back] = await allTopicNotes();
    expect(back!.notes.map((n) => n.text).sort()).toEqual(['newer here', 'only here']);
  });

  it('are checked when they come from a file', () => {
    expect(validTopicNotes(topic([note('a', '', 'x')]))).toBe(true);
    expect(validTopicNotes({ ...topic([]), notes: [{ id: 1 }] })).toBe(false);
    expect(validTopicNotes(null)).toBe(false);
  });
});
