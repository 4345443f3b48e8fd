// Turns each supported file type into numbered lines with light structural hints, so that the
// cleaning rules (clean.ts) work the same on plain text, Markdown and HTML.
import { Parser } from 'htmlparser2';

export interface SourceLine {
  text: string;
  /** 1-based line number in the source file. */
  line: number;
  /** Last line, when the text spans several (an HTML paragraph wrapped over lines). */
  endLine?: number;
  /** Set when the format itself says the line is a heading or a list item. */
  hint?: 'heading' | 'item';
}

export function plainTextLines(raw: string): SourceLine[] {
  return raw.split(/\r\n|\r|\n/).map((text, i) => ({ text, line: i + 1 }));
}

export function markdownLines(raw: string): SourceLine[] {
  return plainTextLines(raw).map((l) => {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(l.text);
    if (heading) return { ...l, text: heading[1], hint: 'heading' as const };
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(l.text);
    if (item) return { ...l, text: `- ${item[1]}`, hint: 'item' as const };
    return { ...l, text: l.text.replace(/[*_`]+/g, '') };
  });
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'br',
  'tr',
  'td',
  'th',
  'blockquote',
  'dd',
  'dt',
  'figcaption',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'head']);

/** Text blocks of an HTML page with the line each starts on; nav/header/footer are skipped by markup. */
export function htmlLines(raw: string): SourceLine[] {
  const lineStarts = [0];
  for (let i = 0; i < raw.length; i++) if (raw[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (index: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const out: SourceLine[] = [];
  let buffer = '';
  let bufferLine = 1;
  let hint: SourceLine['hint'];
  let skipDepth = 0;
  let bufferEnd = 1;
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) {
      const line: SourceLine = { text: hint === 'item' ? `- ${text}` : text, line: bufferLine };
      if (bufferEnd > bufferLine) line.endLine = bufferEnd;
      if (hint) line.hint = hint;
      out.push(line);
    }
    buffer = '';
    hint = undefined;
  };
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (SKIP_TAGS.has(name)) skipDepth++;
        if (skipDepth || !BLOCK_TAGS.has(name)) return;
        flush();
        if (/^h[1-6]$/.test(name)) hint = 'heading';
        else if (name === 'li') hint = 'item';
      },
      ontext(text) {
        if (skipDepth) return;
        if (!buffer.trim()) bufferLine = lineOf(parser.startIndex);
        buffer += text;
        // The block ends where its last text token ends (positions are in the raw, undecoded source).
        if (text.trim()) bufferEnd = lineOf(parser.endIndex);
      },
      onclosetag(name) {
        if (SKIP_TAGS.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (!skipDepth && BLOCK_TAGS.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(raw);
  parser.end();
  flush();
  return out;
}

export function sourceLines(raw: string, extension: string): SourceLine[] {
  if (extension === '.md') return markdownLines(raw);
  if (extension === '.html' || extension === '.htm') return htmlLines(raw);
  return plainTextLines(raw);
}
