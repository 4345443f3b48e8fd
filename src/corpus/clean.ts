// General rules that turn a captured web page into sections of readable blocks: they drop
// navigation labels and lone punctuation, recognise headings (repeated, glued or marked) and keep
// them as metadata. No rule names a string of any particular page.
import { labelWordCount } from '../lib/labelWords.js';
import type { SourceLine } from './sourceLines.js';

export interface BlockLine {
  text: string;
  line: number;
  /** Last source line of this text when it spans several. */
  endLine?: number;
}

/** A paragraph, or a lead-in paragraph with its list, or a list of labels under a heading. */
export interface Block {
  heading: string | null;
  lines: BlockLine[];
  /** Set on a paragraph repeated across documents and kept here only: the other documents holding it. */
  alternates?: string[];
  /** Set at ingestion when the block's language is known (the document's, or its own when it differs). */
  language?: string;
}

type Kind = 'heading' | 'paragraph' | 'item';
/** A line as cleaning reads it: a heading, a paragraph or a list item, and whether it is a short label. */
export interface Classified extends BlockLine {
  kind: Kind;
  label: boolean;
  /** A heading the format marks up as one (HTML h1–h6, Markdown #), not one inferred from the text. */
  marked?: boolean;
}

/**
 * What the corpus knows about a line that other documents repeat (boilerplate.ts): leave it out as
 * navigation, leave it out as a copy kept elsewhere, keep it here once on its own with the other
 * documents as alternates, or keep it as any other line.
 */
export type LineVerdict = 'navigation' | 'copy' | { alternates: string[] } | 'keep';
export type LineJudge = (line: { text: string; label: boolean; item: boolean; inLabelList: boolean }) => LineVerdict;

const BULLET = /^[-–—•*·]\s+/;
const PUNCTUATION_ONLY = /^[\p{P}\p{S}\s]*$/u;
const SENTENCE_END = /[.!?…:;]["»”)]?$/;
/** A label is short and does not read as a sentence: menu entries, headings, org-chart boxes (a closing acronym not counted: labelWordCount). */
const MAX_LABEL_WORDS = 8;
/** Fewer label items than this under one heading is a menu, not content. */
const MIN_LABEL_LIST = 3;

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A line of short links written inline — a breadcrumb ("Accueil / Actualités / Communiqués"), a
 * share or follow bar ("Partager : Facebook · X · LinkedIn") — is navigation, whatever its length.
 */
const INLINE_LINK_SEPARATOR = /\s+[/>›»|·•]\s+/u;
const MIN_INLINE_LINKS = 3;
const MAX_LINK_WORDS = 6;

/**
 * A legal notice under a page ("© 2024 Organisation…", "Copyright 2019 …", "Tous droits réservés")
 * is page chrome, not something the organisation says about its work: it spells the organisation's
 * name out, so a question naming only the organisation matched it best, and as its year changes
 * from page to page, the copies are not the same line for the boilerplate count. Only a short line
 * that opens with the notice (or is one) counts: a paragraph about copyright policy is content.
 */
const LEGAL_NOTICE = /^(?:©|\(c\)\s|copyright\b)|^(?:tous droits réservés|all rights reserved)\b/iu;
const MAX_NOTICE_WORDS = 20;

function isLegalNotice(text: string): boolean {
  return LEGAL_NOTICE.test(text) && text.split(/\s+/).length <= MAX_NOTICE_WORDS;
}

function isInlineLinks(text: string): boolean {
  const parts = text.split(INLINE_LINK_SEPARATOR);
  return parts.length >= MIN_INLINE_LINKS && !SENTENCE_END.test(text) && parts.every((p) => p.split(/\s+/).length <= MAX_LINK_WORDS);
}

export function isLabel(text: string): boolean {
  return labelWordCount(text) <= MAX_LABEL_WORDS && !SENTENCE_END.test(text);
}

/**
 * A line the next one repeats at its start is a heading even when longer than a label: a news
 * release's title ("Inondations au Sahel : l'OIM lance un appel de fonds") is captured on its own,
 * then glued to the dateline that opens the text. Twenty words is longer than any title of the seed
 * or the team fixture and shorter than their opening sentences.
 */
const MAX_REPEATED_HEADING_WORDS = 20;
const isRepeatedHeading = (text: string) => text.split(/\s+/).length <= MAX_REPEATED_HEADING_WORDS && !SENTENCE_END.test(text);

/** "Notre missionL'Agence…" after the line "Notre mission": the heading was glued on to its paragraph. */
function splitGluedHeading(text: string, previous: string | undefined): [string, string] | null {
  if (previous && isRepeatedHeading(previous) && text.length > previous.length && text.toLowerCase().startsWith(previous.toLowerCase())) {
    const rest = text.slice(previous.length);
    if (/^\p{Lu}/u.test(rest)) return [previous, rest];
  }
  // A lower-case letter running straight into a capitalised word is a lost line break, when
  // what precedes it is short enough to be a heading.
  const junction = /^([^.!?:;]{3,80}?\p{Ll})(\p{Lu}(?:\p{Ll}|['’]).*)$/u.exec(text);
  if (junction && isLabel(junction[1]) && junction[1].split(/\s+/).length <= 6) return [junction[1], junction[2]];
  return null;
}

export function classify(lines: SourceLine[]): Classified[] {
  const out: Classified[] = [];
  for (const source of lines) {
    let text = source.text.trim();
    if (!text || PUNCTUATION_ONLY.test(text) || isInlineLinks(text) || isLegalNotice(text)) continue;
    const previous = out[out.length - 1];
    if (previous && previous.kind !== 'item' && sameText(previous.text, text)) {
      previous.kind = 'heading'; // a line printed twice is a heading rendered twice
      continue;
    }
    if (source.hint !== 'item' && !BULLET.test(text)) {
      const glued = splitGluedHeading(text, previous?.kind === 'item' ? undefined : previous?.text);
      if (glued) {
        if (previous && sameText(previous.text, glued[0])) previous.kind = 'heading';
        else out.push({ text: glued[0], line: source.line, kind: 'heading', label: true });
        text = glued[1];
      }
    }
    const item = source.hint === 'item' || BULLET.test(text);
    const body = item ? text.replace(BULLET, '').trim() : text;
    if (!body || PUNCTUATION_ONLY.test(body)) continue;
    const label = isLabel(body);
    const kind: Kind = source.hint === 'heading' ? 'heading' : item ? 'item' : label ? 'heading' : 'paragraph';
    const line: Classified = { text: item ? `- ${body}` : body, line: source.line, endLine: source.endLine, kind, label };
    if (source.hint === 'heading') line.marked = true;
    out.push(line);
  }
  return out;
}

interface Run {
  heading: Classified | null;
  lines: Classified[];
}

/** Groups classified lines into runs: a paragraph (with the list it introduces) or a list. */
function toRuns(lines: Classified[]): Run[] {
  const runs: Run[] = [];
  let heading: Classified | null = null;
  let current: Run | null = null;
  for (const line of lines) {
    if (line.kind === 'heading') {
      heading = line;
      current = null;
      continue;
    }
    const continuesList =
      current && line.kind === 'item' && (current.lines.at(-1)!.kind === 'item' || current.lines.at(-1)!.text.endsWith(':'));
    if (!current || !continuesList) {
      current = { heading, lines: [] };
      runs.push(current);
      heading = null;
    }
    current.lines.push(line);
  }
  return runs;
}

function isNavigation(lines: Classified[]): boolean {
  return lines.every((l) => l.kind === 'item' && l.label) && lines.length < MIN_LABEL_LIST;
}

interface Part {
  lines: Classified[];
  alternates?: string[];
}

/** A run without the lines the corpus repeats as navigation or copies, a kept repeated line on its own. */
function judgeRun(run: Run, judge: LineJudge | undefined): Part[] {
  if (!judge) return [{ lines: run.lines }];
  const inLabelList = run.lines.every((l) => l.kind === 'item' && l.label);
  const verdicts = run.lines.map((line) => judge({ text: line.text, label: line.label, item: line.kind === 'item', inLabelList }));
  // A list of labels half of which other pages repeat as menus is a menu; the rest is this section's sub-menu.
  if (inLabelList && verdicts.filter((v) => v === 'navigation').length * 2 >= run.lines.length) return [];
  const parts: Part[] = [{ lines: [] }];
  run.lines.forEach((line, i) => {
    const verdict = verdicts[i];
    if (verdict === 'navigation' || verdict === 'copy') return;
    if (verdict === 'keep') parts[parts.length - 1].lines.push(line);
    else parts.push({ lines: [line], alternates: verdict.alternates }, { lines: [] });
  });
  return parts.filter((p) => p.lines.length);
}

const toBlockLine = ({ text, line, endLine }: Classified): BlockLine =>
  endLine && endLine > line ? { text, line, endLine } : { text, line };

/**
 * Clean a file's lines into blocks that carry their section heading and their source lines. With
 * a judge (from the whole corpus), lines other documents repeat are left out or kept once.
 */
export function cleanToBlocks(lines: SourceLine[], judge?: LineJudge): Block[] {
  const blocks: Block[] = [];
  let section: string | null = null;
  for (const run of toRuns(classify(lines))) {
    const parts = judgeRun(run, judge);
    const navigation = parts.length === 0 || isNavigation(parts.flatMap((p) => p.lines));
    if (run.heading) section = navigation ? null : run.heading.text;
    if (navigation) continue;
    for (const part of parts) {
      // A paragraph many pages repeat belongs to none of their sections.
      const block: Block = { heading: part.alternates ? null : section, lines: part.lines.map(toBlockLine) };
      if (part.alternates) block.alternates = part.alternates;
      blocks.push(block);
    }
  }
  return blocks;
}

/** The first heading of a file, used as its title when the sidecar gives none. */
export function firstHeading(lines: SourceLine[]): string | null {
  return classify(lines).find((l) => l.kind === 'heading')?.text ?? null;
}
