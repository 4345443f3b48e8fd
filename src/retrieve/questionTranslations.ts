// A question's words in the corpus's other languages (English → French, French → English): the
// acronyms' meanings, the dictionary's translations reduced to what the corpus attests and less its
// false friends, the migration catalogue's terms, the translated pages' words, cognate spellings,
// and an English question's WordNet synonyms. Each word's look-ups are remembered by
// WordTranslations; this assembles them for one question, in the order each step needs.
import type { Language } from '../types.js';
import { englishStem, isStopWord, stem, type TextLanguage, words } from '../text/analyzer.js';
import { englishCognates, frenchCognates } from '../text/cognates.js';
import { domainTranslations, writes } from '../text/domainTerms.js';
import { beginsPhrasalVerb } from '../text/synonyms.js';
import { related, type StemSet } from '../text/stemSet.js';
import type { AcronymReader } from './acronymReader.js';
import { withoutOtherWordsSense } from './otherWordsSense.js';
import { framedSenses, reframed, withSenseWords } from './frameSenses.js';
import { capitalisedNameWords } from './reasonAndName.js';
import type { Form, OwnWord } from './terms.js';
import type { WordTranslations } from './wordTranslations.js';

/** What a question's translation reads of the corpus (the Vocabulary gives it). */
export interface TranslatedCorpus {
  /** The corpus's languages, most passages first. */
  languages(): readonly TextLanguage[];
  readonly acronymReader: AcronymReader;
  /** Every stem of the corpus, with related-form lookups. */
  readonly stems: StemSet;
  ownWord(word: string, language: Language): OwnWord;
}

/**
 * Adds each word's forms in a target language to a question's translations (QuestionTranslator.translations).
 * A module function: tsx names each local function it compiles on every call (esbuild's keepNames).
 */
function addForms(out: Map<string, Form[]>, forms: ReadonlyMap<string, readonly string[]>, target: TextLanguage): void {
  for (const [w, list] of forms) out.set(w, [...(out.get(w) ?? []), ...list.map((word) => ({ word, language: target }))]);
}

export class QuestionTranslator {
  constructor(
    private readonly corpus: TranslatedCorpus,
    private readonly wordLookups: WordTranslations,
  ) {}

  /**
   * Forms of a question's words in the corpus's other languages: dictionary translations and
   * cognate spellings the corpus has (English → French, French → English).
   */
  translations(query: string, language: Language): Map<string, Form[]> {
    const out = new Map<string, Form[]>();
    // An acronym stands for the corpus's acronyms or a name's words, in every corpus language.
    for (const [w, meaning] of this.corpus.acronymReader.read(query)) {
      for (const target of this.corpus.languages()) addForms(out, new Map([[w, [...meaning.acronyms, ...meaning.words]]]), target);
    }
    // The question's words, read once (when a translation is asked) for the steps below that go word by word,
    // with the verbs a frame fixes the sense of (frameSenses.ts), translated as the question's own.
    const framed = framedSenses(query, language);
    let ws: readonly string[] | undefined;
    for (const target of this.corpus.languages()) {
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
    if (language === 'en' && this.corpus.languages().includes('en')) {
      ws ??= words(query);
      for (const [w, list] of this.synonyms(ws, capitalisedNameWords(query)))
        out.set(w, [...(out.get(w) ?? []), ...list.map((word): Form => ({ word, language: 'en', synonym: true }))]);
    }
    if (!framed.size) return out;
    const written = this.corpus.languages().includes(language as TextLanguage) ? (language as TextLanguage) : null;
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
      const found = this.wordLookups.synonyms(w);
      if (found.length) out.set(w, found);
    }
    return out;
  }

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
    const [ownSide, ownStem, targetStem] =
      from === 'en' ? [this.wordLookups.englishWords, englishStem, stem] : [this.wordLookups.frenchWords, stem, englishStem];
    for (const [w, list] of translations) {
      if (!this.corpus.ownWord(w, from).weak) continue;
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
        return this.corpus.stems.startingWith(s).some((written) => writes(written, s));
      });
      if (kept.length) translations.set(w, kept);
    }
    return translations;
  }

  /**
   * The dictionary's translations of each word (in the order the question first writes them),
   * reduced to those the corpus attests (see WordTranslations.attestedOf).
   */
  private attested(ws: readonly string[], from: 'en' | 'fr'): Map<string, readonly string[]> {
    const translations = new Map<string, readonly string[]>();
    for (const w of ws) {
      const found = this.wordLookups.forms(w, from).dictionary;
      if (found) translations.set(w, found);
    }
    return translations;
  }

  /**
   * Dictionary translations, with the word the corpus's translated pages write for a question word
   * the dictionary does not translate ("headquarters" ↔ "siège": FreeDict has no entry): the
   * organisation's own pages are the translation it uses, where the dictionary is silent.
   */
  private aligned(ws: readonly string[], from: 'en' | 'fr', translations: Map<string, readonly string[]>): Map<string, readonly string[]> {
    for (const w of ws) {
      if (translations.has(w)) continue;
      const found = this.wordLookups.forms(w, from).aligned;
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
      const found = this.wordLookups.forms(w, 'en').shared;
      if (found.length) translations.set(w, found);
    }
    return translations;
  }

  /** Dictionary translations with the cognate spellings the corpus has added. */
  private cognates(
    ws: readonly string[],
    language: Language,
    translations: Map<string, readonly string[]>,
    cognatesOf: (word: string) => string[],
    stemOf: (word: string) => string,
  ): Map<string, readonly string[]> {
    const kept = (c: string) => this.corpus.stems.hasRelated(stemOf(c));
    for (const w of ws) {
      if (isStopWord(w, language)) continue;
      const cognates = this.wordLookups.cognates(w, language, cognatesOf, kept);
      if (cognates.length) translations.set(w, [...(translations.get(w) ?? []), ...cognates]);
    }
    return translations;
  }
}
