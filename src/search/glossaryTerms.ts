import type { GlossaryEntry } from '../content/glossary';
import { termOf, words } from './terms';

/**
 * The other-language names of the glossary terms a text uses: for a section that says "window",
 * "윈도우 창"; for one that says "창을", "window". Indexed beside the text, so either name finds it.
 */
export function glossaryTerms(entries: readonly GlossaryEntry[], text: string): string {
  const textWords = words(text);
  const stems = new Set(textWords.map(termOf));
  const joined = ` ${textWords.join(' ')} `;
  const found: string[] = [];
  for (const entry of entries) {
    const english = ` ${words(entry.en).join(' ')} `;
    const usesEnglish = english.trim().includes(' ') ? joined.includes(english) : stems.has(termOf(entry.en));
    const usesKorean = entry.ko.some((name) => {
      const nameWords = words(name);
      return nameWords.length > 1 ? joined.includes(` ${nameWords.join(' ')} `) : nameWords.every((w) => stems.has(termOf(w)));
    });
    if (usesEnglish) found.push(...entry.ko);
    if (usesKorean) found.push(entry.en);
  }
  return [...new Set(found)].join(' ');
}
