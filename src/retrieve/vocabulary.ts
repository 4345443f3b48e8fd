// What the corpus knows, apart from how passages are searched: term statistics (idf, which stems
// and related forms it has), the dictionary's translations reduced to the corpus, its acronyms,
// and the words it knows only as verbs. Built once when an index is loaded; the question reader,
// the retriever, the answer layer and the fact checker all consult the same one.
import type { Chunk, Language } from '../types.js';
import { AcronymReader } from './acronymReader.js';
import { namingOwnBody } from './ownBody.js';
import { englishBaseStem, englishStem, foldAccents, stem, stemIn, TEXT_LANGUAGES, type TextLanguage } from '../text/analyzer.js';
import { MemoUntilFull, memoByText } from '../lib/memo.js';
import { englishCognates, frenchCognates } from '../text/cognates.js';
import { entryKeyOf } from '../text/entryKeys.js';
import { ownEntry } from '../text/translationTable.js';
import type { Glossary } from '../text/glossary.js';
import { LOOSE_PREFIX, MIN_SHARED_PREFIX, related, type StemSet } from '../text/stemSet.js';
import { isCognateSpelling } from './corpusCognates.js';
import { QuestionTranslator, type TranslatedCorpus } from './questionTranslations.js';
import { chromeKey, repeatedLines } from './siteChrome.js';
import { WordTranslations } from './wordTranslations.js';
import { properNames } from './corpusEvidence.js';
import { type Form, groupKey, SYNONYM_MATCH, type OwnWord, ownWordOf, type TermGroup, type WeakWords, type WordGroup } from './terms.js';
import type { SenseDictionary } from './wordSenses.js';

/** The statistics of the indexed terms (the lexical channel has them: see LexicalIndex). */
export interface TermStatistics {
  /** Every stem of the corpus, with related-form lookups. */
  readonly vocabulary: StemSet;
  /** The corpus's languages, most passages first. */
  readonly corpusLanguages: readonly TextLanguage[];
  idf(term: string): number;
  knows(term: string): boolean;
  /** Share of the passages holding this term, in [0, 1]. */
  share(term: string): number;
  /** Each passage's distinct stems and the language it was analysed in (absent: no stems by language). */
  readonly terms?: ReadonlyArray<ReadonlySet<string>>;
  readonly languages?: readonly TextLanguage[];
}

/**
 * An unknown word that is only ever a verb, adjective or adverb weighs this much of a noun: a
 * question's topic is in its nouns. Value set when weak words were introduced, on the seed's probe set.
 */
const WEAK_WORD_WEIGHT = 0.3;
/**
 * A word the corpus only writes as a name (a place, a person) weighs this many times its idf: a
 * question naming Senegal asks about Senegal, whatever else it shares with other pages.
 */
const NAME_WEIGHT = 2;
/** A term a quarter of the passages hold is the corpus's own subject (OIM: every seed passage, about half the fixture's). */
const PERVASIVE_SHARE = 0.25;
/** Word pairs whose sameness a vocabulary remembers before starting over (see Vocabulary.sameWord). */
const WORD_PAIRS_REMEMBERED = 10_000;
/** Question words whose own stems a vocabulary remembers per language before starting over (see Vocabulary.ownWord). */
const OWN_WORDS_REMEMBERED = 10_000;
/** Stems whose loosely related forms a vocabulary remembers having before starting over (see Vocabulary.hasLooselyRelated). */
const STEMS_REMEMBERED = 10_000;

export class Vocabulary {
  readonly weakWords: WeakWords;
  /** Stem of each corpus acronym → the acronym as written. */
  private readonly acronymStems: Map<string, string>;
  /** The corpus's acronyms, their spelled-out forms and names, for reading a question's. */
  readonly acronymReader: AcronymReader;
  private readonly chrome: Set<string>;
  /** Words the corpus only writes as names (see properNames). */
  private readonly names: Set<string>;
  private readonly translator: QuestionTranslator;

  constructor(
    private readonly stats: TermStatistics,
    readonly glossary: Glossary,
    /** The indexed passages: site chrome, proper names and attested translations are read from them. */
    chunks: ReadonlyArray<Pick<Chunk, 'text' | 'source' | 'language' | 'translations'>> = [],
    /** The menus' labels ingestion left out: the passages no longer hold them. */
    navigation: readonly string[] = [],
  ) {
    this.chrome = repeatedLines(chunks);
    for (const label of navigation) this.chrome.add(chromeKey(label));
    this.names = properNames(chunks);
    const weak = glossary.weak ?? { fr: [], en: [] };
    this.weakWords = { fr: new Set(weak.fr), en: new Set(weak.en) };
    this.acronymStems = new Map(glossary.acronyms.map((a) => [stem(a.toLowerCase()), a]));
    const corpusWord = (word: string) => this.languages.some((l) => this.has(stemIn(word, l)));
    // A common word: the corpus or the dictionary has it, and the corpus does not write it as a name only.
    const commonWord = (word: string) =>
      !this.isProperName(word) &&
      (corpusWord(word) ||
        ownEntry(glossary.entries, entryKeyOf(glossary, word)).length > 0 ||
        ownEntry(glossary.toEnglish, stem(word)).length > 0);
    this.acronymReader = new AcronymReader(glossary, this.sameWord, corpusWord, commonWord);
    const corpus: TranslatedCorpus = {
      languages: () => this.languages,
      acronymReader: this.acronymReader,
      stems: stats.vocabulary,
      ownWord: this.ownWord,
    };
    this.translator = new QuestionTranslator(corpus, new WordTranslations(glossary, stats, chunks));
  }

  /**
   * Are two words one word, in one language or across two: the same stem (or a related one), a
   * cognate spelling (organization/organisation), or a dictionary translation the corpus has.
   */
  sameWord = (a: string, b: string): boolean => {
    const key = `${a}\u0000${b}`;
    return this.sameWords.get(key) ?? this.sameWords.set(key, this.compareWords(a, b));
  };

  /**
   * sameWord's answers: a pure function of the two words and the corpus's dictionary, asked again
   * for the same pairs on every question naming the same capitalised words (AcronymReader.collapse).
   */
  private readonly sameWords = new MemoUntilFull<boolean>(WORD_PAIRS_REMEMBERED);

  private compareWords(a: string, b: string): boolean {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    if (foldAccents(x) === foldAccents(y)) return true;
    if (TEXT_LANGUAGES.some((l) => related(stemIn(x, l), stemIn(y, l)))) return true;
    const oneWay = (p: string, q: string) =>
      frenchCognates(p).some((c) => related(stem(c), stem(q))) ||
      englishCognates(p).some((c) => related(englishStem(c), englishStem(q))) ||
      ownEntry(this.glossary.entries, entryKeyOf(this.glossary, p)).some((f) => related(stem(f), stem(q))) ||
      ownEntry(this.glossary.toEnglish, stem(p)).some((e) => related(englishStem(e), englishStem(q)));
    return oneWay(x, y) || oneWay(y, x);
  }

  /** ownWordOf (terms.ts) for this corpus, remembered per word and language: a question's words come back question after question. */
  readonly ownWord = (word: string, language: Language): OwnWord => {
    const memo = this.ownWords[language];
    return memo.get(word) ?? memo.set(word, ownWordOf(word, language, this.languages, this.weakWords));
  };

  private readonly ownWords: Record<Language, MemoUntilFull<OwnWord>> = {
    fr: new MemoUntilFull(OWN_WORDS_REMEMBERED),
    en: new MemoUntilFull(OWN_WORDS_REMEMBERED),
  };

  /** The dictionary both ways, for telling a translation's meanings apart (wordSenses.ts); empty without a dictionary. */
  readonly senses: SenseDictionary = {
    englishOf: (frenchStem) => ownEntry(this.glossary.senses ?? this.glossary.toEnglish, frenchStem),
    // Keyed as the glossary keys its headwords: a base form's stem ("found" is to found, not find's past).
    frenchOf: (english) => ownEntry(this.glossary.entries, entryKeyOf(this.glossary, english, englishBaseStem)),
  };

  /** Is this line (a sentence, a list item) one that many documents repeat: a menu, a footer, a banner? */
  isChrome(line: string): boolean {
    return this.chrome.has(this.chromeKeys(line));
  }

  /** chromeKey of the passage sentences and titles asked about: the same ones come back question after question. */
  private readonly chromeKeys = memoByText(chromeKey);

  /**
   * The question with spelled-out names of corpus acronyms written as the acronym (see
   * AcronymReader.collapse), and the common acronyms the corpus never writes spelled out.
   */
  collapse(question: string, language: Language): string {
    return namingOwnBody(this.acronymReader.collapse(this.acronymReader.spellOutCommon(question, language)), this.ownAcronym);
  }

  /** The acronym most passages hold, at least PERVASIVE_SHARE of them: the organisation the site is about; null without one. Read on first use. */
  get ownAcronym(): string | null {
    if (this.ownRead === undefined) {
      let best: { acronym: string; share: number } | null = null;
      for (const [s, acronym] of this.acronymStems) {
        const share = this.stats.share(s);
        if (share >= PERVASIVE_SHARE && (!best || share > best.share)) best = { acronym, share };
      }
      this.ownRead = best?.acronym ?? null;
    }
    return this.ownRead;
  }

  private ownRead: string | null | undefined;

  get acronyms(): string[] {
    return this.glossary.acronyms;
  }

  /** The corpus's languages, most passages first (French for an empty corpus). */
  get languages(): readonly TextLanguage[] {
    return this.stats.corpusLanguages.length ? this.stats.corpusLanguages : ['fr'];
  }

  idf(term: string): number {
    return this.stats.idf(term);
  }

  /**
   * Is a group one that a large share of the passages hold (PERVASIVE_SHARE): the organisation's
   * own acronym, which says nothing about which of its facts a sentence states?
   */
  isPervasive(group: WordGroup): boolean {
    return group.stems.some((s) => this.stats.share(s) >= PERVASIVE_SHARE);
  }

  /** The corpus has this stem exactly. */
  has(term: string): boolean {
    return this.stats.knows(term);
  }

  /** The corpus has this stem or a related form of it (organis/organisation). */
  hasRelated(term: string): boolean {
    return this.stats.vocabulary.hasRelated(term);
  }

  /**
   * The corpus has this stem, a related form, or a stem sharing its first letters (directeur/directrice).
   * Remembered per stem: every question asks it of each of its stems (weigh), and the index's stems never change.
   */
  hasLooselyRelated(term: string): boolean {
    return this.looselyKnown.get(term) ?? this.looselyKnown.set(term, this.stats.vocabulary.hasLooselyRelated(term));
  }

  private readonly looselyKnown = new MemoUntilFull<boolean>(STEMS_REMEMBERED);

  /**
   * A cognate guess (WordGroup.cognateOnly) the corpus has: the stem or a related form, or a stem
   * sharing its beginning and spelled nearly alike (isCognateSpelling: directeur for "director", not
   * internationale for "internship"). Remembered per stem, as hasLooselyRelated.
   */
  private hasCognate(term: string): boolean {
    const found = this.cognateKnown.get(term);
    if (found !== undefined) return found;
    const near =
      term.length >= LOOSE_PREFIX &&
      this.stats.vocabulary.startingWith(term.slice(0, LOOSE_PREFIX)).some((t) => isCognateSpelling(term, t));
    return this.cognateKnown.set(term, this.hasRelated(term) || near);
  }

  private readonly cognateKnown = new MemoUntilFull<boolean>(STEMS_REMEMBERED);

  /** Does the corpus write this word only as a name (a place, a person: see properNames)? */
  isProperName(word: string): boolean {
    return this.names.has(foldAccents(word));
  }

  /** The corpus acronym a word group names, if any. */
  acronymOf(group: WordGroup): string | undefined {
    for (const s of group.stems) {
      const acronym = this.acronymStems.get(s);
      if (acronym !== undefined) return acronym;
    }
    return undefined;
  }

  /** How much a group weighs: the idf of its most specific known stem (unseen: the maximum, less for a weak word). */
  private weightOf(group: WordGroup): number {
    // A synonym weighs only for a word the corpus writes in no other form: the word asked is the topic, not its synonym's rarity.
    const own = group.synonyms ? group.stems.filter((s) => !group.synonyms?.has(s) && this.stats.knows(s)) : [];
    const known = own.length ? own : group.stems.filter((s) => this.stats.knows(s));
    if (!known.length) return this.stats.idf(group.stems[0]) * (group.weak ? WEAK_WORD_WEIGHT : 1);
    const name = this.isProperName(group.word) ? NAME_WEIGHT : 1;
    return name * Math.max(...known.map((s) => this.stats.idf(s)));
  }

  /** Word groups as the corpus sees them: weight, whether it knows them, the acronym they name. */
  weigh(groups: WordGroup[]): TermGroup[] {
    return groups.map((g) => {
      // Fields written out rather than spread: the spreads were most of this step's time (bench:chat's profile).
      const group: TermGroup = {
        word: g.word,
        stems: g.stems,
        weight: this.weightOf(g),
        known: g.cognateOnly ? g.stems.some((s) => this.hasCognate(s)) : g.stems.some((s) => this.hasLooselyRelated(s)),
      };
      if (g.weak !== undefined) group.weak = g.weak;
      if (g.otherWords !== undefined) group.otherWords = g.otherWords;
      if (g.synonyms !== undefined) {
        group.synonyms = g.synonyms;
        group.synonymShares = this.synonymShares(g.synonyms, group.weight);
      }
      const acronym = this.acronymOf(g);
      if (acronym) group.acronym = acronym;
      if (group.known && !g.stems.some((s) => this.knowsFamily(s))) group.byChance = true;
      if (this.isProperName(g.word)) group.properName = true;
      return group;
    });
  }

  /**
   * Each synonym stem's share of a match (TermGroup.synonymShares): SYNONYM_MATCH, times its idf over
   * the word's weight where the synonym is the more common ("take" for "lead", "go" for "travel"): a
   * passage saying a common word says little of a rarer one asked.
   */
  private synonymShares(synonyms: ReadonlySet<string>, weight: number): Map<string, number> {
    const shares = new Map<string, number>();
    for (const s of synonyms) shares.set(s, SYNONYM_MATCH * (weight > 0 ? Math.min(1, this.stats.idf(s) / weight) : 1));
    return shares;
  }

  /** The corpus has this stem, or a stem of its word family (stemSet.ts sameFamily: TermGroup.byChance). */
  private knowsFamily(stem: string): boolean {
    if (this.stats.knows(stem)) return true;
    return stem.length >= MIN_SHARED_PREFIX && this.stats.vocabulary.startingWith(stem.slice(0, MIN_SHARED_PREFIX)).length > 0;
  }

  /** A group for a single word outside any question (a claim's name the analyzer drops, like "UN"). */
  group(word: string): TermGroup {
    return this.weigh([{ word, stems: [groupKey(word, this.languages)] }])[0];
  }

  /**
   * Forms of a question's words in the corpus's other languages: dictionary translations and
   * cognate spellings the corpus has (English → French, French → English), and an English
   * question's synonyms (questionTranslations.ts).
   */
  translations(query: string, language: Language): Map<string, Form[]> {
    return this.translator.translations(query, language);
  }
}
