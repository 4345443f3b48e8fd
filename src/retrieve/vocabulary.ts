// What the corpus knows, apart from how passages are searched: term statistics (idf, which stems
// and related forms it has), the dictionary's translations reduced to the corpus, its acronyms,
// and the words it knows only as verbs. Built once when an index is loaded; the question reader,
// the retriever, the answer layer and the fact checker all consult the same one.
import type { Chunk, Language } from '../types.js';
import { AcronymReader } from './acronymReader.js';
import { namingOwnBody } from './ownBody.js';
import {
  englishBaseStem,
  englishStem,
  foldAccents,
  isStopWord,
  sameText,
  stem,
  stemIn,
  TEXT_LANGUAGES,
  type TextLanguage,
  words,
} from '../text/analyzer.js';
import { MemoUntilFull, memoByText } from '../lib/memo.js';
import { englishCognates, frenchCognates } from '../text/cognates.js';
import { domainTranslations, writes } from '../text/domainTerms.js';
import { entryKeyOf } from '../text/entryKeys.js';
import { englishOfWord, frenchOfWord, type Glossary } from '../text/glossary.js';
import { beginsPhrasalVerb, synonymsOf } from '../text/synonyms.js';
import { capitalisedNameWords } from './reasonAndName.js';
import { LOOSE_PREFIX, MIN_SHARED_PREFIX, related, type StemSet } from '../text/stemSet.js';
import { CorpusCognates, isCognateSpelling } from './corpusCognates.js';
import { withoutOtherWordsSense } from './otherWordsSense.js';
import { framedSenses, reframed, withSenseWords } from './frameSenses.js';
import { AlignedLexicon, isVerbForm, properNames } from './corpusEvidence.js';
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
/**
 * A line found in this many documents or more is site chrome (a menu, a footer, a banner), never
 * an answer: three, because a page and its print copy or translation share lines, a menu more.
 */
const MIN_CHROME_DOCUMENTS = 3;

/** A line as chrome is compared: no list bullet, no case, accents or punctuation. */
function chromeKey(line: string): string {
  return sameText(line.replace(/^\s*[-–—•*·]\s+/, ''));
}

/** Lines that MIN_CHROME_DOCUMENTS documents or more repeat, compared as sameText normalises them. */
function repeatedLines(chunks: ReadonlyArray<Pick<Chunk, 'text' | 'source'>>): Set<string> {
  const sources = new Map<string, Set<string>>();
  for (const c of chunks) {
    for (const line of c.text.split('\n')) {
      const key = chromeKey(line);
      if (key) sources.set(key, (sources.get(key) ?? new Set()).add(c.source));
    }
  }
  return new Set([...sources].filter(([, s]) => s.size >= MIN_CHROME_DOCUMENTS).map(([line]) => line));
}

/** Word pairs whose sameness a vocabulary remembers before starting over (see Vocabulary.sameWord). */
const WORD_PAIRS_REMEMBERED = 10_000;
/** Question words whose known cognates a vocabulary remembers per language before starting over: a few thousand words come back. */
const COGNATE_WORDS_REMEMBERED = 10_000;
/** Question words whose own stems a vocabulary remembers per language before starting over (see Vocabulary.ownWord). */
const OWN_WORDS_REMEMBERED = 10_000;
/** Stems whose loosely related forms a vocabulary remembers having before starting over (see Vocabulary.hasLooselyRelated). */
const STEMS_REMEMBERED = 10_000;
/** Question words whose translations a vocabulary remembers per language before starting over (see Vocabulary.wordForms). */
const TRANSLATED_WORDS_REMEMBERED = 10_000;

/** English question words whose synonyms a vocabulary remembers before starting over (see Vocabulary.synonyms). */
const SYNONYM_WORDS_REMEMBERED = 10_000;

/** One question word's translations at each step of Vocabulary.translations, the steps after the first used only where the earlier ones found nothing. */
interface WordForms {
  /** The dictionary's, reduced to what the corpus attests (Vocabulary.attestedOf); null for none. */
  readonly dictionary: readonly string[] | null;
  /** The word the corpus's translated pages write for it (null for a stop word or none). */
  readonly aligned: string | null;
  /** English only: the corpus's French words beginning as it does (corpusCognates.ts). */
  readonly shared: readonly string[];
}

/**
 * Adds each word's forms in a target language to a question's translations (Vocabulary.translations).
 * A module function: tsx names each local function it compiles on every call (esbuild's keepNames).
 */
function addForms(out: Map<string, Form[]>, forms: ReadonlyMap<string, readonly string[]>, target: TextLanguage): void {
  for (const [w, list] of forms) out.set(w, [...(out.get(w) ?? []), ...list.map((word) => ({ word, language: target }))]);
}

/** A table's own entry for a key: a word such as "constructor" is no key of the prototype's. */
function ownEntry(table: Record<string, string[]> | undefined, key: string): string[] {
  return table && Object.hasOwn(table, key) ? table[key] : [];
}

export class Vocabulary {
  readonly weakWords: WeakWords;
  /** Stem of each corpus acronym → the acronym as written. */
  private readonly acronymStems: Map<string, string>;
  /** The corpus's acronyms, their spelled-out forms and names, for reading a question's. */
  readonly acronymReader: AcronymReader;
  private readonly chrome: Set<string>;
  /** Words the corpus only writes as names (see properNames). */
  private readonly names: Set<string>;
  private readonly lexicon: AlignedLexicon;
  /** The corpus's French stems by their beginnings, for English words nothing translates (see corpusCognates.ts). */
  private readonly frenchWords: CorpusCognates;
  /** The corpus's English stems, to tell a French translation's stem that English writes as another word (see withoutFalseFriends). */
  private readonly englishWords: CorpusCognates;

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
    this.lexicon = new AlignedLexicon(chunks);
    this.frenchWords = new CorpusCognates(stats.terms ?? [], stats.languages ?? [], 'fr');
    this.englishWords = new CorpusCognates(stats.terms ?? [], stats.languages ?? [], 'en');
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
   * cognate spellings the corpus has (English → French, French → English).
   */
  translations(query: string, language: Language): Map<string, Form[]> {
    const out = new Map<string, Form[]>();
    // An acronym stands for the corpus's acronyms or a name's words, in every corpus language.
    for (const [w, meaning] of this.acronymReader.read(query)) {
      for (const target of this.languages) addForms(out, new Map([[w, [...meaning.acronyms, ...meaning.words]]]), target);
    }
    // The question's words, read once (when a translation is asked) for the steps below that go word by word,
    // with the verbs a frame fixes the sense of (frameSenses.ts), translated as the question's own.
    const framed = framedSenses(query, language);
    let ws: readonly string[] | undefined;
    for (const target of this.languages) {
      if (target === language) continue;
      if (target === 'fr' && language === 'en') {
        ws ??= withSenseWords(words(query), framed);
        const toFrench = withoutOtherWordsSense(
          this.withoutFalseFriends(this.aligned(ws, 'en', this.withDomainTerms(ws, 'en', this.attested(ws, 'en'))), 'en'),
          ws,
          'en',
        );
        addForms(out, this.sharedBeginnings(ws, this.cognates(ws, 'en', toFrench, frenchCognates, stem)), 'fr');
      }
      if (target === 'en' && language === 'fr') {
        ws ??= withSenseWords(words(query), framed);
        const toEnglish = withoutOtherWordsSense(
          this.withoutFalseFriends(this.aligned(ws, 'fr', this.withDomainTerms(ws, 'fr', this.attested(ws, 'fr'))), 'fr'),
          ws,
          'fr',
        );
        addForms(out, this.cognates(ws, 'fr', toEnglish, englishCognates, englishStem), 'en');
      }
    }
    if (language === 'en' && this.languages.includes('en')) {
      ws ??= words(query);
      for (const [w, list] of this.synonyms(ws, capitalisedNameWords(query)))
        out.set(w, [...(out.get(w) ?? []), ...list.map((word): Form => ({ word, language: 'en', synonym: true }))]);
    }
    if (!framed.size) return out;
    const written = this.languages.includes(language as TextLanguage) ? (language as TextLanguage) : null;
    return reframed(out, framed, words(query), (word) => (written ? { word, language: written } : null));
  }

  /**
   * The corpus's English words WordNet gives as synonyms of an English question's words
   * (Glossary.synonyms), none for a word of a name the question writes in capitals: "Member States"
   * names IOM's members, and state → country found "IOM now has offices in 164 countries" first for
   * "How many Member States did IOM have in 2019?" (own s15scope s19).
   */
  private synonyms(ws: readonly string[], nameWords: readonly string[]): Map<string, readonly string[]> {
    const out = new Map<string, readonly string[]>();
    for (const [i, w] of ws.entries()) {
      if (isStopWord(w, 'en') || beginsPhrasalVerb(ws, i) || nameWords.includes(w)) continue;
      let found = this.synonymWords.get(w);
      if (found === undefined) found = this.synonymWords.set(w, Object.freeze(synonymsOf(this.glossary.synonyms, w)));
      if (found.length) out.set(w, found);
    }
    return out;
  }

  /** Each English question word's synonyms (synonymsOf: a pure function of the word and the index), read once per word. */
  private readonly synonymWords = new MemoUntilFull<readonly string[]>(SYNONYM_WORDS_REMEMBERED);

  /**
   * Each verb's translations less those whose stem the question's own language writes as another
   * word, where the verb keeps another: a stem is searched in every passage, whatever its language,
   * and "started" → activer (activ) found the English pages' "activities" (multidoc d05). A stem
   * related to the question word's own is the same word in both (communication) and stays; a word
   * with no other translation keeps its one. Verbs only (weak words: terms.ts): a noun's
   * translations name the thing in both languages ("people" → personnes, where English writes
   * "person", the same meaning; measured: dropping those lost multidoc o02 and l07).
   */
  private withoutFalseFriends(translations: Map<string, readonly string[]>, from: 'en' | 'fr'): Map<string, readonly string[]> {
    const [ownSide, ownStem, targetStem] = from === 'en' ? [this.englishWords, englishStem, stem] : [this.frenchWords, stem, englishStem];
    for (const [w, list] of translations) {
      if (!this.ownWord(w, from).weak) continue;
      const own = ownStem(w);
      const kept = list.filter((t) => {
        const s = targetStem(t.toLowerCase());
        return !ownSide.has(s) || related(s, own);
      });
      if (kept.length && kept.length < list.length) translations.set(w, kept);
    }
    return translations;
  }

  /**
   * Translations with the migration catalogue's (text/domainTerms.ts) in place of the dictionary's,
   * for the words it has: FreeDict lacks the organisation's own terms (remittance, resettlement,
   * expulsion) or gives them another sense (labour → accoucher, remit → supprimer for
   * "remittances"), and a multiword term (titre de séjour) is read whole. Kept where the corpus
   * writes the translation as itself (see writes), not a longer word beginning as it does:
   * "stateless" is no translation to add where English pages write only "States". Read before the
   * translated pages' word (aligned), which stands in only where no dictionary translates.
   */
  private withDomainTerms(
    ws: readonly string[],
    from: 'en' | 'fr',
    translations: Map<string, readonly string[]>,
  ): Map<string, readonly string[]> {
    const targetStem = from === 'en' ? stem : englishStem;
    for (const [w, list] of domainTranslations(ws, from)) {
      const kept = list.filter((t) => {
        const s = targetStem(t);
        return this.stats.vocabulary.startingWith(s).some((written) => writes(written, s));
      });
      if (kept.length) translations.set(w, kept);
    }
    return translations;
  }

  /**
   * The dictionary's translations of each word (in the order the question first writes them),
   * reduced to those the corpus attests (see attestedOf).
   */
  private attested(ws: readonly string[], from: 'en' | 'fr'): Map<string, readonly string[]> {
    const translations = new Map<string, readonly string[]>();
    for (const w of ws) {
      const found = this.wordForms(w, from).dictionary;
      if (found) translations.set(w, found);
    }
    return translations;
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
   * Dictionary translations, with the word the corpus's translated pages write for a question word
   * the dictionary does not translate ("headquarters" ↔ "siège": FreeDict has no entry): the
   * organisation's own pages are the translation it uses, where the dictionary is silent.
   */
  private aligned(ws: readonly string[], from: 'en' | 'fr', translations: Map<string, readonly string[]>): Map<string, readonly string[]> {
    for (const w of ws) {
      if (translations.has(w)) continue;
      const found = this.wordForms(w, from).aligned;
      if (found) translations.set(w, [found]);
    }
    return translations;
  }

  /**
   * For an English word that neither the dictionary, the translated pages nor the cognate rules
   * translate, the French words of the corpus that begin as it does (portal → portail): see
   * corpusCognates.ts.
   */
  private sharedBeginnings(ws: readonly string[], translations: Map<string, readonly string[]>): Map<string, readonly string[]> {
    for (const w of ws) {
      if (translations.has(w)) continue;
      const found = this.wordForms(w, 'en').shared;
      if (found.length) translations.set(w, found);
    }
    return translations;
  }

  /**
   * One question word's translations at each step (see WordForms): a pure function of the word and
   * this index, so read once per word and language rather than on every question that writes it
   * (the same few thousand words come back). Never changed by a caller.
   */
  private wordForms(word: string, from: 'en' | 'fr'): WordForms {
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

  /** Dictionary translations with the cognate spellings the corpus has added. */
  private cognates(
    ws: readonly string[],
    language: Language,
    translations: Map<string, readonly string[]>,
    cognatesOf: (word: string) => string[],
    stemOf: (word: string) => string,
  ): Map<string, readonly string[]> {
    const memo = this.knownCognates[language];
    for (const w of ws) {
      if (isStopWord(w, language)) continue;
      let cognates = memo.get(w);
      if (cognates === undefined) cognates = memo.set(w, Object.freeze(cognatesOf(w).filter((c) => this.hasRelated(stemOf(c)))));
      if (cognates.length) translations.set(w, [...(translations.get(w) ?? []), ...cognates]);
    }
    return translations;
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
}
