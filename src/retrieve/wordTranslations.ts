// What one question word becomes in the corpus's other language, or in its own words: the
// dictionary's translations the corpus attests, the word its translated pages write, the corpus's
// words beginning as it does, its cognate spellings, its English synonyms. Each is a pure function
// of the word and the index, so it is read once per word and remembered (the same few thousand
// words come back question after question); questionTranslations.ts assembles a question's.
import type { Chunk, Language } from '../types.js';
import { englishStem, isStopWord, stem, type TextLanguage } from '../text/analyzer.js';
import { MemoUntilFull } from '../lib/memo.js';
import { englishOfWord, frenchOfWord, type Glossary } from '../text/glossary.js';
import { synonymsOf } from '../text/synonyms.js';
import { CorpusCognates } from './corpusCognates.js';
import { AlignedLexicon, isVerbForm } from './corpusEvidence.js';

/** Question words whose known cognates are remembered per language before starting over: a few thousand words come back. */
const COGNATE_WORDS_REMEMBERED = 10_000;
/** Question words whose translations are remembered per language before starting over (see WordTranslations.forms). */
const TRANSLATED_WORDS_REMEMBERED = 10_000;
/** English question words whose synonyms are remembered before starting over (see WordTranslations.synonyms). */
const SYNONYM_WORDS_REMEMBERED = 10_000;

/** One question word's translations at each step of QuestionTranslator.translations, the steps after the first used only where the earlier ones found nothing. */
export interface WordForms {
  /** The dictionary's, reduced to what the corpus attests (WordTranslations.attestedOf); null for none. */
  readonly dictionary: readonly string[] | null;
  /** The word the corpus's translated pages write for it (null for a stop word or none). */
  readonly aligned: string | null;
  /** English only: the corpus's French words beginning as it does (corpusCognates.ts). */
  readonly shared: readonly string[];
}

/** One index's word translations, built when the index is loaded. */
export class WordTranslations {
  private readonly lexicon: AlignedLexicon;
  /** The corpus's French stems by their beginnings, for English words nothing translates (see corpusCognates.ts). */
  readonly frenchWords: CorpusCognates;
  /** The corpus's English stems, to tell a French translation's stem that English writes as another word (QuestionTranslator.withoutFalseFriends). */
  readonly englishWords: CorpusCognates;

  constructor(
    private readonly glossary: Glossary,
    /** Each passage's distinct stems and the language it was analysed in (TermStatistics.terms, .languages). */
    passages: { readonly terms?: ReadonlyArray<ReadonlySet<string>>; readonly languages?: readonly TextLanguage[] },
    chunks: ReadonlyArray<Pick<Chunk, 'text' | 'language' | 'translations'>>,
  ) {
    this.lexicon = new AlignedLexicon(chunks);
    this.frenchWords = new CorpusCognates(passages.terms ?? [], passages.languages ?? [], 'fr');
    this.englishWords = new CorpusCognates(passages.terms ?? [], passages.languages ?? [], 'en');
  }

  /**
   * One word's dictionary translations, reduced to those the corpus's aligned translated sentences
   * attest when they attest some (the sense the organisation uses); all of them otherwise; null for
   * none (a stop word, no entry, or the word itself attested).
   */
  private attestedOf(word: string, from: 'en' | 'fr'): readonly string[] | null {
    const list = from === 'en' ? frenchOfWord(word, this.glossary) : englishOfWord(word, this.glossary);
    if (!list.length) return null;
    const source = from === 'en' ? englishStem(word) : stem(word);
    if (!this.lexicon.knows(source, from)) return list;
    // A verb's form asked ("recorded") where the pages wrote the stem as a noun only ("a record
    // high"): their senses are the noun's ("record", "rapport"), not the verb's ("enregistrer").
    if (from === 'en' && isVerbForm(word) && !this.lexicon.writesVerbForm(source)) return list;
    const attests = (t: string) => (from === 'en' ? this.lexicon.attests(source, stem(t)) : this.lexicon.attests(englishStem(t), source));
    const kept = list.filter(attests);
    if (kept.length) return kept;
    // The word itself, spelled alike in both languages, attested (observer / observateurs): the dictionary's senses are others.
    if (attests(word)) return null;
    // None of the dictionary's senses is the one the pages use: the word the translated pages
    // write for it, when they link one firmly, beside them ("people" ↔ "personnes" where the
    // dictionary gives "gens", "peuple").
    const own = this.lexicon.translationOf(source, from);
    return own && !list.includes(own) ? [...list, own] : list;
  }

  /**
   * One question word's translations at each step (see WordForms): a pure function of the word and
   * this index, so read once per word and language rather than on every question that writes it
   * (the same few thousand words come back). Never changed by a caller.
   */
  forms(word: string, from: 'en' | 'fr'): WordForms {
    const memo = this.translatedWords[from];
    return (
      memo.get(word) ??
      memo.set(
        word,
        Object.freeze({
          dictionary: this.attestedOf(word, from),
          aligned: isStopWord(word, from) ? null : this.lexicon.translationOf(from === 'en' ? englishStem(word) : stem(word), from),
          shared: from === 'en' && !isStopWord(word, 'en') ? this.frenchWords.of(englishStem(word)) : [],
        }),
      )
    );
  }

  private readonly translatedWords: Record<'en' | 'fr', MemoUntilFull<WordForms>> = {
    fr: new MemoUntilFull(TRANSLATED_WORDS_REMEMBERED),
    en: new MemoUntilFull(TRANSLATED_WORDS_REMEMBERED),
  };

  /** A question word's cognate spellings (cognatesOf) that the corpus has (kept: the caller's test of the corpus). */
  cognates(
    word: string,
    language: Language,
    cognatesOf: (word: string) => string[],
    kept: (cognate: string) => boolean,
  ): readonly string[] {
    const memo = this.knownCognates[language];
    return memo.get(word) ?? memo.set(word, Object.freeze(cognatesOf(word).filter(kept)));
  }

  /**
   * A question word's cognate spellings the corpus has, by the question's language: a pure function
   * of the word and this index (cognates has one spelling rule per language), so read once per word
   * rather than on every question that writes it. Never changed by a caller.
   */
  private readonly knownCognates: Record<Language, MemoUntilFull<readonly string[]>> = {
    fr: new MemoUntilFull(COGNATE_WORDS_REMEMBERED),
    en: new MemoUntilFull(COGNATE_WORDS_REMEMBERED),
  };

  /** The corpus's English words WordNet gives as synonyms of an English word (synonymsOf over Glossary.synonyms). */
  synonyms(word: string): readonly string[] {
    return this.synonymWords.get(word) ?? this.synonymWords.set(word, Object.freeze(synonymsOf(this.glossary.synonyms, word)));
  }

  /** Each English question word's synonyms (synonymsOf: a pure function of the word and the index), read once per word. */
  private readonly synonymWords = new MemoUntilFull<readonly string[]>(SYNONYM_WORDS_REMEMBERED);
}
