// A translated pair's sentence alignment, attached to the passages of both pages: for each sentence
// of a passage, the other page's own sentence (verbatim, with its lines) that says the same thing.
import { type Block, isLabel } from '../corpus/clean.js';
import type { AlignedSentence, Chunk, ChunkTranslation } from '../types.js';
import { alignedShare, alignSentences, type Bead } from './align.js';
import { type Anchors, anchorsOf, shareAnchor } from './anchors.js';
import { PAIR_MIN_ALIGNED_SHARE, type TranslatedPair } from './pairs.js';
import { splitSentences } from './sentences.js';

/** A quotable unit of a page: a sentence of a paragraph, or a list item whole (as the answer side cuts passages). */
export interface SentenceUnit {
  text: string;
  lines: [number, number];
}

export interface AlignableDocument {
  source: string;
  title: string;
  url?: string;
  language?: string;
  sentences: SentenceUnit[];
}

/**
 * A page's sentences in reading order, to align. Paragraphs the corpus repeats (kept once for many
 * pages) are not the page's own; list items that are bare labels are left aside: their lengths say
 * nothing, and a page alone in its language keeps menus the corpus could not recognise, which
 * would otherwise be paired with the other page's text.
 */
export function documentSentences(blocks: Block[]): SentenceUnit[] {
  return blocks
    .filter((b) => !b.alternates)
    .flatMap((b) =>
      b.lines.flatMap((l) => {
        const lines: [number, number] = [l.line, l.endLine ?? l.line];
        const item = l.text.startsWith('- ');
        if (item && isLabel(l.text.slice(2))) return [];
        const texts = item ? [l.text] : splitSentences(l.text, b.language);
        return texts.map((text) => ({ text, lines }));
      }),
    );
}

export class Aligner {
  private readonly cache = new Map<string, Bead[]>();
  constructor(private readonly docs: Map<string, AlignableDocument>) {}

  beads(left: string, right: string): Bead[] {
    const key = `${left}\u0000${right}`;
    const known = this.cache.get(key);
    if (known) return known;
    const texts = (source: string) => this.docs.get(source)?.sentences.map((s) => s.text) ?? [];
    const beads = alignSentences(texts(left), texts(right));
    this.cache.set(key, beads);
    return beads;
  }

  /** Do two pages align well enough to be one page translated? */
  aligns(left: string, right: string): boolean {
    return alignedShare(this.beads(left, right), this.docs.get(left)?.sentences.length ?? 0) >= PAIR_MIN_ALIGNED_SHARE;
  }
}

interface Counterparts {
  other: AlignableDocument;
  /** For each sentence index of this page, the other page's sentences it aligns with. */
  bySentence: Map<number, SentenceUnit[]>;
}

/**
 * Each sentence's counterparts on the other page. In a bead of several sentences, only those that
 * share an anchor with the sentence are its translation: lengths merge a neighbour the other page
 * lacks (a cookie notice) into a bead as readily as a sentence split in two.
 */
function counterparts(beads: Bead[], mine: AlignableDocument, side: 'left' | 'right', other: AlignableDocument): Counterparts {
  const theirs = side === 'left' ? 'right' : 'left';
  const anchors = new Map<SentenceUnit, Anchors>();
  const anchorsOfUnit = (u: SentenceUnit) => {
    const known = anchors.get(u);
    if (known) return known;
    const found = anchorsOf(u.text);
    anchors.set(u, found);
    return found;
  };
  const bySentence = new Map<number, SentenceUnit[]>();
  for (const bead of beads) {
    if (!bead.plausible) continue;
    const found = bead[theirs].map((j) => other.sentences[j]);
    const single = bead.left.length === 1 && bead.right.length === 1;
    for (const i of bead[side]) {
      const unit = mine.sentences[i];
      const kept = single ? found : found.filter((f) => shareAnchor(anchorsOfUnit(unit), anchorsOfUnit(f)));
      if (kept.length) bySentence.set(i, kept);
    }
  }
  return { other, bySentence };
}

function translationFor(chunk: Chunk, doc: AlignableDocument, { other, bySentence }: Counterparts): ChunkTranslation | null {
  const sentences: AlignedSentence[] = [];
  doc.sentences.forEach((unit, i) => {
    const inside = unit.lines[0] >= chunk.lines[0] && unit.lines[1] <= chunk.lines[1] && chunk.text.includes(unit.text);
    const found = inside ? bySentence.get(i) : undefined;
    if (!found?.length) return;
    sentences.push({
      text: unit.text,
      translation: found.map((s) => s.text).join(' '),
      lines: [Math.min(...found.map((s) => s.lines[0])), Math.max(...found.map((s) => s.lines[1]))],
    });
  });
  if (!sentences.length || !other.language) return null;
  const translation: ChunkTranslation = { language: other.language, source: other.source, title: other.title, sentences };
  if (other.url) translation.url = other.url;
  return translation;
}

/** Chunks with the aligned sentences of every translated pair their page belongs to. */
export function attachTranslations(
  chunks: Chunk[],
  pairs: TranslatedPair[],
  docs: Map<string, AlignableDocument>,
  aligner: Aligner,
): Chunk[] {
  const bySource = new Map<string, Counterparts[]>();
  const add = (source: string, c: Counterparts) => bySource.set(source, [...(bySource.get(source) ?? []), c]);
  for (const pair of pairs) {
    const beads = aligner.beads(pair.left, pair.right);
    const left = docs.get(pair.left)!;
    const right = docs.get(pair.right)!;
    add(pair.left, counterparts(beads, left, 'left', right));
    add(pair.right, counterparts(beads, right, 'right', left));
  }
  return chunks.map((chunk) => {
    const doc = docs.get(chunk.source);
    const translations = (bySource.get(chunk.source) ?? [])
      .map((c) => (doc ? translationFor(chunk, doc, c) : null))
      .filter((t): t is ChunkTranslation => t !== null);
    return translations.length ? { ...chunk, translations } : chunk;
  });
}
