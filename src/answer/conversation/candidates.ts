// Questions worth offering next, before any is checked: what follows from the passages an answer
// quoted (the neighbouring sections of the same document, the other items of a list it quoted,
// questions the document writes itself), then from the other documents retrieval found (related
// documents' headings and titles). Example questions for a greeting come from the whole outline,
// one document at a time. Nothing here is offered unchecked: verify.ts asks each one first.
import { MemoUntilFull, memoByText } from '../../lib/memo.js';
import type { Language } from '../../types.js';
import { type BilingualKnowledge, englishLabel } from './labelEquivalents.js';
import type { CorpusOutline } from './outline.js';
import { cleanLabel, ownWordsQuestion, questionFromLabel } from './templates.js';
import { messageWords } from './tokens.js';

export type CandidateOrigin = 'neighbour-heading' | 'list-item' | 'name' | 'corpus-question' | 'related-document' | 'outline';

export interface Candidate {
  question: string;
  origin: CandidateOrigin;
  source: string;
  /** A label of the other language left in its own words (no reliable translation): offered after the others. */
  ownWords?: boolean;
  /** Asked instead when `question` (a translated label) is not answered: the label in its own words. */
  fallback?: string;
}

/** What the candidates are drawn from: a passage's place in the corpus and its text. */
export interface PassageRef {
  source: string;
  title: string;
  heading: string | null;
  text: string;
}

export interface FollowUpInput {
  language: Language;
  /** Passages the answer quotes. */
  cited: readonly PassageRef[];
  /** Every passage retrieval found for the question, cited or not. */
  retrieved: readonly PassageRef[];
  /** The answer's text: list items it already quotes are not offered again. */
  quoted: string;
  /** Questions already asked in this conversation, not offered again. */
  asked: readonly string[];
  /** Their words as messageWords reads them (its `text`), when the caller has read them already. */
  askedWords?: readonly string[];
}

const LIST_ITEM = /^[-–—•*·]\s+(.+)$/;
/** The name of a list item is what precedes its colon ("Former les équipes : Pour cela…"), when it is short. */
const ITEM_NAME = /^(.{3,80}?)\s*:\s/;

/**
 * Items of the passage's content lists that the answer did not quote. A list of bare labels
 * ("- Structure organisationnelle", "- Partenariats") is a menu, whose items are links, not topics
 * the page explains: only items that name and explain ("X : …") or are sentences (a full stop) are offered.
 */
function listItemLabels(passage: PassageRef, quoted: string): string[] {
  const labels: string[] = [];
  for (const { item, label } of itemLabels(passage.text)) if (!quoted.includes(item)) labels.push(label);
  return labels;
}

/**
 * A passage's list items that name or explain, each with its label, in order: read once per passage
 * text (memoByText), since every answer citing a passage read its lines and items again (1% of an
 * uncached offline answer's CPU, in-process profile); which of them the answer quotes is its own.
 */
const itemLabels = memoByText((text: string): ReadonlyArray<{ item: string; label: string }> => {
  const labels: Array<{ item: string; label: string }> = [];
  for (const line of text.split('\n')) {
    const item = LIST_ITEM.exec(line.trim())?.[1];
    if (!item) continue;
    const name = ITEM_NAME.exec(item)?.[1];
    if (name) labels.push({ item, label: name });
    else if (/[.!]$/.test(item)) labels.push({ item, label: item });
  }
  return labels;
});

/**
 * A name's words without its article, as alreadyAsked looks for them: read once per name, since
 * every answer citing a passage reads the same names again.
 */
const nameKey = memoByText((name: string) => ` ${messageWords(name.replace(/^(le|la|les|l['’]|the)\s*/i, '')).text} `);

/**
 * The questions asked, as alreadyAsked searches them: read once per list of candidates rather than
 * once per name (a cited passage names a dozen things, and this was 2.4% of an uncached answer's CPU).
 */
function askedWords(input: FollowUpInput): string[] {
  return input.askedWords ? input.askedWords.map((w) => ` ${w} `) : input.asked.map((q) => ` ${messageWords(q).text} `);
}

/** The name is already in a question asked (the answer is about it): asking about it again adds nothing. */
function alreadyAsked(name: string, asked: readonly string[]): boolean {
  const key = nameKey(name);
  return asked.some((q) => q.includes(key));
}

/**
 * Same-language documents first: a template around a label of the other language reads badly and is
 * often refused. Among the others, labels given in the visitor's language come before those left in
 * their own words.
 */
function sameLanguageFirst(candidates: Candidate[], language: Language, outline: CorpusOutline): Candidate[] {
  const mine = (c: Candidate) => outline.languageOf(c.source) === language;
  const others = candidates.filter((c) => !mine(c));
  return [...candidates.filter(mine), ...others.filter((c) => !c.ownWords), ...others.filter((c) => c.ownWords)];
}

/** Articles and "of" after which two questions are the same ("Parlez-moi d'OIM", "Parlez-moi de l'OIM"). */
const FILLER = new Set(['de', "d'", 'du', 'des', 'le', 'la', 'les', "l'", 'the', 'of']);

/**
 * Words of a question that tell it apart: case, accents, punctuation, articles aside. Remembered per
 * text: every answer compares the same offered follow-ups with what was asked (2–3% of an uncached
 * offline chat request's CPU in bench:chat's profile before).
 */
export const questionKey: (question: string) => string = memoByText((question) =>
  messageWords(question.replace(/(^|\s)([dl])['’]/gi, "$1$2' "))
    .words.filter((w) => !FILLER.has(w))
    .join(' '),
);

/** Drops repeats and questions already asked. */
function distinct(candidates: Candidate[], asked: readonly string[]): Candidate[] {
  const seen = new Set(asked.map(questionKey));
  return candidates.filter((c) => {
    const key = questionKey(c.question);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Label questions kept per outline: a few thousand labels (headings, titles, list items, names) in
 * two languages, each read as a name or not, for a site of a few hundred pages.
 */
const LABEL_QUESTIONS_KEPT = 20_000;
/**
 * One memo per language and reading (as a name or not), keyed by the label itself: the corpus's
 * own string, whose hash is kept with it, where a key joining the three was a new string to hash
 * at every look-up (a quarter of the look-ups' time, in-process profile).
 */
type LabelMemos = Record<Language, [asLabel: MemoUntilFull<string | null>, asName: MemoUntilFull<string | null>]>;
const labelQuestions = new WeakMap<CorpusOutline, LabelMemos>();

function labelMemos(outline: CorpusOutline): LabelMemos {
  let memos = labelQuestions.get(outline);
  if (!memos) {
    const pair = (): LabelMemos[Language] => [new MemoUntilFull(LABEL_QUESTIONS_KEPT), new MemoUntilFull(LABEL_QUESTIONS_KEPT)];
    memos = { fr: pair(), en: pair() };
    labelQuestions.set(outline, memos);
  }
  return memos;
}

/**
 * The question a label makes in this language (null: chrome, or no sensible question), kept per
 * outline: every answer offers the labels of the passages it cites, the same ones answer after
 * answer, and checking them for chrome and turning them into questions was 2.5% of an uncached
 * offline answer's CPU (in-process dist profile, answer cache off).
 */
function labelQuestion(
  outline: CorpusOutline,
  label: string,
  language: Language,
  asName: boolean,
  memos: LabelMemos[Language] = labelMemos(outline)[language],
): string | null {
  const memo = memos[asName ? 1 : 0];
  const known = memo.get(label);
  if (known !== undefined) return known;
  if (outline.isChrome(label)) return memo.set(label, null);
  // A name read from prose keeps its capitals ("Chef de Cabinet"); a heading's first capital is only the heading's.
  const isName = asName ? () => true : (w: string) => outline.isName(w);
  return memo.set(label, questionFromLabel(label, language, isName));
}

/**
 * The candidate an English visitor is offered for a French page's label (CandidateList.foreignLabel),
 * or null for none, by knowledge (one per loaded index and its outline), origin, source and label:
 * a pure function of those, and every English answer offered the same pages' labels again, each
 * cleaned, looked up in the bilingual knowledge and made into a question anew. Candidates are never
 * changed once made, so one serves every list. Bounded by the corpus's labels.
 */
type ForeignCandidates = Map<CandidateOrigin, Map<string, Map<string, Candidate | null>>>;
const foreignCandidates = new WeakMap<BilingualKnowledge, ForeignCandidates>();

function foreignMemo(knowledge: BilingualKnowledge, origin: CandidateOrigin, source: string): Map<string, Candidate | null> {
  let byOrigin = foreignCandidates.get(knowledge);
  if (!byOrigin) {
    byOrigin = new Map();
    foreignCandidates.set(knowledge, byOrigin);
  }
  let bySource = byOrigin.get(origin);
  if (!bySource) {
    bySource = new Map();
    byOrigin.set(origin, bySource);
  }
  let byLabel = bySource.get(source);
  if (!byLabel) {
    byLabel = new Map();
    bySource.set(source, byLabel);
  }
  return byLabel;
}

class CandidateList {
  readonly items: Candidate[] = [];
  /** This outline's label questions in this language, found once per list rather than once per label (a weak map look-up each). */
  private readonly memos: LabelMemos[Language];

  constructor(
    private readonly outline: CorpusOutline,
    private readonly language: Language,
    /** Without it, a French label goes into the English template as written (as before labelEquivalents.ts). */
    private readonly knowledge: BilingualKnowledge | null = null,
  ) {
    this.memos = labelMemos(outline)[language];
  }

  label(label: string | null, origin: CandidateOrigin, source: string): void {
    if (!label) return;
    const question = labelQuestion(this.outline, label, this.language, origin === 'name', this.memos);
    if (!question) return;
    if (this.translates(source)) this.foreignLabel(label, origin, source);
    else this.items.push({ question, origin, source });
  }

  /**
   * An English visitor's label from a French document. French visitors' labels from English pages
   * are left as they were: the knowledge gathered reads French into English (the corpus's main
   * language into the other), and their suggestions are not this change's to alter.
   */
  private translates(source: string): boolean {
    return this.knowledge !== null && this.language === 'en' && this.outline.languageOf(source) === 'fr';
  }

  private foreignLabel(label: string, origin: CandidateOrigin, source: string): void {
    if (!this.knowledge) return;
    const memo = foreignMemo(this.knowledge, origin, source);
    let candidate = memo.get(label);
    if (candidate === undefined) {
      candidate = this.foreignCandidate(label, origin, source, this.knowledge);
      memo.set(label, candidate);
    }
    if (candidate) this.items.push(candidate);
  }

  private foreignCandidate(label: string, origin: CandidateOrigin, source: string, knowledge: BilingualKnowledge): Candidate | null {
    const clean = cleanLabel(label);
    const ownWords = ownWordsQuestion(label, this.language);
    if (!clean || !ownWords) return null;
    const found = englishLabel(clean, knowledge, source);
    // A name keeps its capitals; a page's heading or a common word is lower-cased as an English page's label would be.
    const keepsCapitals = found?.rule !== 'one-word' && (found?.rule !== 'corpus-pair' || origin === 'name');
    const isName = keepsCapitals ? () => true : (w: string) => this.outline.isName(w) || knowledge.englishSpelling.isName(w);
    if (!found) return { question: ownWords, origin, source, ownWords: true };
    // The English makes no question ("From relief to recovery", "Who we are"): its French, navigation too, is not offered.
    const english = questionFromLabel(found.english, this.language, isName);
    return english ? { question: english, origin, source, fallback: ownWords } : null;
  }

  corpusQuestions(source: string): void {
    if (this.outline.languageOf(source) !== this.language) return;
    for (const q of this.outline.questionsIn(source)) this.items.push({ question: q.text, origin: 'corpus-question', source });
  }
}

export function followUpCandidates(input: FollowUpInput, outline: CorpusOutline, knowledge: BilingualKnowledge | null = null): Candidate[] {
  const list = new CandidateList(outline, input.language, knowledge);
  const citedSources = new Set(input.cited.map((p) => p.source));
  for (const p of input.cited) for (const h of outline.neighbourHeadings(p.source, p.heading)) list.label(h, 'neighbour-heading', p.source);
  for (const p of input.cited) for (const item of listItemLabels(p, input.quoted)) list.label(item, 'list-item', p.source);
  const asked = askedWords(input);
  for (const p of input.cited)
    for (const name of outline.askableNames(p.text)) if (!alreadyAsked(name, asked)) list.label(name, 'name', p.source);
  for (const source of citedSources) list.corpusQuestions(source);
  const related = input.retrieved.filter((p) => !citedSources.has(p.source));
  for (const p of related) {
    list.label(p.heading, 'related-document', p.source);
    list.label(p.title, 'related-document', p.source);
  }
  for (const source of new Set(related.map((p) => p.source))) list.corpusQuestions(source);
  return distinct(sameLanguageFirst(list.items, input.language, outline), input.asked);
}

/** Example questions from the whole corpus, taking each document's candidates in turn so that examples span documents. */
export function outlineCandidates(outline: CorpusOutline, language: Language, knowledge: BilingualKnowledge | null = null): Candidate[] {
  const perSource = outline.sources.map((source) => {
    const list = new CandidateList(outline, language, knowledge);
    list.corpusQuestions(source);
    const sections = outline.sectionsOf(source);
    if (sections[0]) list.label(sections[0].title, 'outline', source);
    for (const s of sections) list.label(s.heading, 'outline', source);
    for (const name of outline.namesIn(source)) list.label(name, 'name', source);
    return distinct(list.items, []);
  });
  const rounds: Candidate[] = [];
  for (let i = 0; perSource.some((list) => i < list.length); i++) for (const list of perSource) if (list[i]) rounds.push(list[i]);
  return distinct(sameLanguageFirst(rounds, language, outline), []);
}
