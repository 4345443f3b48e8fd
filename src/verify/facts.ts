// A claim's number against the numbers of the evidence sentences that count the same thing (units
// matched through the claim reader's stems and translations) in the same setting (the words around
// both numbers). Only a number that fits as well as any other decides.
import { analyze, textLanguage } from '../text/analyzer.js';
import type { TermGroup } from '../retrieve/hybrid.js';
import { isNumeric, union, type ClaimReader } from './claimReader.js';
import type { Sentence } from './evidence.js';
import { isBareYear, type Outcome, outcomeOf } from './outcome.js';
import { aboutAnotherSubject, type Anchor, appositionStems, statesAnchor } from './sentenceSubject.js';
import type { Quantity } from '../text/quantities/quantities.js';

/** Least share (idf-weighted) of the claim's unit words found in a source number's unit. */
const MIN_UNIT = 0.75;
/** Least share of the words around the claim's number found around the source's number. */
const MIN_SETTING = 0.75;
/**
 * Least setting of a number whose sentence also states one of the claim's dates (its other dated
 * fact, "Depuis 1994, … plus de 500 000 victimes", or the year it speaks of), when no number meets
 * MIN_SETTING. The shared date and the unit already say the sentence counts the same thing over the
 * same period; what is left of the setting is mostly the verb, which a source words its own way
 * ("aidé" / "porté assistance à"). Half, weighted: one of two setting words, never none. A
 * supported verdict still needs MIN_CLAIM_COVERAGE of the claim's words in the quote (judge.ts).
 */
const MIN_ANCHORED_SETTING = 0.5;
interface Candidate {
  sentence: Sentence;
  source: Quantity;
  unit: number;
  reverse: number;
  /** Share of the claim's setting stated around the source number, with what a subject pronoun stands for… */
  setting: number;
  /** …and without it: a sentence that states the setting itself comes before one that borrows it. */
  ownSetting: number;
  /** The sentence states one of the claim's dates too (see MIN_ANCHORED_SETTING). */
  anchored: boolean;
  outcome: Outcome;
}

export interface FactResult {
  claim: Quantity;
  /** other-period: only figures of other years than the claim's period (see period.ts). */
  status: Outcome | 'ambiguous' | 'absent' | 'elsewhere' | 'other-period';
  decisive: Candidate[];
}

/** A sentence's words analysed in its passage's language (an English page's "Member States" as English). */
const stemsIn = (sentence: Sentence, words: string[]) => analyze(words.join(' '), textLanguage(sentence.passage.language) ?? 'fr');

/** Share of a source unit's stems that some of the claim's groups name. */
function reverseCoverage(sentence: Sentence, sourceUnit: string[], groups: TermGroup[]): number {
  const stems = stemsIn(sentence, sourceUnit);
  if (!stems.length) return 0;
  const named = new Set(groups.flatMap((g) => g.stems));
  return stems.filter((s) => named.has(s)).length / stems.length;
}

/** The source number as a match for the claim's, or null when it does not count the same thing. */
function candidate(
  reader: ClaimReader,
  claim: Quantity,
  sentence: Sentence,
  source: Quantity,
  blocked: Set<string>,
  anchors: Anchor[],
): Candidate | null {
  const unitGroups = reader.unitGroupsOf(claim);
  const settingGroups = (words: string[]) => reader.groupsOf(words).filter((g) => !isNumeric(g) && reader.isSetting(g));
  let contextGroups = settingGroups(claim.context);
  // A date alone in its clause ("Since 1994, IOM…") is set by the clauses the commas join to it.
  if (!contextGroups.length && claim.concept !== null) contextGroups = settingGroups(reader.appositionOf(claim));
  let unit: number;
  let reverse: number;
  if (claim.concept || source.concept) {
    if (claim.concept !== source.concept) return null;
    unit = reverse = 1;
  } else if (isBareYear(claim) && isBareYear(source)) {
    // Two years that date no named event ("entered into force in 1954", "on 30 November 1954"): what they date is their setting.
    unit = reverse = 1;
  } else if (unitGroups.length) {
    unit = reader.coverage(unitGroups, new Set(stemsIn(sentence, source.unit)));
    reverse = reverseCoverage(sentence, source.unit, unitGroups);
  } else {
    // "the number of member states is 175": the source's unit must be named around the claim's number.
    reverse = unit = reverseCoverage(sentence, source.unit, contextGroups);
    if (unit < 1) return null;
    const unitStems = new Set(stemsIn(sentence, source.unit));
    contextGroups = contextGroups.filter((g) => !g.stems.some((s) => unitStems.has(s)));
  }
  if (unit < MIN_UNIT) return null;
  if (claim.context.some((w) => blocked.has(w))) return null;
  const known = contextGroups.filter((g) => reader.known(g));
  const borrows = !aboutAnotherSubject(reader, sentence);
  const own = union(stemsIn(sentence, [...source.context, ...source.unit]), borrows ? sentence.titleStems : []);
  // The apposition's subject is the sentence's own: its page's title or previous sentences do not add to it.
  const ownSetting = Math.max(reader.coverage(known, own), reader.coverage(known, new Set(appositionStems(sentence, source))));
  // A pronoun's sentence ("In 2023 it was active in…") has the subject its previous sentences name.
  const setting = borrows ? Math.max(ownSetting, reader.coverage(known, union(own, sentence.previous))) : ownSetting;
  const anchored = statesAnchor(sentence, anchors);
  return { sentence, source, unit, reverse, setting, ownSetting, anchored, outcome: outcomeOf(claim, source) };
}

/**
 * When candidates give different numbers from documents of different dates, the most recent dated
 * document's speak for today (a 2016 release's 166 member states does not contradict today's 182).
 */
function newestDate(candidates: Candidate[]): Candidate[] {
  if (new Set(candidates.map((c) => c.source.value)).size < 2) return candidates;
  const dates = candidates.map((c) => c.sentence.passage.date).filter((d): d is string => Boolean(d));
  if (new Set(dates).size < 2) return candidates;
  const newest = dates.sort().at(-1);
  return candidates.filter((c) => c.sentence.passage.date === newest);
}

/** The sentences' numbers that count the same thing as the claim's, best fit first. */
function sameThingAs(
  reader: ClaimReader,
  claim: Quantity,
  sentences: Sentence[],
  blocked: Set<string>,
  anchors: Anchor[] = [],
): Candidate[] {
  return sentences
    .flatMap((s) => s.quantities.map((q) => candidate(reader, claim, s, q, blocked, anchors)))
    .filter((c): c is Candidate => c !== null)
    .sort(
      (a, b) => b.unit - a.unit || b.reverse - a.reverse || b.setting - a.setting || b.sentence.passage.score - a.sentence.passage.score,
    );
}

const firstFilled = <T>(...lists: T[][]): T[] => lists.find((l) => l.length) ?? [];

/** Every figure the sentences give for the claim's quantity in its setting, one per value and date. */
export function figuresFor(reader: ClaimReader, claim: Quantity, sentences: Sentence[], blocked: Set<string>): Candidate[] {
  const seen = new Set<string>();
  return sameThingAs(reader, claim, sentences, blocked)
    .filter((c) => c.setting >= MIN_SETTING)
    .filter((c) => {
      const key = `${c.source.value}@${c.sentence.passage.date ?? ''}`;
      return !seen.has(key) && Boolean(seen.add(key));
    });
}

/**
 * `blocked`: the claim's names the corpus never mentions; a number said about them is not checked.
 * `current`: the claim speaks of today, so the most recent date's figures come first; a claim about
 * a period is checked against that period's sentences only, where a later document's date says
 * nothing about which figure is right ("remittances reached USD 790 billion in 2022", in a 2024
 * report, does not hide the 2022 appeal's own figure).
 */
export function checkFact(
  reader: ClaimReader,
  claim: Quantity,
  sentences: Sentence[],
  blocked: Set<string>,
  current = true,
  anchors: Anchor[] = [],
): FactResult {
  // The most recent date's figures first: an older one in a closer setting does not decide today's.
  const all = sameThingAs(reader, claim, sentences, blocked, anchors);
  const sameThing = current ? newestDate(all) : all;
  const found = firstFilled(
    sameThing.filter((c) => c.ownSetting >= MIN_SETTING),
    sameThing.filter((c) => c.setting >= MIN_SETTING),
    sameThing.filter((c) => c.anchored && c.ownSetting >= MIN_ANCHORED_SETTING),
  );
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
