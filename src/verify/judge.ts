// The offline verdict. The claim's numbers are checked as facts against the evidence sentences
// (facts.ts); a claim without numbers is supported only when one sentence states all its key terms.
// Anything less certain is not_found: a wrong "supported" would spread an error under the
// organisation's name.
import type { Retrieval } from '../retrieve/hybrid.js';
import type { TermGroup } from '../retrieve/terms.js';
import type { Vocabulary } from '../retrieve/vocabulary.js';
import { analyze, textLanguage } from '../text/analyzer.js';
import type { Language } from '../types.js';
import { ClaimReader, isNumeric, union } from './claimReader.js';
import { evidenceSentences, uniqueEvidence, type Sentence } from './evidence.js';
import type { FactResult } from './facts.js';
import { anchorsFor } from './sentenceSubject.js';
import { explain, type Reason } from './messages.js';
import { namedWords } from './names.js';
import { deniedClause, isNegationWord, negation } from './negation.js';
import { checkInPeriod, factsToCheck } from './period.js';
import { extractQuantities, type Quantity } from '../text/quantities/quantities.js';
import type { Evidence, Verdict } from './types.js';

/** Least share of a supported claim's key terms that its quotes (with their title) must state. */
const MIN_CLAIM_COVERAGE = 0.8;
/** Largest share of a numeric claim's other words (by count) that the corpus may not know at all. */
const MAX_UNKNOWN = 0.5;
/** A claim without numbers: least coverage by one sentence (with its title), and by the sentence alone. */
const MIN_TERMS_COVERAGE = 0.9;
const MIN_SENTENCE_ALONE = 0.5;
/**
 * A claim without numbers that a source sentence denies: least share of the claim's key terms the
 * sentence itself must state. The strong test is that the denied clause says nothing the claim does
 * not (denies()); this only asks that the sentence be about the claim — three weighted quarters, the
 * share facts.ts asks of a number's setting (MIN_SETTING), so that a claim adding a complement to
 * what the source denies ("… aux expulsions de migrants") is denied too.
 */
const MIN_DENIAL_COVERAGE = 0.75;
const CLOSEST_SHOWN = 2;
const MIN_CLOSEST = 0.5;

export interface Judgement {
  verdict: Verdict;
  explanation: string;
  evidence: Evidence[];
  /** The evidence sentences, best first, to offer a model. */
  sentences: Sentence[];
}

export function judgeClaim(retrieval: Retrieval, vocabulary: Vocabulary): Judgement {
  return new ClaimJudge(retrieval, vocabulary).judge();
}

const factPairs = (list: FactResult[]) => list.map((f) => ({ claim: f.claim.phrase, source: f.decisive[0].source.phrase }));
const factQuotes = (list: FactResult[]) => list.flatMap((f) => f.decisive.map((c) => c.sentence));

/** One claim against the evidence sentences of its search. */
class ClaimJudge {
  private readonly language: Language;
  private readonly reader: ClaimReader;
  private readonly sentences: Sentence[];
  /** The claim's terms that say what it is about: not numbers, not negation words. */
  private readonly keyGroups: TermGroup[];
  private readonly namedGroups: TermGroup[];
  /** Names the corpus never mentions (Genève, UN), as written: the text cannot speak about them. */
  private readonly unknownNames: string[];
  /** The same names as words: a number said about them is not checked. */
  private readonly blocked: Set<string>;
  private readonly negated: ReturnType<typeof negation>;
  /** The sentences, best first, for a model. */
  private readonly ranked: Sentence[];

  private readonly claim: string;
  /** The year the claim speaks of ("in 2019", "its 2022 appeal"), or null. */
  private period: number | null;

  constructor({ reading, passages }: Retrieval, vocabulary: Vocabulary) {
    this.claim = reading.text;
    this.period = reading.period;
    this.language = reading.language;
    this.reader = new ClaimReader(vocabulary, reading);
    this.sentences = evidenceSentences(passages);
    this.keyGroups = reading.groups.filter((g) => !isNumeric(g) && !isNegationWord(g.word));
    const named = namedWords(this.claim, this.language);
    const unknownNamed = named.filter((n) => !this.reader.known(this.reader.group(n.word)));
    this.unknownNames = [...new Set(unknownNamed.map((n) => n.surface))];
    this.blocked = new Set(unknownNamed.map((n) => n.word));
    this.namedGroups = named.map((n) => this.reader.group(n.word));
    this.negated = negation(this.claim);
    this.ranked = this.byCoverage(this.keyGroups).map((c) => c.s);
  }

  judge(): Judgement {
    const { facts, period } = factsToCheck(extractQuantities(this.claim, this.language), this.period);
    this.period = period;
    return facts.length ? this.judgeFacts(facts) : this.judgeTerms();
  }

  private judgeFacts(quantities: Quantity[]): Judgement {
    const facts = quantities.map((q) =>
      checkInPeriod(this.reader, q, this.sentences, this.blocked, this.period, anchorsFor(q, quantities)),
    );
    const wrong = facts.filter((f) => f.status === 'contradicted');
    if (wrong.length) {
      if (this.negated) return this.result('not_found', { kind: 'negation-unsure' }, factQuotes(wrong));
      return this.result('contradicted', { kind: 'facts-differ', facts: factPairs(wrong) }, factQuotes(wrong));
    }
    const open = facts.find((f) => f.status !== 'supported');
    return open ? this.judgeOpenFact(open) : this.judgeMatchingFacts(facts);
  }

  /** A number the sentences neither confirm nor contradict. */
  private judgeOpenFact(open: FactResult): Judgement {
    if (open.status === 'other-period' && this.period !== null) {
      const figures = open.decisive.map((c) => ({ source: c.source.phrase, date: c.sentence.passage.date }));
      return this.result('not_found', { kind: 'other-periods', period: this.period, figures }, factQuotes([open]));
    }
    if (open.status === 'ambiguous') {
      return this.result(
        'not_found',
        { kind: 'ambiguous', claim: open.claim.phrase, sources: [...new Set(open.decisive.map((c) => c.source.phrase))] },
        factQuotes([open]),
      );
    }
    if (open.status === 'elsewhere' && !this.unknownNames.length) {
      return this.result('not_found', { kind: 'other-setting', facts: factPairs([open]) }, factQuotes([open]));
    }
    const reason: Reason = this.unknownNames.length
      ? { kind: 'unknown-terms', terms: this.unknownNames }
      : { kind: 'no-fact', claim: open.claim.phrase };
    return this.result('not_found', reason, open.decisive.length ? factQuotes([open]) : this.closest(this.keyGroups));
  }

  /** Every number matches: the rest of the claim must be stated by the quotes too. */
  private judgeMatchingFacts(facts: FactResult[]): Judgement {
    const quoted = factQuotes(facts);
    const factWords = new Set(facts.flatMap((f) => f.claim.words));
    const rest = this.keyGroups.filter((g) => !factWords.has(g.word) && this.reader.isSetting(g));
    const knownRest = rest.filter((g) => this.reader.known(g));
    const stated = union(...quoted.flatMap((s) => [s.stems, s.titleStems, s.previous]));
    const unknownShare = rest.length ? rest.filter((g) => !this.reader.known(g)).length / rest.length : 0;
    if (this.unknownNames.length) return this.result('not_found', { kind: 'unknown-terms', terms: this.unknownNames }, quoted);
    if (this.reader.coverage(knownRest, stated) < MIN_CLAIM_COVERAGE || unknownShare > MAX_UNKNOWN) {
      return this.result('not_found', { kind: 'extra-terms', facts: factPairs(facts) }, quoted);
    }
    return this.confirmed({ kind: 'facts-match', facts: factPairs(facts) }, quoted);
  }

  /** No number: one sentence must state every key term of the claim, and the corpus must know them all. */
  private judgeTerms(): Judgement {
    if (!this.keyGroups.length) return this.result('not_found', { kind: 'nothing-checkable' }, []);
    const unknown = this.keyGroups.filter((g) => !this.reader.known(g));
    if (unknown.length || this.unknownNames.length) {
      const terms = this.unknownNames.length ? this.unknownNames : unknown.map((g) => g.word);
      return this.result('not_found', { kind: 'unknown-terms', terms }, this.closest(this.keyGroups.filter((g) => this.reader.known(g))));
    }
    const ranked = this.byCoverage(this.keyGroups);
    const [best] = ranked;
    const states = (c: (typeof ranked)[number]) => c.coverage >= MIN_TERMS_COVERAGE && c.alone >= MIN_SENTENCE_ALONE;
    if (best && states(best) && !deniedClause(best.s.text)) return this.confirmed({ kind: 'terms-match' }, [best.s]);
    const denial = this.negated ? undefined : ranked.find((c) => c.alone >= MIN_DENIAL_COVERAGE && this.denies(c.s));
    if (denial) return this.result('contradicted', { kind: 'source-denies' }, [denial.s]);
    return this.result('not_found', { kind: 'terms-partial' }, this.closest(this.keyGroups));
  }

  /**
   * The sentence denies what the claim asserts: its negated clause says nothing the claim does not
   * ("l'OIM ne participe pas aux expulsions" denies "L'OIM participe aux expulsions de migrants",
   * not "L'OIM participe aux retours").
   */
  private denies(s: Sentence): boolean {
    const clause = deniedClause(s.text);
    if (!clause) return false;
    const claimStems = new Set(this.reader.groupsOf(this.keyGroups.map((g) => g.word)).flatMap((g) => g.stems));
    const said = analyze(clause, textLanguage(s.passage.language) ?? 'fr').filter((t) => !isNegationWord(t));
    return said.length > 0 && said.every((t) => claimStems.has(t));
  }

  /** The quotes state the claim: supported, unless the claim denies it. */
  private confirmed(reason: Reason, quoted: Sentence[]): Judgement {
    if (this.negated === 'verbal') return this.result('contradicted', { kind: 'negation-denies' }, quoted);
    if (this.negated) return this.result('not_found', { kind: 'negation-unsure' }, quoted);
    return this.result('supported', reason, quoted);
  }

  /** A common word of the claim does not match a word that the sentence only uses inside a name. */
  private stated(s: Sentence): Set<string> {
    return new Set(
      [...s.stems].filter((t) => !s.nameOnly.has(t) || this.namedGroups.some((g) => this.reader.coverage([g], new Set([t])) > 0)),
    );
  }

  private byCoverage(groups: TermGroup[]) {
    return this.sentences
      .map((s) => ({
        s,
        coverage: this.reader.coverage(groups, union(this.stated(s), s.titleStems)),
        alone: this.reader.coverage(groups, this.stated(s)),
      }))
      .sort((a, b) => b.coverage - a.coverage || b.alone - a.alone || b.s.passage.score - a.s.passage.score);
  }

  /** Nearest sentences for a not_found: those that state most of what the claim adds to its subject. */
  private closest(groups: TermGroup[]): Sentence[] {
    const beyondTitle = groups.filter((g) => this.sentences.every((s) => this.reader.coverage([g], s.titleStems) === 0));
    if (!beyondTitle.length) return [];
    return this.byCoverage(beyondTitle)
      .filter((c) => c.alone >= MIN_CLOSEST)
      .slice(0, CLOSEST_SHOWN)
      .map((c) => c.s);
  }

  private result(verdict: Verdict, reason: Reason, quoted: Sentence[]): Judgement {
    const evidence = uniqueEvidence(quoted);
    return {
      verdict,
      explanation: explain(reason, this.language),
      evidence,
      sentences: [...quoted, ...this.ranked.filter((s) => !quoted.includes(s))],
    };
  }
}
