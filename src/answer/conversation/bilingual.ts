// What a loaded index knows of English and French, for giving French labels their English
// (labelEquivalents.ts): the outline's translated page pairs, the fixed names, and the retrieval's
// own vocabulary — the same dictionary, aligned pages and acronym reading that translate an English
// question into French, read the other way. Nothing is restated here.
import type { Vocabulary } from '../../retrieve/vocabulary.js';
import type { BilingualKnowledge } from './labelEquivalents.js';
import { FixedNames } from './fixedNames.js';
import type { CorpusOutline } from './outline.js';

export function indexKnowledge(outline: CorpusOutline, vocabulary: Vocabulary): BilingualKnowledge {
  return {
    corpusPairs: outline.pairs,
    fixedNames: new FixedNames(),
    englishSpelling: outline.english,
    acronymEquivalents: vocabulary.acronymReader.equivalents,
    englishWords: (word) =>
      [...vocabulary.translations(word, 'fr').values()]
        .flat()
        .filter((form) => form.language === 'en')
        .map((form) => form.word),
  };
}
