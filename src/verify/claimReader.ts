// The claim's words as the retriever understands them (stems and EN→FR translations), and how much
// of them (idf-weighted) a set of stems states.
import { stem } from '../retrieve/analyzer.js';
import type { HybridRetriever, SearchAnalysis, TermGroup } from '../retrieve/hybrid.js';

export const union = (...sets: Iterable<string>[]) => new Set(sets.flatMap((s) => [...s]));
/** A term group for a number written in digits: numbers are checked as facts, not as terms. */
export const isNumeric = (g: TermGroup) => /^\d/.test(g.word);

export class ClaimReader {
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
