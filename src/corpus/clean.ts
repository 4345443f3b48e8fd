// General rules that turn a captured web page into sections of readable blocks: they drop
// navigation labels and lone punctuation, recognise headings (repeated, glued or marked) and keep
// them as metadata. No rule names a string of any particular page.
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
}

type Kind = 'heading' | 'paragraph' | 'item';
interface Classified extends BlockLine {
  kind: Kind;
  label: boolean;
}

const BULLET = /^[-–—•*·]\s+/;
const PUNCTUATION_ONLY = /^[\p{P}\p{S}\s]*$/u;
const SENTENCE_END = /[.!?…:;]["»”)]?$/;
/** A label is short and does not read as a sentence: menu entries, headings, org-chart boxes. */
const MAX_LABEL_WORDS = 8;
/** Fewer label items than this under one heading is a menu, not content. */
const MIN_LABEL_LIST = 3;

function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();
}

function isLabel(text: string): boolean {
  return text.split(/\s+/).length <= MAX_LABEL_WORDS && !SENTENCE_END.test(text);
}

/** "Notre missionL'Agence…" after the line "Notre mission": the heading was glued on to its paragraph. */
function splitGluedHeading(text: string, previous: string | undefined): [string, string] | null {
  if (previous && isLabel(previous) && text.length > previous.length && text.toLowerCase().startsWith(previous.toLowerCase())) {
    const rest = text.slice(previous.length);
    if (/^\p{Lu}/u.test(rest)) return [previous, rest];
  }
  // A lower-case letter running straight into a capitalised word is a lost line break, when
  // what precedes it is short enough to be a heading.
  const junction = /^([^.!?:;]{3,80}?\p{Ll})(\p{Lu}(?:\p{Ll}|['’]).*)$/u.exec(text);
  if (junction && isLabel(junction[1]) && junction[1].split(/\s+/).length <= 6) return [junction[1], junction[2]];
  return null;
}

function classify(lines: SourceLine[]): Classified[] {
  const out: Classified[] = [];
  for (const source of lines) {
    let text = source.text.trim();
    if (!text || PUNCTUATION_ONLY.test(text)) continue;
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
    out.push({ text: item ? `- ${body}` : body, line: source.line, endLine: source.endLine, kind, label });
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

function isNavigation(run: Run): boolean {
  return run.lines.every((l) => l.kind === 'item' && l.label) && run.lines.length < MIN_LABEL_LIST;
}

/** Clean a file's lines into blocks that carry their section heading and their source lines. */
export function cleanToBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let section: string | null = null;
  for (const run of toRuns(classify(lines))) {
    if (run.heading) section = isNavigation(run) ? null : run.heading.text;
    if (isNavigation(run)) continue;
    blocks.push({
      heading: section,
      lines: run.lines.map(({ text, line, endLine }) => (endLine && endLine > line ? { text, line, endLine } : { text, line })),
    });
  }
  return blocks;
}

/** The first heading of a file, used as its title when the sidecar gives none. */
export function firstHeading(lines: SourceLine[]): string | null {
  return classify(lines).find((l) => l.kind === 'heading')?.text ?? null;
}
