// From positioned text runs (what a PDF holds) to the lines and paragraphs a reader sees: runs
// on the same baseline make a line; running headers and footers repeated page after page and bare
// page numbers are dropped; lines set larger than the body text, or named in the PDF's outline,
// are headings; lines of one paragraph are joined back, with words hyphenated at a line end rejoined.
// This is the project's own reading of PDF layout, over the text runs pdfjs-dist extracts.

export interface TextRun {
  text: string;
  x: number;
  /** Baseline height on the page (PDF coordinates grow upwards). */
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
}

export interface PdfLine {
  text: string;
  y: number;
  x: number;
  width: number;
  size: number;
}

export type Block = { kind: 'heading' | 'paragraph' | 'item'; lines: string[] };
export interface LaidOutPage {
  page: number;
  blocks: Block[];
}

/** Runs whose baselines differ by less than this share of the font size sit on one line. */
const SAME_LINE = 0.5;
/** A gap wider than this share of the font size between two runs is a space the PDF did not write. */
const WORD_GAP = 0.15;
/** Running headers and footers sit in the top and bottom strips of the page, this share of its height each. */
const MARGIN_SHARE = 0.08;
/** How many lines of each strip can be running headers or footers. */
const MARGIN_LINES = 2;
/** A line on at least this share of the pages (and on two at least) is a running header or footer. */
const RUNNING_SHARE = 0.5;
/** A line set this much larger than the body text is a heading (1.15: body 10pt, headings ≥ 11.5pt). */
const HEADING_SCALE = 1.15;
const MAX_HEADING_WORDS = 20;
/** A vertical gap larger than this many font sizes between lines ends a paragraph (line spacing is ~1.2). */
const PARAGRAPH_GAP = 1.6;
/** A line shorter than this share of the page's longest line, ending a sentence, ends its paragraph. */
const SHORT_LINE = 0.75;

const PAGE_NUMBER = /^(?:page|p\.)?\s*[-–—]?\s*\d{1,4}\s*(?:[-–—]|(?:\/|sur|of|de)\s*\d{1,4})?\s*[-–—]?$/i;
const BULLET = /^(?:[•▪◦●■–—-]|\d{1,2}[.)])\s+/;
const SENTENCE_END = /[.!?…:;]["»”)]?$/;

/** Runs grouped into lines, top to bottom, each line's runs left to right. */
export function toLines(runs: TextRun[]): PdfLine[] {
  const sorted = runs.filter((r) => r.text.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const run of sorted) {
    const line = lines.find((l) => Math.abs(l[0].y - run.y) < SAME_LINE * Math.max(run.size, l[0].size));
    if (line) line.push(run);
    else lines.push([run]);
  }
  return lines
    .map((runsOfLine) => {
      runsOfLine.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const run of runsOfLine) {
        const gap = run.x - end;
        if (text && gap > WORD_GAP * run.size && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
        text += run.text;
        end = run.x + run.width;
      }
      const first = runsOfLine[0];
      const size = Math.max(...runsOfLine.filter((r) => r.text.trim()).map((r) => r.size), 0);
      return { text: text.replace(/\s+/g, ' ').trim(), y: first.y, x: first.x, width: end - first.x, size };
    })
    .filter((l) => l.text)
    .sort((a, b) => b.y - a.y);
}

const runningKey = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

export interface PageLines {
  lines: PdfLine[];
  /** Page height in points. */
  height: number;
}

/** Lines in the top and bottom strips of a page, at most MARGIN_LINES of each (lines run top to bottom). */
function marginLines({ lines, height }: PageLines): PdfLine[] {
  const top = lines.filter((l) => l.y >= height * (1 - MARGIN_SHARE)).slice(0, MARGIN_LINES);
  const bottom = lines.filter((l) => l.y <= height * MARGIN_SHARE).slice(-MARGIN_LINES);
  return [...top, ...bottom];
}

/** Pages without their running headers/footers (repeated in the margins of most pages) and bare page numbers. */
export function dropRunningLines(pages: PageLines[]): PdfLine[][] {
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(marginLines(page).map((l) => runningKey(l.text)))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * RUNNING_SHARE));
  return pages.map((page) => {
    const { lines } = page;
    const margin = new Set(marginLines(page));
    return lines.filter((l) => {
      if (!margin.has(l)) return true;
      if (PAGE_NUMBER.test(l.text)) return false;
      return pages.length < 2 || (pagesWith.get(runningKey(l.text)) ?? 0) < needed;
    });
  });
}

/** The body text size: the size that sets the most characters. */
export function bodySize(pages: PdfLine[][]): number {
  const chars = new Map<number, number>();
  for (const line of pages.flat()) {
    const size = Math.round(line.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + line.text.length);
  }
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

const normalized = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

function isHeading(line: PdfLine, body: number, outline: Set<string>): boolean {
  if (outline.has(normalized(line.text))) return true;
  return (
    body > 0 && line.size >= body * HEADING_SCALE && line.text.split(/\s+/).length <= MAX_HEADING_WORDS && !PAGE_NUMBER.test(line.text)
  );
}

/**
 * Words cut at a line end ("migra-" / "tion") joined back. A compound the document writes with its
 * hyphen elsewhere ("peut-être") keeps it; a soft hyphen (U+00AD) is always a cut.
 */
export function joinHyphenated(lines: string[], documentText: string): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const cut = /(\p{L}+)[-\u00ad]$/u.exec(out[i]);
    const next = /^(\p{Ll}[\p{L}'’]*)([.,;:!?»”)]*)(\s*)(.*)$/u.exec(out[i + 1]);
    if (!cut || !next) continue;
    const compound = `${cut[1]}-${next[1]}`;
    const keepHyphen = !out[i].endsWith('\u00ad') && documentText.includes(compound);
    out[i] = `${out[i].slice(0, -1)}${keepHyphen ? '-' : ''}${next[1]}${next[2]}`;
    out[i + 1] = next[4];
  }
  return out.filter((l) => l.trim());
}

/** A page's lines grouped into headings, paragraphs and list items. */
function blocksOf(lines: PdfLine[], body: number, outline: Set<string>): Block[] {
  const blocks: Block[] = [];
  const widest = Math.max(...lines.map((l) => l.width), 0);
  let previous: PdfLine | null = null;
  let current: Block | null = null;
  for (const line of lines) {
    const heading = isHeading(line, body, outline);
    const kind: Block['kind'] = heading ? 'heading' : BULLET.test(line.text) ? 'item' : 'paragraph';
    const close =
      previous !== null &&
      previous.y - line.y <= PARAGRAPH_GAP * Math.max(line.size, previous.size) &&
      Math.abs(previous.size - line.size) < 0.5;
    let continues = false;
    if (current && previous && close) {
      // A heading continues a heading; a plain line continues a paragraph or a wrapped list item,
      // unless the line before was short and ended a sentence (the last line of a paragraph).
      if (kind === 'heading') continues = current.kind === 'heading';
      else if (kind === 'paragraph')
        continues = current.kind !== 'heading' && !(SENTENCE_END.test(previous.text) && previous.width < SHORT_LINE * widest);
    }
    if (continues && current) current.lines.push(line.text);
    else {
      current = { kind, lines: [kind === 'item' ? line.text.replace(BULLET, '') : line.text] };
      blocks.push(current);
    }
    previous = line;
  }
  return blocks;
}

/** Pages of positioned runs laid out as headings, paragraphs and items, hyphenation undone. */
export function layOut(pages: Array<{ runs: TextRun[]; height: number }>, outlineTitles: string[] = []): LaidOutPage[] {
  const lines = dropRunningLines(pages.map((p) => ({ lines: toLines(p.runs), height: p.height })));
  const body = bodySize(lines);
  const outline = new Set(outlineTitles.map(normalized));
  const documentText = lines
    .flat()
    .map((l) => l.text)
    .join('\n');
  return lines.map((pageLines, i) => ({
    page: i + 1,
    blocks: blocksOf(pageLines, body, outline)
      .map((b) => ({ ...b, lines: joinHyphenated(b.lines, documentText) }))
      .filter((b) => b.lines.length),
  }));
}
