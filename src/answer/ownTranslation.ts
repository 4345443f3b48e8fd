// The organisation's own sentence in another language for a quoted one: ingestion aligns a page
// and its translation sentence by sentence (ChunkTranslation). Never a machine translation: when
// the page has no aligned counterpart for the sentence, there is none.
import { sameText } from '../text/analyzer.js';
import type { Passage } from '../types.js';

/** The aligned sentence of the passage's page in `language` for one of its sentences, or null. */
export function ownTranslationOf(passage: Passage, sentence: string, language: string): string | null {
  // Most passages have no aligned page (the seed's none): the sentence is then not read at all.
  if (!passage.translations?.length) return null;
  const key = sameText(sentence);
  for (const t of passage.translations ?? []) {
    if (t.language !== language) continue;
    const aligned = t.sentences.find((s) => sameText(s.text) === key);
    if (aligned) return aligned.translation;
  }
  return null;
}
