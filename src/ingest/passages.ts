// The whole corpus into passages. Documents are read one by one, then compared: lines many of them
// repeat are boilerplate (left out, or kept once), duplicate passages are indexed once, translated
// pairs are linked and aligned. Each passage knows its language, its document's title and date.
import { RepeatedLines } from '../corpus/boilerplate.js';
import { type Block, cleanToBlocks, type LineJudge } from '../corpus/clean.js';
import { describeDocument, type TitleOrigin } from '../corpus/describe.js';
import { type CorpusDocument, type LanguageOrigin, readDocument } from '../corpus/document.js';
import { confidentLanguage } from '../corpus/language.js';
import { type CorpusFile, declaredTranslations } from '../corpus/load.js';
import type { Chunk } from '../types.js';
import { type ChunkingOptions, chunkBlocks } from './chunk.js';
import { mergeDuplicates } from './duplicates.js';
import { withPages } from './pages.js';
import { linkTranslations, type PairEvidence, type TranslatedPair } from './pairs.js';
import { withoutInjections } from './safety.js';
import { type AlignableDocument, Aligner, attachTranslations, documentSentences } from './translations.js';

export interface LeftOut {
  source: string;
  line: number;
}

/** What ingestion learnt about a document, recorded in the manifest for the answer side (titles, languages, dates, pairs). */
export interface DocumentSummary {
  source: string;
  title: string;
  titleFrom: TitleOrigin;
  language?: string;
  languageFrom?: LanguageOrigin;
  date?: string;
  dateKind?: Chunk['dateKind'];
  url?: string;
  translations?: { language: string; source: string; evidence: PairEvidence }[];
}

/** How much cross-document cleaning removed: the figures of the closing note. */
export interface CleaningReport {
  /** Text lines each document keeps when cleaned alone, and how many of them the corpus showed to be boilerplate. */
  lines: number;
  boilerplateLines: number;
  /** Passages the documents would give cleaned one by one, and those indexed. */
  passagesAlone: number;
  passages: number;
  /** Passages indexed once for several copies (exact or near duplicates). */
  duplicatesMerged: number;
}

export interface CorpusPassages {
  chunks: Chunk[];
  documents: DocumentSummary[];
  pairs: TranslatedPair[];
  cleaning: CleaningReport;
  leftOut: LeftOut[];
  /** The labels of the site's menus, left out as navigation: never offered to a visitor as a page to read. */
  navigation: string[];
}

/** A block in another language than its page, when the detectors agree on it; else the page's language. */
function withLanguage(block: Block, language: string | undefined): Block {
  const own = confidentLanguage(block.lines.map((l) => l.text).join('\n')) ?? language;
  return own ? { ...block, language: own } : block;
}

const lineCount = (blocks: Block[]) => blocks.reduce((n, b) => n + b.lines.length, 0);

interface BuiltDocument {
  doc: CorpusDocument;
  blocks: Block[];
  summary: DocumentSummary;
  chunks: Chunk[];
}

interface LeftOutLines {
  injections: LeftOut[];
  navigation: Set<string>;
}

/**
 * The corpus's judge of a document's lines, noting the menus' labels: navigation that enough pages
 * repeat. A link to one other page ("related stories") is navigation too, but its words are that
 * page's own title, which a refusal may offer.
 */
function judgeNoting(repeated: RepeatedLines, source: string, navigation: Set<string>): LineJudge {
  const judge = repeated.judgeFor(source);
  return (line) => {
    const verdict = judge(line);
    if (verdict === 'navigation' && repeated.isBoilerplate(line.text)) navigation.add(line.text);
    return verdict;
  };
}

function buildDocument(doc: CorpusDocument, repeated: RepeatedLines, options: ChunkingOptions, leftOut: LeftOutLines): BuiltDocument {
  const { blocks: clean, removed } = withoutInjections(cleanToBlocks(doc.lines, judgeNoting(repeated, doc.source, leftOut.navigation)));
  leftOut.injections.push(...removed.map((r) => ({ source: doc.source, line: r.line })));
  const blocks = clean.map((b) => withLanguage(b, doc.language));
  const { title, titleFrom, date } = describeDocument(doc, blocks, repeated);
  const summary: DocumentSummary = { source: doc.source, title, titleFrom };
  if (doc.language) Object.assign(summary, { language: doc.language, languageFrom: doc.languageFrom });
  if (date) Object.assign(summary, { date: date.date, dateKind: date.kind });
  if (doc.url) summary.url = doc.url;
  const chunks = withPages(chunkBlocks(blocks, { ...summary, dateKind: date?.kind }, options), doc.lines);
  return { doc, blocks, summary, chunks };
}

function cleanedAlone(docs: CorpusDocument[], options: ChunkingOptions): { lines: number; passages: number } {
  let lines = 0;
  let passages = 0;
  for (const doc of docs) {
    const { blocks } = withoutInjections(cleanToBlocks(doc.lines));
    lines += lineCount(blocks);
    passages += chunkBlocks(blocks, { source: doc.source, title: '' }, options).length;
  }
  return { lines, passages };
}

function linkPairs(built: BuiltDocument[]): { pairs: TranslatedPair[]; alignable: Map<string, AlignableDocument>; aligner: Aligner } {
  const alignable = new Map(
    built.map(({ summary, blocks }) => [
      summary.source,
      { source: summary.source, title: summary.title, url: summary.url, language: summary.language, sentences: documentSentences(blocks) },
    ]),
  );
  const aligner = new Aligner(alignable);
  const candidates = built.map(({ doc, summary }) => {
    return {
      source: doc.source,
      language: doc.language,
      url: doc.url,
      declared: declaredTranslations(doc.file.metadata),
      alternates: doc.html?.alternates ?? [],
      text: alignable
        .get(summary.source)!
        .sentences.map((s) => s.text)
        .join('\n'),
    };
  });
  return { pairs: linkTranslations(candidates, (a, b) => aligner.aligns(a, b)), alignable, aligner };
}

function recordPairs(documents: DocumentSummary[], pairs: TranslatedPair[]): void {
  const bySource = new Map(documents.map((d) => [d.source, d]));
  for (const { left, right, evidence } of pairs) {
    const [a, b] = [bySource.get(left)!, bySource.get(right)!];
    a.translations = [...(a.translations ?? []), { language: b.language!, source: b.source, evidence }];
    b.translations = [...(b.translations ?? []), { language: a.language!, source: a.source, evidence }];
  }
}

/**
 * A passage several documents hold is dated by the most recent of them: the text still stood
 * then (an "about us" strip under releases of 2019 and 2024 says what it says as of 2024).
 */
function latestDates(chunks: Chunk[], documents: DocumentSummary[]): Chunk[] {
  const bySource = new Map(documents.map((d) => [d.source, d]));
  return chunks.map((chunk) => {
    if (!chunk.alternates?.length) return chunk;
    const holders = [chunk.source, ...chunk.alternates].map((s) => bySource.get(s)).filter((d) => d?.date);
    const latest = holders.sort((a, b) => (b!.date! > a!.date! ? 1 : -1))[0];
    return latest && latest.date !== chunk.date ? { ...chunk, date: latest.date, dateKind: latest.dateKind } : chunk;
  });
}

export function chunkCorpus(files: CorpusFile[], options: ChunkingOptions): CorpusPassages {
  const docs = files.map(readDocument);
  const repeated = new RepeatedLines(
    docs.map((d) => ({ source: d.source, language: d.language, lines: d.classified, title: d.file.metadata.title })),
  );
  const leftOut: LeftOutLines = { injections: [], navigation: new Set() };
  const built = docs.map((doc) => buildDocument(doc, repeated, options, leftOut));
  const { chunks: unique, merged } = mergeDuplicates(built.flatMap((b) => b.chunks));
  const { pairs, alignable, aligner } = linkPairs(built);
  const documents = built.map((b) => b.summary);
  recordPairs(documents, pairs);
  const alone = cleanedAlone(docs, options);
  const cleaning: CleaningReport = {
    lines: alone.lines,
    boilerplateLines: alone.lines - built.reduce((n, b) => n + lineCount(b.blocks), 0),
    passagesAlone: alone.passages,
    passages: unique.length,
    duplicatesMerged: merged,
  };
  const chunks = attachTranslations(latestDates(unique, documents), pairs, alignable, aligner);
  return { chunks, documents, pairs, cleaning, leftOut: leftOut.injections, navigation: [...leftOut.navigation].sort() };
}
