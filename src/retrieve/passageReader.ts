// How much of a question each passage covers, read from the passage's terms: over the whole
// passage and over its best line (with its heading), each passage's terms analysed once and
// remembered. Hybrid retrieval (hybrid.ts) ranks by it; its best line is also where the kind of
// value asked for is looked for (preferences.ts).
import type { Chunk } from '../types.js';
import { analyze, type TextLanguage } from '../text/analyzer.js';
import { termClasses } from '../text/wordClass.js';
import type { TermGroup } from './terms.js';
import { PassageCoverage } from './passageCoverage.js';
import type { TermClasses } from './termMatch.js';
import { TermIndex } from './termIndex.js';
import type { Vocabulary } from './vocabulary.js';
import { nameOnlyTerms, uninflected } from './properNames.js';

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
  /** The page title's own terms (see preferences.ts NAMED_TITLE_PREFERENCE). */
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

/** Terms with a year added (see PassageReader.questionYear); the same set when there is none or it holds it. */
function withYear(terms: ReadonlySet<string>, year: string | null): ReadonlySet<string> {
  return year && !terms.has(year) ? new Set([...terms, year]) : terms;
}

/** What the reader needs of an index: its passages, each one's language, and the corpus's vocabulary (names). */
export interface ReadableIndex {
  chunks: Chunk[];
  lexical: { readonly languages: TextLanguage[] };
  vocabulary: Vocabulary;
}

/** Each passage's terms, read once and remembered (up to TERMS_CACHE passages), and the coverage of a question read from them. */
export class PassageReader {
  private readonly memo = new Map<number, PassageTerms>();

  constructor(private readonly index: ReadableIndex) {}

  /**
   * How much of the question a passage covers: over the whole passage, and over its best
   * WINDOW_LINES consecutive lines (with its heading), half each. A passage answering in one
   * place beats one whose many lines each share a word with the question (a page of questions and
   * answers, a long release).
   */
  coverage(groups: readonly TermGroup[], i: number): { score: number; line: number } {
    const { body, heading, windows } = this.terms(i);
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

  /** The text of a passage's best-covering window (the whole passage when it has one line or none stands out). */
  lineText(i: number, line: number): string {
    return line < 0 ? this.index.chunks[i].text : this.windowText(i, line);
  }

  /** A passage's page title's own terms. */
  title(i: number): ReadonlySet<string> {
    return this.terms(i).title;
  }

  /** A passage's terms written as one part of speech (text/wordClass.ts), read once: only questions whose words have such senses ask. */
  private passageClasses(i: number): TermClasses {
    const terms = this.terms(i);
    terms.classes ??= termClasses(this.index.chunks[i].text, this.index.lexical.languages[i]);
    return terms.classes;
  }

  /** The same for one window of a passage. */
  private windowClasses(i: number, l: number): TermClasses {
    const w = this.terms(i).windows[l];
    w.classes ??= termClasses(this.windowText(i, l), this.index.lexical.languages[i]);
    return w.classes;
  }

  /** The lines of one window of a passage, as written: joined once, then kept with the window. */
  private windowText(i: number, l: number): string {
    const { windows, lines } = this.terms(i);
    const w = windows[l];
    w.text ??= lines.slice(w.start, w.end).join('\n');
    return w.text;
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
  private terms(i: number): PassageTerms {
    let terms = this.memo.get(i);
    if (!terms) {
      if (this.memo.size >= TERMS_CACHE) this.memo.clear();
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
      this.memo.set(i, terms);
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
}
