// A question's acronyms and spelled-out names, read against what the corpus says of its own (see
// acronyms.ts). A word is taken for an acronym only when written as one — in capitals in a
// question that is not all capitals, or in lower case when it is no word at all (not a stop word,
// not a dictionary word nor a form of an English one, not a word of the corpus) — and then only as:
//   1. an acronym the corpus writes (OIM, "oim"), with the acronyms the corpus spells out the same
//      way in another language (OIM ≡ IOM: their spelled-out forms translate word for word);
//   2. the translation of one the corpus spells out: its letters are the initials of that form's
//      words in another language (IOM for "Organisation internationale pour les migrations");
//   3. the acronym of a name the corpus writes ("Nations Unies" for UN), possibly headed by the
//      first word of another spelled-out form (ONU: "Organisation" + "Nations Unies").
// A run of capitalised words is read as an acronym only when it is that acronym's spelled-out form,
// word for word (in any language): a person's name is never taken for an agency's initials.
import { MemoUntilFull } from '../lib/memo.js';
import { contentWords, withoutConnectors } from '../text/acronyms.js';
import { foldAccents, isStopWord } from '../text/analyzer.js';
import { englishTags } from '../text/englishBase.js';
import type { Glossary } from '../text/glossary.js';
import { looselyRelated } from '../text/stemSet.js';
import { lettersFit, type SameWord, sameWords } from './acronymLetters.js';
import { spellOutCommonAcronyms } from './commonAcronyms.js';
import type { Language } from '../types.js';

export type { SameWord } from './acronymLetters.js';

/** What an acronym-like word of a question stands for: acronyms of the corpus, or a name's words. */
export interface AcronymMeaning {
  acronyms: string[];
  words: string[];
}

/**
 * Fewest capitalised words whose initials are read as a corpus acronym the corpus never spells
 * out in them (AcronymReader.initialsAcronym): two common words' initials make too many two-letter
 * acronyms by chance (a question's "Data Portal" is no DP); the unit names it is for have three or
 * more (GMDAC, DTM).
 */
const MIN_INITIALS_WORDS = 3;
/** Tokens whose reading a reader remembers before starting over. */
const TOKENS_REMEMBERED = 10_000;
const CONNECTORS = new Set(['for', 'of', 'the', 'and', 'on', 'pour', 'de', 'des', 'du', 'la', 'le', 'les', 'et', 'sur', 'l', 'd']);
// Module constants: under tsx (tests, scripts) esbuild compiles a \p{…} regex literal anew at each call (scripts/build.mjs says why dist no longer does).
const CAPITAL_FIRST = /^\p{Lu}/u;
const LETTERS_ONLY = /^\p{L}{2,6}$/u;
const CAPITALS_ONLY = /^\p{Lu}+$/u;
const CAPITALS = /\p{Lu}/gu;
const LETTER_RUN = /\p{L}+/gu;
const isCapitalised = (word: string) => CAPITAL_FIRST.test(word);

/** A question typed in capitals writes every word like an acronym. */
function isShouting(question: string): boolean {
  const letters = question.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.replace(CAPITALS, '').length < letters.length / 2;
}

export class AcronymReader {
  private readonly acronyms: Set<string>;
  private readonly expansions: Array<{ acronym: string; form: string; words: string[]; initials: string[] }>;
  private readonly names: Array<{ name: string; words: string[]; initials: string[] }>;
  /** Initials of the first word of the corpus's spelled-out forms (Organisation, Comité…). */
  private readonly heads: Set<string>;
  private readonly shortWords: Set<string>;
  /** Acronym → the acronyms the corpus spells out as its translation (OIM → IOM). */
  readonly equivalents: Map<string, string[]>;

  constructor(
    glossary: Glossary,
    private readonly same: SameWord,
    /** Is this lower-case word a word of the corpus (not an acronym typed in lower case)? */
    private readonly corpusWord: (word: string) => boolean,
    /** Is this word a common word (of the corpus or the dictionary, not a name): see initialsAcronym. */
    private readonly commonWord: (word: string) => boolean = () => false,
  ) {
    this.acronyms = new Set(glossary.acronyms);
    const initials = glossary.initials ?? {};
    const letters = (form: string) => initials[form] ?? contentWords(form).map((w) => foldAccents(w[0]).toLowerCase());
    this.expansions = Object.entries(glossary.expansions ?? {}).flatMap(([acronym, forms]) =>
      forms.map((form) => ({ acronym, form, words: contentWords(form), initials: letters(form) })),
    );
    this.names = (glossary.names ?? []).map((name) => ({ name, words: contentWords(name), initials: letters(name) }));
    this.heads = new Set(this.expansions.map((e) => foldAccents(e.words[0]?.[0] ?? '').toLowerCase()).filter(Boolean));
    this.shortWords = new Set(glossary.shortWords ?? []);
    this.equivalents = this.findEquivalents();
  }

  /**
   * Two words of two spelled-out forms are one when the same (SameWord) or sharing their first
   * letters (looselyRelated): a body's name translates its nouns by derivation the dictionary has no
   * entry for ("High Commissioner" ↔ "Haut-Commissariat", so UNHCR ≡ HCR). Loose for a single word,
   * strict for a name: every word of one form must pair with a word of the other.
   */
  private readonly sameInNames: SameWord = (a, b) =>
    this.same(a, b) || looselyRelated(foldAccents(a.toLowerCase()), foldAccents(b.toLowerCase()));

  /** Acronyms whose spelled-out forms are the same words (in two languages): OIM and IOM, UNHCR and HCR. */
  private findEquivalents(): Map<string, string[]> {
    const out = new Map<string, Set<string>>();
    for (const a of this.expansions) {
      for (const b of this.expansions) {
        if (a.acronym === b.acronym || !sameWords(a.words, b.words, this.sameInNames)) continue;
        out.set(a.acronym, (out.get(a.acronym) ?? new Set()).add(b.acronym));
      }
    }
    return new Map([...out].map(([k, v]) => [k, [...v]]));
  }

  /** Is a word of the question written as an acronym (see the header)? */
  private acronymLike(token: string, shouting: boolean): boolean {
    if (!LETTERS_ONLY.test(token)) return false;
    if (CAPITALS_ONLY.test(token) && !shouting) return true;
    const lower = foldAccents(token.toLowerCase());
    if (isStopWord(lower, 'en') || this.shortWords.has(lower)) return false;
    if (this.acronyms.has(lower.toUpperCase())) return true;
    // A form of an English word (wink's lexicon tags it): the dictionary's short words are headwords,
    // so an inflected "paid" was no word of it, and was read as the initials of the Fonds international
    // de développement agricole's English words (IFAD, in another order).
    if (englishTags(lower)) return false;
    // Telling a word typed in lower case from an acronym needs the dictionary's words ("sea" is no ESA).
    return this.shortWords.size > 0 && !this.corpusWord(lower);
  }

  /** What one acronym-like word stands for, or null. */
  private meaning(token: string): AcronymMeaning | null {
    const upper = foldAccents(token).toUpperCase();
    if (this.acronyms.has(upper)) return { acronyms: [upper, ...(this.equivalents.get(upper) ?? [])], words: [] };
    const letters = [...upper.toLowerCase()];
    const translated = this.expansions.filter((e) => lettersFit(letters, e.initials)).map((e) => e.acronym);
    if (translated.length) return { acronyms: [...new Set(translated)], words: [] };
    // Headed by another form's first word, the rest must be the name's own initials, in order (ONU: O + Nations Unies).
    const ownInitials = (words: string[]) => words.map((w) => foldAccents(w[0]).toLowerCase()).join('');
    const named = this.names.find(
      (n) => lettersFit(letters, n.initials) || (this.heads.has(letters[0]) && letters.slice(1).join('') === ownInitials(n.words)),
    );
    return named ? { acronyms: [], words: named.words } : null;
  }

  /**
   * The question with the common acronyms the corpus has none of written out (commonAcronyms.ts):
   * not one it writes anywhere, a glossary's heading included (its "(PDI)" finds its definition,
   * where the spelled-out words found other lines on displaced people too), nor one it spells out
   * (WHO for its "(OMS)"); not in a question typed in capitals, whose "WHO" is a question word. One
   * read only as a name's initials is spelled out in the question's language: a French "DG" read
   * as the English pages' "Director General" ranked "Assemblée générale" above "Directrice générale".
   */
  spellOutCommon(question: string, language: Language): string {
    if (isShouting(question)) return question;
    const corpusHas = (acronym: string) => this.corpusWord(acronym.toLowerCase()) || (this.meaning(acronym)?.acronyms.length ?? 0) > 0;
    return spellOutCommonAcronyms(question, language, corpusHas);
  }

  /** The question's acronym-like words (lower-cased) with what each stands for. */
  read(question: string): Map<string, AcronymMeaning> {
    const tokens = question.match(/[\p{L}\p{N}]+/gu) ?? [];
    const shouting = isShouting(question);
    const out = new Map<string, AcronymMeaning>();
    const memo = shouting ? this.shoutedTokens : this.tokens;
    for (const token of tokens) {
      let meaning = memo.get(token);
      if (meaning === undefined) meaning = memo.set(token, this.acronymLike(token, shouting) ? this.meaning(token) : null);
      if (meaning) out.set(token.toLowerCase(), meaning);
    }
    return out;
  }

  /**
   * What each token stands for (null: nothing, or no acronym), by whether its question is typed in
   * capitals: a pure function of the token and the corpus, so read once per token rather than per
   * question (the same words come back question after question). Never changed by a caller.
   */
  private readonly tokens = new MemoUntilFull<Readonly<AcronymMeaning> | null>(TOKENS_REMEMBERED);
  private readonly shoutedTokens = new MemoUntilFull<Readonly<AcronymMeaning> | null>(TOKENS_REMEMBERED);

  /**
   * The corpus acronym a run of capitalised common words spells, by its own initials in order:
   * "Global Migration Data Analysis Centre" is the GMDAC of a French page that writes only
   * "Centre mondial d'analyse des données sur la migration (GMDAC)", a name translated in another
   * word order, which no spelled-out form matches word for word. Common words only (commonWord):
   * "Anne Émilie Sorel" is a person, not the AES. At least MIN_INITIALS_WORDS words.
   */
  private initialsAcronym(words: string[]): string | undefined {
    if (words.length < MIN_INITIALS_WORDS || !words.every((w) => this.commonWord(w.toLowerCase()))) return undefined;
    const letters = words
      .map((w) => foldAccents(w[0]))
      .join('')
      .toUpperCase();
    return this.acronyms.has(letters) ? letters : undefined;
  }

  /**
   * The question with every run of capitalised words that is the spelled-out form of a corpus
   * acronym (word for word, in any language) replaced by that acronym: "the International
   * Organization for Migration" names one entity, not four common words.
   */
  collapse(question: string): string {
    // Runs of letters only: their words joined by spaces would split back into the same words, so
    // contentWords of a span is its own words less the connectors, with no joining and re-reading.
    // Read with exec from the start rather than matchAll, which copies the regex and makes a match
    // object per word (collapse was 1.3% of an uncached answer's CPU, in-process profile): the same
    // runs at the same places.
    const written: string[] = [];
    const places: number[] = [];
    LETTER_RUN.lastIndex = 0;
    for (let m = LETTER_RUN.exec(question); m !== null; m = LETTER_RUN.exec(question)) {
      written.push(m[0]);
      places.push(m.index);
    }
    const spans: Array<{ start: number; end: number; acronym: string }> = [];
    for (let i = 0; i < written.length; i++) {
      if (!isCapitalised(written[i])) continue;
      let last = i;
      for (let j = i + 1; j < written.length && (isCapitalised(written[j]) || CONNECTORS.has(written[j].toLowerCase())); j++) {
        if (isCapitalised(written[j])) last = j;
      }
      // The longest run from here that is a spelled-out form ("… for Migration Council" ends before "Council").
      for (let end = last; end > i; end--) {
        if (!isCapitalised(written[end])) continue;
        const words = withoutConnectors(written.slice(i, end + 1));
        const match = words.length >= 2 ? this.expansions.find((e) => sameWords(words, e.words, this.same))?.acronym : undefined;
        const acronym = match ?? this.initialsAcronym(words);
        if (!acronym) continue;
        spans.push({ start: places[i], end: places[end] + written[end].length, acronym });
        i = end;
        break;
      }
    }
    return spans.reduceRight((out, s) => out.slice(0, s.start) + s.acronym + out.slice(s.end), question);
  }
}
