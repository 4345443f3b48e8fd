// The offline verdict. The claim's numbers are compared with the numbers of the evidence sentences
// that count the same thing (units matched through the retriever's stems and EN→FR translations)
// in the same setting (the words around both numbers); a claim without numbers is supported only
// when one sentence states all its key terms. Anything less certain is not_found: a wrong
// "supported" would spread an error under the organisation's name.
import { passageUnits } from '../answer/units.js';
import { analyze, stem } from '../retrieve/analyzer.js';
import type { HybridRetriever, SearchAnalysis, TermGroup } from '../retrieve/hybrid.js';
import type { Language, Passage } from '../types.js';
import { nameOnlyStems, namedWords } from './names.js';
import { isNegationWord, negation } from './negation.js';
import type { Relation } from './qualifiers.js';
import { extractQuantities, type Quantity } from './quantities.js';
import { explain, type Reason } from './messages.js';
import type { Evidence, Verdict } from './types.js';

/** Least share (idf-weighted) of the claim's unit words found in a source number's unit. */
const MIN_UNIT = 0.75;
/** Least share of the words around the claim's number found around the source's number. */
const MIN_SETTING = 0.75;
/** Least share of a supported claim's key terms that its quotes (with their title) must state. */
const MIN_CLAIM_COVERAGE = 0.8;
/** Largest share of a numeric claim's other words (by count) that the corpus may not know at all. */
const MAX_UNKNOWN = 0.5;
/** A claim without numbers: least coverage by one sentence (with its title), and by the sentence alone. */
const MIN_TERMS_COVERAGE = 0.9;
const MIN_SENTENCE_ALONE = 0.5;
/** "about N": within 5% is right, beyond 15% is wrong, in between undecided. */
const APPROX_OK = 0.05;
const APPROX_WRONG = 0.15;
const CLOSEST_SHOWN = 2;
const MIN_CLOSEST = 0.5;

export interface Sentence {
  passage: Passage;
  text: string;
  stems: Set<string>;
  titleStems: Set<string>;
  /** Stems found only inside multi-word names of the sentence ("Nations Unies"). */
  nameOnly: Set<string>;
  quantities: Quantity[];
}

export interface Judgement {
  verdict: Verdict;
  explanation: string;
  evidence: Evidence[];
  /** The evidence sentences, best first, to offer a model. */
  sentences: Sentence[];
}

type Outcome = 'supported' | 'contradicted' | 'undecided';

interface Candidate {
  sentence: Sentence;
  source: Quantity;
  unit: number;
  reverse: number;
  setting: number;
  outcome: Outcome;
}

interface FactResult {
  claim: Quantity;
  status: Outcome | 'ambiguous' | 'absent' | 'elsewhere';
  decisive: Candidate[];
}

export function toEvidence(passage: Passage, quote: string): Evidence {
  const { source, title, heading, lines, text, score } = passage;
  return { source, title, heading, lines, text, quote, score };
}

export function evidenceSentences(passages: Passage[]): Sentence[] {
  return passages.flatMap((passage, p) => {
    const titleStems = new Set(analyze(passage.title));
    const language: Language = passage.language === 'en' ? 'en' : 'fr';
    return passageUnits(passage, p).map((u) => ({
      passage,
      text: u.text,
      stems: new Set(analyze(u.text)),
      titleStems,
      nameOnly: nameOnlyStems(u.text, language),
      quantities: extractQuantities(u.text, language),
    }));
  });
}

const union = (...sets: Iterable<string>[]) => new Set(sets.flatMap((s) => [...s]));
const isNumeric = (g: TermGroup) => /^\d/.test(g.word);

function compare(relation: Relation, claimed: number, actual: number): Outcome {
  switch (relation) {
    case 'eq':
      return actual === claimed ? 'supported' : 'contradicted';
    case 'gt':
      return actual > claimed ? 'supported' : 'contradicted';
    case 'ge':
      return actual >= claimed ? 'supported' : 'contradicted';
    case 'lt':
      return actual < claimed ? 'supported' : 'contradicted';
    case 'le':
      return actual <= claimed ? 'supported' : 'contradicted';
    case 'approx': {
      const gap = Math.abs(actual - claimed) / Math.max(Math.abs(actual), 1);
      return gap <= APPROX_OK ? 'supported' : gap > APPROX_WRONG ? 'contradicted' : 'undecided';
    }
  }
}

/** A qualified source number ("plus de 100") only confirms the very same words. */
function outcomeOf(claim: Quantity, source: Quantity): Outcome {
  if (source.relation === 'eq') return compare(claim.relation, claim.value, source.value);
  return source.relation === claim.relation && source.value === claim.value ? 'supported' : 'undecided';
}

class ClaimReader {
  /** The claim's term groups by their key, the stem of their word (as termGroups builds them). */
  private readonly groups: Map<string, TermGroup>;

  constructor(
    private readonly retriever: HybridRetriever,
    analysis: SearchAnalysis,
  ) {
    this.groups = new Map(analysis.groups.map((g) => [g.stems[0], g]));
  }

  /** The claim word's group (its stems and translations); names the analyzer drops (UN) get one too. */
  group(word: string): TermGroup {
    return this.groups.get(stem(word)) ?? { word, stems: [stem(word)] };
  }

  /** Groups of content words of the claim (stop words have none), each once. */
  groupsOf(words: string[]): TermGroup[] {
    const found = words.map((w) => this.groups.get(stem(w))).filter((g): g is TermGroup => g !== undefined);
    return [...new Set(found)];
  }

  known(group: TermGroup): boolean {
    return this.retriever.unknownShare([group]) === 0;
  }

  coverage(groups: TermGroup[], stems: Set<string>): number {
    return groups.length ? this.retriever.coverageOf(groups, stems) : 1;
  }
}

/** Share of a source unit's stems that some of the claim's groups name. */
function reverseCoverage(sourceUnit: string[], groups: TermGroup[]): number {
  const stems = analyze(sourceUnit.join(' '));
  if (!stems.length) return 0;
  const named = new Set(groups.flatMap((g) => g.stems));
  return stems.filter((s) => named.has(s)).length / stems.length;
}

function candidate(reader: ClaimReader, claim: Quantity, sentence: Sentence, source: Quantity, blocked: Set<string>): Candidate | null {
  const unitGroups = reader.groupsOf(claim.unit);
  let contextGroups = reader.groupsOf(claim.context).filter((g) => !isNumeric(g));
  let unit: number;
  let reverse: number;
  if (claim.concept || source.concept) {
    if (claim.concept !== source.concept) return null;
    unit = reverse = 1;
  } else if (unitGroups.length) {
    unit = reader.coverage(unitGroups, new Set(analyze(source.unit.join(' '))));
    reverse = reverseCoverage(source.unit, unitGroups);
  } else {
    // "the number of member states is 175": the source's unit must be named around the claim's number.
    reverse = unit = reverseCoverage(source.unit, contextGroups);
    if (unit < 1) return null;
    const unitStems = new Set(analyze(source.unit.join(' ')));
    contextGroups = contextGroups.filter((g) => !g.stems.some((s) => unitStems.has(s)));
  }
  if (unit < MIN_UNIT) return null;
  if (claim.context.some((w) => blocked.has(w))) return null;
  const around = union(analyze([...source.context, ...source.unit].join(' ')), sentence.titleStems);
  const setting = reader.coverage(contextGroups.filter((g) => reader.known(g)), around);
  return { sentence, source, unit, reverse, setting, outcome: outcomeOf(claim, source) };
}

function checkFact(reader: ClaimReader, claim: Quantity, sentences: Sentence[], blocked: Set<string>): FactResult {
  const sameThing = sentences
    .flatMap((s) => s.quantities.map((q) => candidate(reader, claim, s, q, blocked)))
    .filter((c): c is Candidate => c !== null)
    .sort((a, b) => b.unit - a.unit || b.reverse - a.reverse || b.setting - a.setting || b.sentence.passage.score - a.sentence.passage.score);
  const found = sameThing.filter((c) => c.setting >= MIN_SETTING);
  // The source counts the same thing, but around other words ("créée en 1951" vs "… by the UN").
  if (!found.length) return { claim, status: sameThing.length ? 'elsewhere' : 'absent', decisive: sameThing.slice(0, 1) };
  const best = found[0];
  // Every number that fits as well as the best must agree, or the claim cannot be decided.
  const tier = found.filter((c) => Math.abs(c.unit - best.unit) < 0.01 && Math.abs(c.reverse - best.reverse) < 0.01);
  const outcomes = new Set(tier.map((c) => c.outcome));
  if (outcomes.size === 1 && !outcomes.has('undecided')) return { claim, status: best.outcome, decisive: [best] };
  const values = new Set(tier.map((c) => c.source.value));
  return { claim, status: values.size > 1 ? 'ambiguous' : 'undecided', decisive: tier };
}

function uniqueEvidence(sentences: Sentence[]): Evidence[] {
  const seen = new Set<string>();
  return sentences
    .filter((s) => !seen.has(`${s.passage.hash}:${s.text}`) && seen.add(`${s.passage.hash}:${s.text}`))
    .map((s) => toEvidence(s.passage, s.text));
}

export function judgeClaim(claim: string, analysis: SearchAnalysis, retriever: HybridRetriever): Judgement {
  const { language } = analysis;
  const reader = new ClaimReader(retriever, analysis);
  const sentences = evidenceSentences(analysis.passages);
  const keyGroups = analysis.groups.filter((g) => !isNumeric(g) && !isNegationWord(g.word));
  const named = namedWords(claim, language);
  // Names the corpus never mentions (Genève, UN): the text cannot speak about them.
  const unknownNamed = named.filter((n) => !reader.known(reader.group(n.word)));
  const unknownNames = [...new Set(unknownNamed.map((n) => n.surface))];
  const blocked = new Set(unknownNamed.map((n) => n.word));
  const namedGroups = named.map((n) => reader.group(n.word));
  const negated = negation(claim);
  // A common word of the claim does not match a word that the sentence only uses inside a name.
  const stated = (s: Sentence) => new Set([...s.stems].filter((t) => !s.nameOnly.has(t) || namedGroups.some((g) => reader.coverage([g], new Set([t])) > 0)));
  const byCoverage = (groups: TermGroup[]) =>
    sentences
      .map((s) => ({ s, coverage: reader.coverage(groups, union(stated(s), s.titleStems)), alone: reader.coverage(groups, stated(s)) }))
      .sort((a, b) => b.coverage - a.coverage || b.alone - a.alone || b.s.passage.score - a.s.passage.score);
  // Nearest sentences for a not_found: those that state most of what the claim adds to its subject.
  const closest = (groups: TermGroup[]) => {
    const beyondTitle = groups.filter((g) => sentences.every((s) => reader.coverage([g], s.titleStems) === 0));
    if (!beyondTitle.length) return [];
    return byCoverage(beyondTitle).filter((c) => c.alone >= MIN_CLOSEST).slice(0, CLOSEST_SHOWN).map((c) => c.s);
  };
  const ranked = byCoverage(keyGroups).map((c) => c.s);
  const result = (verdict: Verdict, reason: Reason, quoted: Sentence[]): Judgement => {
    const evidence = uniqueEvidence(quoted);
    return { verdict, explanation: explain(reason, language), evidence, sentences: [...quoted, ...ranked.filter((s) => !quoted.includes(s))] };
  };

  const claims = extractQuantities(claim, language);
  if (claims.length) {
    const facts = claims.map((q) => checkFact(reader, q, sentences, blocked));
    const pairs = (list: FactResult[]) => list.map((f) => ({ claim: f.claim.phrase, source: f.decisive[0].source.phrase }));
    const quotes = (list: FactResult[]) => list.flatMap((f) => f.decisive.map((c) => c.sentence));
    const wrong = facts.filter((f) => f.status === 'contradicted');
    if (wrong.length) {
      if (negated) return result('not_found', { kind: 'negation-unsure' }, quotes(wrong));
      return result('contradicted', { kind: 'facts-differ', facts: pairs(wrong) }, quotes(wrong));
    }
    const open = facts.find((f) => f.status !== 'supported');
    if (open?.status === 'ambiguous') {
      return result('not_found', { kind: 'ambiguous', claim: open.claim.phrase, sources: [...new Set(open.decisive.map((c) => c.source.phrase))] }, quotes([open]));
    }
    if (open?.status === 'elsewhere' && !unknownNames.length) {
      return result('not_found', { kind: 'other-setting', facts: pairs([open]) }, quotes([open]));
    }
    if (open) {
      const reason: Reason = unknownNames.length ? { kind: 'unknown-terms', terms: unknownNames } : { kind: 'no-fact', claim: open.claim.phrase };
      return result('not_found', reason, open.decisive.length ? quotes([open]) : closest(keyGroups));
    }
    // Every number matches: the rest of the claim must be stated by the quotes too.
    const quoted = quotes(facts);
    const factWords = new Set(claims.flatMap((q) => q.words));
    const rest = keyGroups.filter((g) => !factWords.has(g.word));
    const knownRest = rest.filter((g) => reader.known(g));
    const stated = union(...quoted.flatMap((s) => [s.stems, s.titleStems]));
    const unknownShare = rest.length ? rest.filter((g) => !reader.known(g)).length / rest.length : 0;
    if (unknownNames.length) return result('not_found', { kind: 'unknown-terms', terms: unknownNames }, quoted);
    if (reader.coverage(knownRest, stated) < MIN_CLAIM_COVERAGE || unknownShare > MAX_UNKNOWN) {
      return result('not_found', { kind: 'extra-terms', facts: pairs(facts) }, quoted);
    }
    if (negated === 'verbal') return result('contradicted', { kind: 'negation-denies' }, quoted);
    if (negated) return result('not_found', { kind: 'negation-unsure' }, quoted);
    return result('supported', { kind: 'facts-match', facts: pairs(facts) }, quoted);
  }

  // No number: one sentence must state every key term of the claim, and the corpus must know them all.
  if (!keyGroups.length) return result('not_found', { kind: 'nothing-checkable' }, []);
  const unknown = keyGroups.filter((g) => !reader.known(g));
  if (unknown.length || unknownNames.length) {
    const terms = unknownNames.length ? unknownNames : unknown.map((g) => g.word);
    return result('not_found', { kind: 'unknown-terms', terms }, closest(keyGroups.filter((g) => reader.known(g))));
  }
  const [best] = byCoverage(keyGroups);
  if (!best || best.coverage < MIN_TERMS_COVERAGE || best.alone < MIN_SENTENCE_ALONE) {
    return result('not_found', { kind: 'terms-partial' }, closest(keyGroups));
  }
  if (negated === 'verbal') return result('contradicted', { kind: 'negation-denies' }, [best.s]);
  if (negated) return result('not_found', { kind: 'negation-unsure' }, [best.s]);
  return result('supported', { kind: 'terms-match' }, [best.s]);
}
