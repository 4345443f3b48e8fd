// Cuts cleaned blocks into passages: each a self-contained, quotable unit that knows exactly which
// lines of which file it came from. Paragraphs are kept whole when they fit; small neighbours in
// the same section are joined; long ones are cut at sentence boundaries with a sentence overlap.
import type { Block, BlockLine } from '../corpus/clean.js';
import { sha256 } from '../corpus/load.js';
import type { Chunk } from '../types.js';
import { splitSentences } from './sentences.js';

export interface ChunkingOptions {
  /** Largest passage, in characters (a longer paragraph is cut at sentence boundaries). */
  chunkSize: number;
  /** Characters of whole sentences repeated at the start of the next piece of a cut paragraph. */
  chunkOverlap: number;
}

export interface SourceInfo {
  source: string;
  title: string;
  url?: string;
  /** The document's language, for blocks that do not carry their own. */
  language?: string;
  date?: string;
  dateKind?: Chunk['dateKind'];
}

interface Piece {
  heading: string | null;
  text: string;
  lines: [number, number];
  language?: string;
  alternates?: string[];
}

function blockText(lines: BlockLine[]): string {
  return lines.map((l) => l.text).join('\n');
}

const lastLine = (l: BlockLine) => l.endLine ?? l.line;

/** Pieces of one long single-line paragraph, sentence-aligned, each at most chunkSize when sentences allow. */
function splitLongLine(line: BlockLine, heading: string | null, options: ChunkingOptions, language?: string): Piece[] {
  const sentences = splitSentences(line.text, language);
  const pieces: Piece[] = [];
  let start = 0;
  while (start < sentences.length) {
    let end = start;
    let size = sentences[start].length;
    while (end + 1 < sentences.length && size + 1 + sentences[end + 1].length <= options.chunkSize) size += 1 + sentences[++end].length;
    pieces.push({ heading, text: sentences.slice(start, end + 1).join(' '), lines: [line.line, lastLine(line)] });
    if (end + 1 >= sentences.length) break;
    let next = end + 1;
    let overlap = 0;
    while (next - 1 > start && overlap + sentences[next - 1].length <= options.chunkOverlap) overlap += sentences[--next].length;
    start = next;
  }
  return pieces;
}

/** A block becomes one piece, or several when it is longer than chunkSize; pieces keep the block's language and alternates. */
function blockPieces(block: Block, options: ChunkingOptions): Piece[] {
  const extra: Pick<Piece, 'language' | 'alternates'> = {};
  if (block.language) extra.language = block.language;
  if (block.alternates) extra.alternates = block.alternates;
  return cutBlock(block, options).map((p) => ({ ...p, ...extra }));
}

function cutBlock(block: Block, options: ChunkingOptions): Piece[] {
  const text = blockText(block.lines);
  const first = block.lines[0].line;
  const last = lastLine(block.lines[block.lines.length - 1]);
  if (text.length <= options.chunkSize) return [{ heading: block.heading, text, lines: [first, last] }];
  const pieces: Piece[] = [];
  let group: BlockLine[] = [];
  const flushGroup = () => {
    if (group.length)
      pieces.push({ heading: block.heading, text: blockText(group), lines: [group[0].line, lastLine(group[group.length - 1])] });
    group = [];
  };
  for (const line of block.lines) {
    if (line.text.length > options.chunkSize) {
      flushGroup();
      pieces.push(...splitLongLine(line, block.heading, options, block.language));
    } else {
      if (group.length && blockText([...group, line]).length > options.chunkSize) flushGroup();
      group.push(line);
    }
  }
  flushGroup();
  return pieces;
}

/** Pieces that may share a passage: same section, same language, neither a paragraph kept once for many documents. */
const joinable = (a: Piece, b: Piece) => a.heading === b.heading && a.language === b.language && !a.alternates && !b.alternates;

/** Joins small neighbouring pieces of the same section until they reach half the chunk size. */
function joinSmallPieces(pieces: Piece[], options: ChunkingOptions): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const previous = out[out.length - 1];
    const fits = previous && joinable(previous, piece) && previous.text.length < options.chunkSize / 2;
    if (fits && previous.text.length + 1 + piece.text.length <= options.chunkSize) {
      previous.text = `${previous.text}\n${piece.text}`;
      previous.lines = [previous.lines[0], piece.lines[1]];
    } else out.push({ ...piece });
  }
  return out;
}

export function chunkBlocks(blocks: Block[], info: SourceInfo, options: ChunkingOptions): Chunk[] {
  const pieces = joinSmallPieces(
    blocks.flatMap((b) => blockPieces(b, options)),
    options,
  );
  return pieces.map((p) => {
    const chunk: Chunk = { text: p.text, source: info.source, title: info.title, heading: p.heading, lines: p.lines, hash: sha256(p.text) };
    if (info.url) chunk.url = info.url;
    const language = p.language ?? info.language;
    if (language) chunk.language = language;
    if (info.date) chunk.date = info.date;
    if (info.dateKind) chunk.dateKind = info.dateKind;
    if (p.alternates?.length) chunk.alternates = [...p.alternates];
    return chunk;
  });
}
