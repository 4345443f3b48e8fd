// Hybrid retrieval: candidates from the HNSW vector channel and the BM25 lexical channel, scored
// by a weighted sum of two absolute similarities in [0, 1] — cosine similarity of the embeddings
// and how much of the question's (idf-weighted) content the passage covers. Unlike reciprocal
// rank fusion, the result is comparable across questions, so the answerer can use it to decide
// whether the corpus answers at all.
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { HnswStore } from '../index/hnswStore.js';
import type { Chunk, Passage, Retriever } from '../types.js';
import { analyze } from '../text/analyzer.js';
import { definersOf, ownPagesOf, type TermHeading, termDefiners, termHeadingsOf } from './definitions.js';
import type { LexicalIndex } from './lexical.js';
import { type QuestionReading, type ReadOptions, rankingGroups, readQuestion } from './reading.js';
import type { TermGroup } from './terms.js';
import { PassageVectors } from './vectorSimilarity.js';
import type { Vocabulary } from './vocabulary.js';
import { PassageReader } from './passageReader.js';
import { preferenceOf, preferencesOf, TERM_ENTRY_PREFERENCE } from './preferences.js';
import { withoutRepeatedText } from './repeatedText.js';

export type { TermGroup } from './terms.js';

export interface SearchIndex {
  chunks: Chunk[];
  vectors: Float32Array;
  dimensions: number;
  store: HnswStore;
  lexical: LexicalIndex;
  vocabulary: Vocabulary;
}

/** A question as read, with the passages found for it. */
export interface Retrieval {
  reading: QuestionReading;
  passages: Passage[];
}

export interface HybridOptions {
  /** Weight of the vector similarity; the rest goes to term coverage. */
  vectorWeight: number;
  /** Candidates taken from each channel before scoring. */
  candidates: number;
  /** Add the corpus's translations of an English question's words. */
  translate: boolean;
  /** Told when the query embedding fails and retrieval continues on the lexical channel alone. */
  onVectorError?: (error: unknown) => void;
  /** Longest wait for a query embedding, retries included (a remote embedder can hang). */
  embedTimeoutMs?: number;
}

/** vectorWeight 0.5: the two similarities weigh alike (set with the hybrid scorer, on the dev set); 40 candidates a channel. */
const DEFAULTS: HybridOptions = { vectorWeight: 0.4, candidates: 40, translate: true };
/**
 * Bonus for a passage that spells out an acronym the question names ("… pour les migrations (OIM)"),
 * scaled by the acronym's share of the question: that passage is where the corpus says what the
 * entity is, so it wins among passages naming the acronym alike ("What is IOM?") without outweighing
 * a passage that covers the rest of a longer question. 0.15: probe hit@1 fr 86 → 90%, en 84 → 87%.
 */
const DEFINING_BONUS = 0.15;

export class HybridRetriever implements Retriever {
  private readonly options: HybridOptions;
  /** Each passage's terms and the question's coverage of them (passageReader.ts). */
  private readonly reader: PassageReader;
  /** Acronym → passages defining it (definitions.ts), read on first use: once per index. */
  private definers?: Map<string, number[]>;
  /** Acronym → the sources that are its own pages (definitions.ts ownPagesOf), read on first use. */
  private ownPages?: Map<string, Set<string>>;
  /** Passages under a short heading of their own (definitions.ts termHeadingsOf), read on first use. */
  private termHeadings?: TermHeading[];
  private readonly passageVectors: PassageVectors;
  /** Each chunk's text as sameText compares it, by chunk index, read on first use: once per index. */
  private readonly textKeys: Array<string | undefined> = [];

  constructor(
    private readonly index: SearchIndex,
    private readonly embeddings: EmbeddingsInterface,
    options: Partial<HybridOptions> = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
    this.passageVectors = new PassageVectors(index.vectors, index.dimensions);
    this.reader = new PassageReader(index);
  }

  get vocabulary(): Vocabulary {
    return this.index.vocabulary;
  }

  get chunkCount(): number {
    return this.index.chunks.length;
  }

  /** Each passage's bonus for spelling out an acronym of the question (see DEFINING_BONUS). */
  private definingBonus(groups: readonly TermGroup[]): (chunkIndex: number) => number {
    const spelledOut: string[] = [];
    let share = 0;
    let total = 0;
    for (const g of groups) {
      total += g.weight;
      if (g.acronym === undefined) continue;
      spelledOut.push(`(${g.acronym})`);
      share += g.weight;
    }
    if (!spelledOut.length || !total) return () => 0;
    const bonus = (DEFINING_BONUS * share) / total;
    return (i) => (spelledOut.some((a) => this.index.chunks[i].text.includes(a)) ? bonus : 0);
  }

  /**
   * The lower-cased names (acronyms and their stems) a question asks about when names are its only
   * topics (a definition or purpose question about an organisation); [] otherwise.
   */
  private onlyNames(reading: QuestionReading): string[] {
    const { groups } = reading;
    if (!groups.length || groups.some((g) => g.acronym === undefined)) return [];
    return groups.flatMap((g) => [g.acronym ?? '', ...g.stems].map((s) => s.toLowerCase()));
  }

  /**
   * For a question whose only topics are names: the passages defining one of them (see
   * preferences.ts DEFINING_STATEMENT_PREFERENCE) and the sources that are their own pages (OWN_PAGE_PREFERENCE).
   */
  private namedPassages(reading: QuestionReading): { defining: Set<number>; ownPages: Set<string> } {
    const names = this.onlyNames(reading);
    if (!names.length) return { defining: new Set(), ownPages: new Set() };
    this.definers ??= definersOf(this.index.chunks);
    this.ownPages ??= ownPagesOf(this.index.chunks);
    const { definers, ownPages } = this;
    return {
      defining: new Set(names.flatMap((s) => definers.get(s) ?? [])),
      ownPages: new Set(names.flatMap((s) => [...(ownPages.get(s) ?? [])])),
    };
  }

  /** For a definition question about a term: the glossary entries headed by that term (definitions.ts termDefiners). */
  private termEntries(reading: QuestionReading): number[] {
    const languages = this.index.lexical.languages;
    this.termHeadings ??= termHeadingsOf(this.index.chunks, (text, i) => analyze(text, languages[i]));
    return termDefiners(this.termHeadings, reading.groups);
  }

  /** Section headings of the corpus (titles where a source has none): a reload's probe questions (refusals offer related pages instead). */
  topics(limit = 8): string[] {
    const seen = new Set<string>();
    for (const c of this.index.chunks) {
      const topic = c.heading ?? c.title;
      if (topic) seen.add(topic);
    }
    return [...seen].slice(0, limit);
  }

  /**
   * The vector channel's candidates, nearest first: the n passages the graph finds nearest the query.
   * When the index holds no more than n passages, every one of them is a candidate, so they are put
   * in the graph's order here instead of searching it: hnswlib copies the query's numbers one by one
   * into native memory on every search, 3.5% of an uncached chat request's CPU on the seed corpus
   * (bench:chat's profile; a corpus of more than n passages searches as before).
   */
  private async vectorCandidates(query: number[], n: number, similarity: (i: number) => number): Promise<number[]> {
    const { store } = this.index;
    if (n < store.size) return (await store.similaritySearchVectorWithScore(query, n)).map(([doc]) => doc.metadata.index as number);
    // The graph's order: nearest first, equal distances by label (labels are passage indices). Each
    // similarity is read once before sorting rather than twice per comparison (a map look-up each).
    const nearest = store.docs.map((doc) => {
      const i = doc.metadata.index as number;
      return { i, similarity: similarity(i) };
    });
    return nearest.sort((x, y) => y.similarity - x.similarity || x.i - y.i).map((c) => c.i);
  }

  /** Reads a question with this index's vocabulary (see readQuestion). */
  read(query: string, options: ReadOptions = {}): QuestionReading {
    return readQuestion(query, this.index.vocabulary, { translate: this.options.translate, ...options });
  }

  async search(query: string, k = 5, options: ReadOptions = {}): Promise<Passage[]> {
    return this.retrieve(this.read(query, options), k);
  }

  /** Reads the question, then finds its passages. */
  async readAndRetrieve(query: string, k = 5, options: ReadOptions = {}): Promise<Retrieval> {
    const reading = this.read(query, options);
    return { reading, passages: await this.retrieve(reading, k) };
  }

  /** The query's vector, or null when the embedder fails (a remote embedding service can): the lexical channel still answers. */
  private async embedOrNull(text: string): Promise<number[] | null> {
    const limit = this.options.embedTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    // embedQuery takes no AbortSignal: the deadline is raced, and the call ends on its own timeout.
    const deadline =
      limit === undefined
        ? null
        : new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`query embedding took longer than ${limit} ms`)), limit);
          });
    try {
      const embedding = this.embeddings.embedQuery(text);
      return await (deadline ? Promise.race([embedding, deadline]) : embedding);
    } catch (error) {
      this.options.onVectorError?.(error);
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The k passages most similar to a question already read, best first. */
  async retrieve(reading: QuestionReading, k = 5): Promise<Passage[]> {
    const { searchText: text } = reading;
    const groups = rankingGroups(reading);
    if (!this.index.chunks.length || !text.trim()) return [];
    const queryVector = await this.embedOrNull(text);
    const n = this.options.candidates;
    const candidates = new Map<number, number>(); // chunk index → lexical score (tie-break)
    const similarity = queryVector ? this.passageVectors.similarity(queryVector) : null;
    if (queryVector && similarity) for (const i of await this.vectorCandidates(queryVector, n, similarity)) candidates.set(i, 0);
    for (const hit of this.index.lexical.query(stemsOf(groups), n)) candidates.set(hit.index, hit.score);
    const { defining, ownPages } = this.namedPassages(reading);
    const entries = new Set(reading.expected === 'definition' ? this.termEntries(reading) : []);
    for (const i of [...defining, ...entries]) if (!candidates.has(i)) candidates.set(i, 0);
    // Without a query vector (the embedding service failed), coverage alone ranks: still a similarity in [0, 1].
    const w = queryVector ? this.options.vectorWeight : 0;
    const bonus = this.definingBonus(groups);
    // The score returned is the similarity to the question's own words; its hints only rank (QuestionReading.hints).
    const ownBonus = groups === reading.groups ? bonus : this.definingBonus(reading.groups);
    const languages = this.index.lexical.languages;
    const preferences = preferencesOf(reading, groups, [...candidates.keys()], { defining, ownPages }, this.index, this.reader);
    const ranked = [...candidates]
      .map(([i, lexicalScore]) => {
        const covered = this.reader.coverage(groups, i);
        // A glossary entry headed by the term asked is about that term alone: its heading says it all (TERM_ENTRY_PREFERENCE).
        const entry = entries.has(i);
        const vector = similarity ? w * Math.max(0, Math.min(1, similarity(i))) : 0;
        const ranked = Math.min(1, vector + (1 - w) * (entry ? 1 : covered.score) + bonus(i));
        const score =
          groups === reading.groups || entry
            ? ranked
            : Math.min(1, vector + (1 - w) * this.reader.coverage(reading.groups, i).score + ownBonus(i));
        const own = languages[i] === reading.language ? 1 : 0;
        return {
          i,
          lexicalScore,
          own,
          score,
          rank: ranked + preferenceOf(preferences, i, covered.line) + (entry ? TERM_ENTRY_PREFERENCE : 0),
        };
      })
      .sort((a, b) => b.rank - a.rank || b.own - a.own || b.lexicalScore - a.lexicalScore);
    return withoutRepeatedText(this.index.chunks, this.textKeys, ranked, k);
  }
}

/** Every stem of the groups, in order. A loop: V8 leaves flatMap unoptimised (~3.8 µs for six groups against 0.2 µs, microbenchmark). */
function stemsOf(groups: readonly TermGroup[]): string[] {
  const stems: string[] = [];
  for (const g of groups) for (const s of g.stems) stems.push(s);
  return stems;
}
