// A cited passage as the answer gives it: where it comes from, its document's date, its language,
// the other documents holding the same text, and a link that opens the live page at the first
// sentence quoted from it.
import { toPassageView, type Passage } from '../types.js';
import { textFragmentLink } from './fragment.js';
import { passageUnits } from './units.js';
import type { Citation } from './types.js';

/** `quoted`: the sentences quoted from it (none: a model's answer, linked at the passage's first sentence). */
export function toCitation(passage: Passage, id: number, quoted: ReadonlyArray<{ text: string }> = []): Citation {
  const citation: Citation = { id, ...toPassageView(passage) };
  if (passage.date) citation.date = passage.date;
  if (passage.language) citation.language = passage.language;
  if (passage.alternates?.length) citation.alternates = passage.alternates;
  if (passage.url) citation.link = textFragmentLink(passage.url, quoted[0]?.text ?? passageUnits(passage, 0)[0]?.text ?? '');
  return citation;
}
