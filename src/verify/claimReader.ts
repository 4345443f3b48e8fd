// The claim's words as the question reader understands them (stems, translations, weights and
// whether the corpus knows them), and how much of them (weighted) a set of stems states.
import type { QuestionReading } from '../retrieve/reading.js';
import { groupKey, type TermGroup } from '../retrieve/terms.js';
import { coverage } from '../retrieve/termMatch.js';
import type { Vocabulary } from '../retrieve/vocabulary.js';
import { extractQuantities, type Quantity } from '../text/quantities/quantities.js';
import { appositionWords } from './apposition.js';
import { namedWords } from './names.js';

export const union = (...sets: Iterable<string>[]) => new Set(sets.flatMap((s) => [...s]));
/** A term group for a number written in digits: numbers are checked as facts, not as terms. */
export const isNumeric = (g: TermGroup) => /^\d/.test(g.word);

/** Verbs that only introduce a count (French and English): "l'OIM compte 182 États", "IOM counts 166". */
const COUNTING_VERBS = new Set([
  'compte',
  'comptait',
  'comptent',
  'comptaient',
  'comptera',
  'compter',
  'réunit',
  'réunissait',
  'totalise',
  'totalisait',
  'count',
  'counts',
  'counted',
  'numbers',
  'numbered',
  'totals',
  'totalled',
]);

export class ClaimReader {
  /** The claim's term groups by their key, the stem of their word (as wordGroups builds them). */
  private readonly groups: Map<string, TermGroup>;
  /** The claim's names that say what it is about (a person, a programme), not the corpus's own organisation. */
  readonly names: TermGroup[];
  private readonly reading: QuestionReading;

  constructor(
    private readonly vocabulary: Vocabulary,
    reading: QuestionReading,
  ) {
    this.reading = reading;
    this.groups = new Map(reading.groups.map((g) => [g.stems[0], g]));
    this.names = [...new Set(namedWords(reading.text, reading.language).map((n) => this.group(n.word)))].filter((g) => this.isSetting(g));
  }

  /**
   * The words around a dated event that opens the claim in a clause of its own ("Depuis 2003, l'Agence
   * a foré…"): the clauses the commas join to it (apposition.ts), as a source's is read.
   */
  appositionOf(fact: Quantity): string[] {
    const facts = extractQuantities(this.reading.text, this.reading.language);
    const own = new Set(fact.words);
    return appositionWords(this.reading.text, this.reading.language, fact, facts).filter((w) => !own.has(w));
  }

  /** A name of a source sentence that is none of the claim's names, nor the organisation the corpus is about. */
  isOtherName(word: string): boolean {
    const group = this.vocabulary.group(word);
    return this.isSetting(group) && !this.names.some((g) => this.coverage([g], new Set(group.stems)) > 0);
  }

  /** The claim word's group (its stems and translations); names the analyzer drops (UN) get one too. */
  group(word: string): TermGroup {
    return this.groups.get(this.key(word)) ?? this.vocabulary.group(word);
  }

  /** Groups of content words of the claim (stop words have none), each once. */
  groupsOf(words: string[]): TermGroup[] {
    const found = words.map((w) => this.groups.get(this.key(w))).filter((g): g is TermGroup => g !== undefined);
    return [...new Set(found)];
  }

  /** The groups of a number's unit; a unit the claim implies without writing it ("once" → times) gets the vocabulary's. */
  unitGroupsOf({ unit, words }: Pick<Quantity, 'unit' | 'words'>): TermGroup[] {
    const implied = unit.length > 0 && !unit.some((w) => words.includes(w));
    return implied ? unit.map((w) => this.group(w)) : this.groupsOf(unit);
  }

  private key(word: string): string {
    return groupKey(word, this.vocabulary.languages);
  }

  /**
   * Does this word of the claim say in what setting its number holds? Not a verb that only
   * introduces a count ("compte", "counts"), nor the acronym of the entity most of the corpus is about.
   */
  isSetting(group: TermGroup): boolean {
    return !COUNTING_VERBS.has(group.word) && !(group.acronym !== undefined && this.vocabulary.isPervasive(group));
  }

  known(group: TermGroup): boolean {
    return group.known;
  }

  coverage(groups: TermGroup[], stems: Set<string>): number {
    return groups.length ? coverage(groups, stems) : 1;
  }
}
