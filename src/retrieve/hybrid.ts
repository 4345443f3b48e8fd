// Hybrid retrieval: candidates from the HNSW vector channel and the BM25 lexical channel, scored
// by a weighted sum of two absolute similarities in [0, 1] — cosine similarity of the embeddings
// and how much of the question's (idf-weighted) content the passage covers. Unlike reciprocal
// rank fusion, the result is comparable across questions, so the answerer can use it to decide
// whether the corpus answers at all.
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { HnswStore } from '../index/hnswStore.js';
import type { Chunk, Passage, Retriever } from '../types.js';
import { analyze, sameText, type TextLanguage } from '../text/analyzer.js';
import { textTerms } from '../text/termSets.js';
import { termClasses } from '../text/wordClass.js';
import { statesCause, titleNamesIt } from './reasonAndName.js';
import { answerTypeMatch, countsPeople, READ_IN_WHOLE_PASSAGE } from './answerType.js';
import { definersOf, ownPagesOf, type TermHeading, termDefiners, termHeadingsOf } from './definitions.js';
import type { LexicalIndex } from './lexical.js';
import { type QuestionReading, type ReadOptions, rankingGroups, readQuestion } from './reading.js';
import { matchStrength, PassageCoverage, type TermClasses, type TermGroup, TermIndex } from './terms.js';
import { copyWith } from '../lib/copyWith.js';
import { PassageVectors } from './vectorSimilarity.js';
import type { Vocabulary } from './vocabulary.js';
import { nameOnlyTerms, uninflected } from './properNames.js';

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

/**
 * How much a passage in the question's own language is preferred over its translation (a passage
 * of a translated pair whose page in the asker's language is indexed too): it orders passages
 * only, the score returned stays the similarity (the answer layer's thresholds read it). Small, so
 * that a translation that says more still wins. Only between translations: a French page with no
 * English version is the only place a French-only fact is written, and an English question about it
 * must not lose it to an English page on another subject (multidoc fixture, with the count
 * preferences below: "how many member states" lost the current English page to a 2022 French
 * release without it; fr hit@1 37/44 either way, en hit@3 36 → 37/44). Equal ranks still go to the
 * asker's language.
 */
const SAME_LANGUAGE_PREFERENCE = 0.03;
/**
 * How much a passage of the period a question names ("in 2016") is preferred (0.05 left the 2016
 * release fourth for "the number of member states in 2016" on the fixture), or, when it names
 * none, how much the most recent of the candidates' documents is preferred over the oldest (the
 * others in between by date; undated ones halfway): a figure that changed is asked for as it
 * stands now unless a year is given. Orders only, like the language preference.
 */
const PERIOD_PREFERENCE = 0.1;
const RECENCY_PREFERENCE = 0.03;
/**
 * The recency preference of a question asking how many: a count is the kind of figure that
 * changes from one release to the next (member states, offices, staff), so its newest statement
 * is preferred more firmly. 0.1, as PERIOD_PREFERENCE: with 0.03 a 2022 release stating 178 member
 * states ranked above the about page updated in 2024 (multidoc fixture en hit@1 32 → 33/44).
 */
const COUNT_RECENCY_PREFERENCE = 0.1;
/**
 * Kinds of answer that change from one release to the next, so that their newest statement is
 * preferred by COUNT_RECENCY_PREFERENCE: a count, and who leads (an organisation's head changes
 * every few years, and each release names the head of its day: multidoc "Who leads IOM?" ranked
 * 2018 and 2022 releases naming the former head above the 2023 one naming the current).
 */
const CHANGING_ANSWERS: ReadonlySet<string> = new Set(['count', 'leader']);
/**
 * How much a passage whose best line holds the kind of value asked for is preferred, per degree of
 * answerTypeMatch (a count: 1; a count of what the question names, "how many sites" → "3,900
 * sites": 2). Orders only, like the language preference. 0.05 a degree: on the multidoc fixture fr
 * hit@1 35 → 37/44, hit@3 40 → 41/44 (a FAQ line naming the topic without its figure ranked
 * first); a year for "when" questions was tried and left out: every release's dateline holds one
 * (fr hit@1 −1). A duration, a rate over time or a place named, for how-long, how-often and where
 * questions, count one degree (fr hit@1 37 → 39/44 with the locutions of those forms; en +1 from
 * the FAQ answer line's place). A head's role for a leader question counts one degree, two with a
 * person's name beside it (questionForms.ts; with the role group it stands for, multidoc "Who leads
 * IOM?" quotes the head's line, and the seed's "Qui dirige l'OIM ?" its structure list). A cause stated
 * (reasonAndName.ts) for a why question counts one degree (see NAMED_TITLE_PREFERENCE).
 */
const ANSWER_TYPE_PREFERENCE = 0.05;
/**
 * How much a passage where a name the question asks about is the subject of a defining statement
 * ("The Long Name (ACR) is the …", definitions.ts) is preferred, when the question's only topic is
 * that name ("What is ACR?", "What is ACR's mission?"): every page of a site writes the name, so
 * coverage ties and DEFINING_BONUS rewards every line spelling it out (datelines, legal lines),
 * while only the defining line says what it is. Such passages also join the candidates: long
 * ones are not among BM25's first 40 for a word every passage holds (the multidoc fixture's
 * who-we-are pages were not). Orders only, like the language preference; 0.05 as one degree of
 * ANSWER_TYPE_PREFERENCE, the same kind of evidence (the line holds what is asked).
 */
const DEFINING_STATEMENT_PREFERENCE = 0.05;
/**
 * How much a passage of a page whose title writes most of a capitalised name the question writes
 * is preferred (reasonAndName.ts): the page of the project or report asked about. 0.05, as
 * OWN_PAGE_PREFERENCE, the same kind of evidence; with a cause stated for a "why" question (one
 * degree of ANSWER_TYPE_PREFERENCE), multidoc en hit@3 41 → 42/44, nothing else moved.
 */
const NAMED_TITLE_PREFERENCE = 0.05;
/**
 * How much a passage of the name's own page (a page that opens by defining it, definitions.ts
 * ownPagesOf) is preferred, for the same questions: what the organisation aims at, how it works, is
 * said on its about page, the section after its definition, while a strategy's or a programme's page
 * states that programme's goals ("La stratégie … de l'OIM poursuit trois buts"). 0.05, as
 * DEFINING_STATEMENT_PREFERENCE: multidoc "Quelle est la mission de l'OIM ?" and "What is IOM's
 * mission?" rank the about page's "three priorities" first (second before, after a climate
 * strategy's goals).
 */
const OWN_PAGE_PREFERENCE = 0.05;

/**
 * How much a glossary entry headed by the very term a definition question asks about is preferred
 * (definitions.ts headingIsAskedTerm): it is the definition, while pages that mention the term say
 * its word in every line. "Qu'est-ce qu'un migrant ?" on the multidoc fixture ranked the glossary's
 * "Migrant" entry below five pages about migrants (0.41 against 0.73–0.80, the local embedder
 * reading nothing in a definition that does not write the word); 0.2 puts it first there. The
 * heading must be the term and nothing more, so that only one entry qualifies.
 */
const TERM_ENTRY_PREFERENCE = 0.2;

/** Each candidate's preference for being of the period asked, or recent (see PERIOD_PREFERENCE). */
function timePreference(chunks: Chunk[], candidates: number[], period: number | null, recency: number): (i: number) => number {
  if (period !== null) return (i) => (chunks[i].date?.startsWith(String(period)) ? PERIOD_PREFERENCE : 0);
  const dates = [...new Set(candidates.map((i) => chunks[i].date).filter((d): d is string => Boolean(d)))].sort();
  if (dates.length < 2) return () => 0;
  const rank = new Map(dates.map((d, k) => [d, k / (dates.length - 1)]));
  return (i) => recency * (rank.get(chunks[i].date ?? '') ?? 0.5);
}

/**
 * A passage's coverage is half over the whole passage, half over its best line (WINDOW_LINES):
 * one line answering beats many lines each sharing a word with the question (a page of questions
 * and answers, a release). One line rather than two: on the fixture, two lines let a passage whose
 * first line names migrants and second a "journée internationale" pass for the migrants' day
 * (hit@1 fr 70 → 77%, en 73 → 77% with one; the seed's sets unchanged).
 */
const WINDOW_LINES = 1;
const WHOLE_SHARE = 0.5;
/**
 * A line that is itself a question (a FAQ's "Où se trouve le siège ?") is read with the line after
 * it, its answer: alone it restates what a visitor asks, word for word, and answers nothing, while
 * the answer often names its topic by a pronoun ("Il est situé à…"). Multidoc fixture: "where is
 * iom headquarters" took a FAQ's question line as the best line, so the answer line's place was
 * not read for the kind of value asked (en hit@1 +1).
 */
const QUESTION_LINE = /\?\s*$/;
/**
 * A word found only in the section heading or the document's title counts this much (BM25's
 * heading weight): the heading is shared by every passage of its section, down to a press-contact
 * line under a release's title, and the title by every passage of the page. The title counts
 * because a passage deep in a page says "it" for what the page is about ("Il est géré par…" under
 * a portal's page): multidoc fixture fr hit@3 39 → 40/44, the rest unchanged.
 */
const HEADING_MATCH = 0.5;
/** Passages whose terms are remembered (a few thousand candidates' worth). */
const TERMS_CACHE = 5_000;

/** Lines of a passage read together for its best-line coverage: WINDOW_LINES, or a question and its answer. */
interface LineWindow {
  terms: Set<string>;
  start: number;
  end: number;
  /** The window's terms written as one part of speech (see WordGroup.otherWords), read on first use. */
  classes?: TermClasses;
  /** The window's lines as written, joined on first use (see windowText). */
  text?: string;
}

interface PassageTerms {
  body: TermIndex;
  /** The section heading's and the title's terms, indexed: each stem's matches are remembered (TermIndex). */
  heading: TermIndex;
  /** The page title's own terms (see NAMED_TITLE_PREFERENCE). */
  title: Set<string>;
  /** One window from each line (see LineWindow). */
  windows: LineWindow[];
  /** The passage's lines as written: a window's text is read from them on every question. */
  lines: string[];
  /** The passage's terms written as one part of speech (see WordGroup.otherWords), read on first use. */
  classes?: TermClasses;
}

/** Each line's window: WINDOW_LINES lines, a question line with the line after it (see QUESTION_LINE). */
function lineWindows(texts: string[], lines: Array<Set<string>>): LineWindow[] {
  return lines.map((_, start) => {
    const end = Math.min(lines.length, start + (QUESTION_LINE.test(texts[start]) ? 2 : WINDOW_LINES));
    const terms = end - start === 1 ? lines[start] : new Set(lines.slice(start, end).flatMap((t) => [...t]));
    return { terms, start, end };
  });
}

export class HybridRetriever implements Retriever {
  private readonly options: HybridOptions;
  private readonly terms = new Map<number, PassageTerms>();
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
   * DEFINING_STATEMENT_PREFERENCE) and the sources that are their own pages (OWN_PAGE_PREFERENCE).
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

  /** Does a passage's page title write most of a name the question writes (see NAMED_TITLE_PREFERENCE)? */
  private titleNamesQuestion(reading: QuestionReading, groups: readonly TermGroup[]): (i: number) => boolean {
    const nameGroups = groups.filter((g) => reading.nameWords.includes(g.word.toLowerCase()));
    if (nameGroups.length < 2) return () => false;
    return (i) => {
      const { title } = this.passageTerms(i);
      return titleNamesIt(nameGroups.filter((g) => matchStrength(g.stems, title) === 1).length, nameGroups.length);
    };
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

  /**
   * How much of the question a passage covers: over the whole passage, and over its best
   * WINDOW_LINES consecutive lines (with its heading), half each. A passage answering in one
   * place beats one whose many lines each share a word with the question (a page of questions and
   * answers, a long release).
   */
  private coverageOf(groups: readonly TermGroup[], i: number): { score: number; line: number } {
    const { body, heading, windows } = this.passageTerms(i);
    const year = this.questionYear(groups, i);
    const terms = withYear(body.terms, year);
    const passage = new PassageCoverage(groups, terms === body.terms ? body : new TermIndex(terms, body.names), heading, HEADING_MATCH);
    const senses = groups.some((g) => g.otherWords);
    const whole = passage.of(undefined, senses ? this.passageClasses(i) : undefined);
    if (whole === 0 || windows.length < 2) return { score: whole, line: -1 };
    let best = 0;
    let line = -1;
    for (let l = 0; l < windows.length && best < whole; l++) {
      const score = passage.of(withYear(windows[l].terms, year), senses ? this.windowClasses(i, l) : undefined);
      if (score > best) {
        best = score;
        line = l;
      }
    }
    return { score: WHOLE_SHARE * whole + (1 - WHOLE_SHARE) * best, line };
  }

  /** A passage's terms written as one part of speech (text/wordClass.ts), read once: only questions whose words have such senses ask. */
  private passageClasses(i: number): TermClasses {
    const terms = this.passageTerms(i);
    terms.classes ??= termClasses(this.index.chunks[i].text, this.index.lexical.languages[i]);
    return terms.classes;
  }

  /** The same for one window of a passage. */
  private windowClasses(i: number, l: number): TermClasses {
    const w = this.passageTerms(i).windows[l];
    w.classes ??= termClasses(this.windowText(i, l), this.index.lexical.languages[i]);
    return w.classes;
  }

  /** The lines of one window of a passage, as written: joined once, then kept with the window. */
  private windowText(i: number, l: number): string {
    const { windows, lines } = this.passageTerms(i);
    const w = windows[l];
    w.text ??= lines.slice(w.start, w.end).join('\n');
    return w.text;
  }

  /** The text of a passage's best-covering window (the whole passage when it has one line or none stands out). */
  private lineText(i: number, line: number): string {
    return line < 0 ? this.index.chunks[i].text : this.windowText(i, line);
  }

  /**
   * The year of the passage's document date when the question names that year, else null: its
   * terms are read with that year (a 2016 release speaks of 2016; see withYear). Found once per
   * passage, not once per line.
   */
  private questionYear(groups: readonly TermGroup[], i: number): string | null {
    const year = this.index.chunks[i].date?.slice(0, 4);
    return year && groups.some((g) => g.word === year) ? year : null;
  }

  /** A passage's body terms, heading and title terms, and each line's terms, analysed in its language; remembered. */
  private passageTerms(i: number): PassageTerms {
    let terms = this.terms.get(i);
    if (!terms) {
      if (this.terms.size >= TERMS_CACHE) this.terms.clear();
      const chunk = this.index.chunks[i];
      const language = this.index.lexical.languages[i];
      const texts = chunk.text.split('\n');
      const lines = texts.map((line) => new Set(analyze(line, language)));
      const title = new Set(analyze(chunk.title ?? '', language));
      const headingText = `${chunk.heading ?? ''}\n${chunk.title ?? ''}`;
      const heading = new TermIndex(analyze(headingText, language), this.nameTerms(headingText, language));
      const body = new TermIndex(
        lines.flatMap((l) => [...l]),
        this.nameTerms(chunk.text, language),
      );
      terms = { body, heading, title, windows: lineWindows(texts, lines), lines: texts };
      this.terms.set(i, terms);
    }
    return terms;
  }

  /** A text's terms written only as words that take no inflection (see TermIndex's names). */
  private nameTerms(text: string, language: TextLanguage): Set<string> | undefined {
    const { vocabulary } = this.index;
    return nameOnlyTerms(
      text,
      language,
      uninflected((word) => vocabulary.isProperName(word)),
    );
  }

  /** Is this passage in another language than the asker's, with its page's translation in the asker's language indexed too? */
  private translatedFor(i: number, language: string): boolean {
    return this.index.lexical.languages[i] !== language && (this.index.chunks[i].translations ?? []).some((t) => t.language === language);
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

  /**
   * How much a candidate passage is preferred beyond its similarity (orders only; see the
   * preferences above). A method rather than local functions of retrieve(): tsx names each local
   * function it compiles on every call (esbuild's keepNames, an Object.defineProperty each).
   */
  private preference(p: Preferences, i: number, line: number): number {
    const { reading } = p;
    const languages = this.index.lexical.languages;
    const typedText = p.wholePassage ? this.index.chunks[i].text : this.lineText(i, line);
    return (
      (this.translatedFor(i, reading.language) ? 0 : SAME_LANGUAGE_PREFERENCE) +
      p.timely(i) +
      (p.defining.has(i) ? DEFINING_STATEMENT_PREFERENCE : 0) +
      (p.ownPages.has(this.index.chunks[i].source) ? OWN_PAGE_PREFERENCE : 0) +
      (reading.reason && statesCause(this.lineText(i, line)) ? ANSWER_TYPE_PREFERENCE : 0) +
      (p.titleNamed(i) ? NAMED_TITLE_PREFERENCE : 0) +
      ANSWER_TYPE_PREFERENCE *
        answerTypeMatch(reading.expected, typedText, languages[i], (word) => namesGroup(p, word, languages[i]), reading.wholeHead)
    );
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
    // A question counting people names any count of people (see countsPeople).
    const asksPeople = groups.some((g) => countsPeople(g.word));
    const recency = CHANGING_ANSWERS.has(reading.expected) ? COUNT_RECENCY_PREFERENCE : RECENCY_PREFERENCE;
    const preferences: Preferences = {
      reading,
      groups,
      asksPeople,
      defining,
      ownPages,
      titleNamed: this.titleNamesQuestion(reading, groups),
      timely: timePreference(this.index.chunks, [...candidates.keys()], reading.period, recency),
      wholePassage: READ_IN_WHOLE_PASSAGE.has(reading.expected),
    };
    const ranked = [...candidates]
      .map(([i, lexicalScore]) => {
        const covered = this.coverageOf(groups, i);
        // A glossary entry headed by the term asked is about that term alone: its heading says it all (TERM_ENTRY_PREFERENCE).
        const entry = entries.has(i);
        const vector = similarity ? w * Math.max(0, Math.min(1, similarity(i))) : 0;
        const ranked = Math.min(1, vector + (1 - w) * (entry ? 1 : covered.score) + bonus(i));
        const score =
          groups === reading.groups || entry
            ? ranked
            : Math.min(1, vector + (1 - w) * this.coverageOf(reading.groups, i).score + ownBonus(i));
        const own = languages[i] === reading.language ? 1 : 0;
        return {
          i,
          lexicalScore,
          own,
          score,
          rank: ranked + this.preference(preferences, i, covered.line) + (entry ? TERM_ENTRY_PREFERENCE : 0),
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

/** Terms with a year added (see HybridRetriever.questionYear); the same set when there is none or it holds it. */
function withYear(terms: ReadonlySet<string>, year: string | null): ReadonlySet<string> {
  return year && !terms.has(year) ? new Set([...terms, year]) : terms;
}

/** What a question prefers among its candidate passages (see HybridRetriever.preference). */
interface Preferences {
  reading: QuestionReading;
  /** The groups passages are ranked by (rankingGroups). */
  groups: readonly TermGroup[];
  /** The question counts people: any count of people is named (see countsPeople). */
  asksPeople: boolean;
  defining: ReadonlySet<number>;
  ownPages: ReadonlySet<string>;
  titleNamed: (i: number) => boolean;
  timely: (i: number) => number;
  /** The kind of answer asked is read in the whole passage rather than its best line. */
  wholePassage: boolean;
}

/** Does a word of a passage's line name one of the question's groups (or a count of people, for a question counting people)? */
function namesGroup(p: Preferences, word: string, language: TextLanguage): boolean {
  if (p.asksPeople && countsPeople(word)) return true;
  // A word of a passage's line: its terms are remembered with the passages' (text/termSets.ts).
  const terms = textTerms(word, language);
  return p.groups.some((g) => matchStrength(g.stems, terms) === 1);
}

/**
 * The passages of the ranked candidates, keeping the first of each text (compared as sameText
 * normalises it), up to k: a page captured twice, or a block repeated on many pages, is one passage
 * whose copies become alternates. A passage (a copy of its chunk with its score) is made only for
 * those kept: copying every candidate's chunk, most of them then dropped, was a fifth of this
 * file's own time in a chat request's profile.
 */
function withoutRepeatedText(
  chunks: readonly Chunk[],
  keys: Array<string | undefined>,
  ranked: ReadonlyArray<{ i: number; score: number }>,
  k: number,
): Passage[] {
  const byText = new Map<string, Passage>();
  const kept: Passage[] = [];
  for (const { i, score } of ranked) {
    const chunk = chunks[i];
    // Each chunk's sameText, kept by the retriever (see HybridRetriever.textKeys).
    keys[i] ??= sameText(chunk.text);
    const key = keys[i];
    const first = byText.get(key);
    if (first) {
      const copies = [chunk.source, ...(chunk.alternates ?? [])].filter((s) => s !== first.source);
      first.alternates = [...new Set([...(first.alternates ?? []), ...copies])];
    } else if (kept.length < k) {
      const passage: Passage = copyWith(chunk, { score: Math.round(score * 10_000) / 10_000 });
      byText.set(key, passage);
      kept.push(passage);
    }
  }
  return kept;
}
