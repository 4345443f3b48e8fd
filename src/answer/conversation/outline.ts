// The corpus as a table of contents, built once per loaded index: each document's sections in
// reading order, its language, the questions it writes itself (a FAQ's lines ending in "?"), and
// the site's chrome — headings, titles and lines found in many documents (menus, footers, cookie
// banners), which are navigation, never something to suggest.
import { detectLanguage } from '../../text/language.js';
import type { Chunk, Language } from '../../types.js';
import { CorpusPairs } from './corpusPairs.js';
import { EnglishSpelling } from './englishSpelling.js';
import { memoByText } from '../../lib/memo.js';
import { namesIn } from './names.js';
import { normaliseWord } from './tokens.js';

/**
 * A label or line present in this many documents is site chrome: in an export of a website every
 * page repeats its menu and footer, while a real section heading belongs to one page (or to a page
 * and its translation, or a page captured twice: two).
 */
export const CHROME_MIN_SOURCES = 3;
/** Characters of a document read to guess its language when the index does not record it. */
const LANGUAGE_SAMPLE = 2000;
/** A question written in the corpus: a line ending in "?" with at least this many words… */
const MIN_QUESTION_WORDS = 3;
/** …and at most this many (longer lines are prose that happens to end in a question). */
const MAX_QUESTION_WORDS = 20;

export interface Section {
  source: string;
  title: string;
  heading: string | null;
}

export interface CorpusQuestion {
  source: string;
  text: string;
}

export function labelKey(label: string): string {
  return normaliseWord(label.replace(/\s+/g, ' ').trim());
}

function languageOf(chunks: Chunk[]): Language | null {
  const declared = chunks.find((c) => c.language)?.language;
  if (declared) return declared === 'fr' || declared === 'en' ? declared : null;
  return detectLanguage(
    chunks
      .map((c) => c.text)
      .join('\n')
      .slice(0, LANGUAGE_SAMPLE),
  );
}

function countSources(entries: Iterable<[string, string]>): Map<string, number> {
  const sourcesOf = new Map<string, Set<string>>();
  for (const [key, source] of entries) {
    if (!key) continue;
    const set = sourcesOf.get(key);
    if (set) set.add(source);
    else sourcesOf.set(key, new Set([source]));
  }
  return new Map([...sourcesOf].map(([key, set]) => [key, set.size]));
}

function* labelsAndLines(chunks: Chunk[]): Generator<[string, string]> {
  for (const c of chunks) {
    yield [labelKey(c.title), c.source];
    if (c.heading) yield [labelKey(c.heading), c.source];
    for (const line of c.text.split('\n')) yield [labelKey(line.replace(/^[-–—•*·]\s+/, '')), c.source];
  }
}

export class CorpusOutline {
  private readonly sections = new Map<string, Section[]>();
  private readonly languages = new Map<string, Language | null>();
  private readonly questions: CorpusQuestion[] = [];
  private readonly chrome: Set<string>;
  /** Words the corpus writes in lower case somewhere, and words it capitalises inside a sentence. */
  private readonly lowerCaseWords = new Set<string>();
  private readonly capitalisedWords = new Set<string>();
  private readonly names = new Map<string, string[]>();
  /**
   * Named things a passage speaks of (names.ts) worth a question, chrome lines and common words left
   * out (readAskableNames), kept per text: every answer reads the names of the passages it
   * cites, the same passages answer after answer, and reading them (sentences, lemmas, capitals) was
   * 12% of an uncached offline answer's CPU (in-process profile, answer cache off).
   */
  readonly askableNames = memoByText((text: string): readonly string[] => this.readAskableNames(text));
  /** The English its translated pages give French labels (titles, headings, aligned items). */
  readonly pairs: CorpusPairs;
  /** How its English pages write words: a translated label is shown only as they write it. */
  readonly english: EnglishSpelling;

  constructor(chunks: Chunk[]) {
    const bySource = new Map<string, Chunk[]>();
    for (const c of chunks) {
      const list = bySource.get(c.source);
      if (list) list.push(c);
      else bySource.set(c.source, [c]);
      for (const w of c.text.match(/(?<=\s)\p{Ll}[\p{L}'’-]*/gu) ?? []) this.lowerCaseWords.add(w);
      for (const w of c.text.match(/(?<=\p{Ll}[,;]? )\p{Lu}[\p{L}-]*/gu) ?? []) this.capitalisedWords.add(w.toLowerCase());
    }
    const counts = countSources(labelsAndLines(chunks));
    this.chrome = new Set([...counts].filter(([, n]) => n >= CHROME_MIN_SOURCES).map(([key]) => key));
    for (const [source, list] of bySource) {
      const ordered = [...list].sort((a, b) => a.lines[0] - b.lines[0]);
      this.languages.set(source, languageOf(ordered));
      const sections: Section[] = [];
      for (const c of ordered) {
        if (sections.at(-1)?.heading !== c.heading) sections.push({ source, title: c.title, heading: c.heading });
        for (const line of c.text.split('\n')) if (this.isCorpusQuestion(line)) this.questions.push({ source, text: line.trim() });
      }
      this.sections.set(source, sections);
      this.names.set(source, this.readAskableNames(ordered.map((c) => c.text).join('\n')));
    }
    this.pairs = new CorpusPairs(chunks, this);
    this.english = new EnglishSpelling(chunks, (source) => this.languageOf(source));
  }

  private readAskableNames(text: string): string[] {
    return namesIn(this.withoutChrome(text)).filter((name) => this.isNameWorthAsking(name));
  }

  private withoutChrome(text: string): string {
    return text
      .split('\n')
      .filter((line) => !this.chrome.has(labelKey(line.replace(/^[-–—•*·]\s+/, ''))))
      .join('\n');
  }

  /** A one-word name is asked about only when it is an acronym or a proper name ("Bureaux" capitalised in "40 Bureaux" is neither). */
  private isNameWorthAsking(name: string): boolean {
    const words = name.replace(/^(le|la|les|l['’]|the)\s*/i, '').split(' ');
    if (words.length > 1) return !this.isChrome(name);
    const [word] = words;
    return /^\p{Lu}{2,}$/u.test(word) || this.isName(word);
  }

  private isCorpusQuestion(line: string): boolean {
    const text = line.trim();
    const words = text.split(/\s+/).length;
    return text.endsWith('?') && words >= MIN_QUESTION_WORDS && words <= MAX_QUESTION_WORDS && !this.isChrome(text);
  }

  get sources(): string[] {
    return [...this.sections.keys()];
  }

  languageOf(source: string): Language | null {
    return this.languages.get(source) ?? null;
  }

  isChrome(label: string): boolean {
    return this.chrome.has(labelKey(label));
  }

  /** A proper name: the corpus capitalises it inside sentences and never writes it in lower case. */
  isName(word: string): boolean {
    const lower = word.toLowerCase();
    return this.capitalisedWords.has(lower) && !this.lowerCaseWords.has(lower);
  }

  /** Named things a document's prose speaks of (names.ts), chrome left out. */
  namesIn(source: string): readonly string[] {
    return this.names.get(source) ?? [];
  }

  /** A document's sections in reading order (one per run of passages under the same heading). */
  sectionsOf(source: string): readonly Section[] {
    return this.sections.get(source) ?? [];
  }

  /** Headings of the sections just before and after the one with this heading, nearest first. */
  neighbourHeadings(source: string, heading: string | null, radius = 2): string[] {
    const sections = this.sectionsOf(source);
    const at = sections.findIndex((s) => s.heading === heading);
    if (at < 0) return [];
    const out: string[] = [];
    for (let d = 1; d <= radius; d++)
      for (const i of [at + d, at - d]) {
        const h = sections[i]?.heading;
        if (h && h !== heading && !out.includes(h)) out.push(h);
      }
    return out;
  }

  questionsIn(source: string): CorpusQuestion[] {
    return this.questions.filter((q) => q.source === source);
  }

  get allQuestions(): readonly CorpusQuestion[] {
    return this.questions;
  }
}
