// Turns each supported file type into numbered lines with light structural hints, so that the
// cleaning rules (clean.ts) work the same on plain text, Markdown and HTML.
import { selectAll } from 'css-select';
import { type AnyNode, type Document, type Element, isTag, isText, type Text } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { hiddenByAttributes, hidingSelectors } from './formats/hidden.js';

export interface SourceLine {
  text: string;
  /** 1-based line number in the source file. */
  line: number;
  /** Last line, when the text spans several (an HTML paragraph wrapped over lines). */
  endLine?: number;
  /** Set when the format itself says the line is a heading or a list item. */
  hint?: 'heading' | 'item';
  /** 1-based page of a paginated source (PDF). */
  page?: number;
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
/** Page furniture, not content: skipped by markup. */
const LAYOUT_TAGS = new Set(['nav', 'header', 'footer']);

/** Elements a visitor does not see: hidden by attribute, inline style or one of the page's <style> rules. */
function hiddenElements(document: Document): Set<Element> {
  const hidden = new Set<Element>();
  const css = DomUtils.getElementsByTagName('style', document)
    .map((style) => DomUtils.textContent(style))
    .join('\n');
  for (const selector of hidingSelectors(css)) {
    try {
      for (const element of selectAll<AnyNode, Element>(selector, document)) hidden.add(element);
    } catch {
      // A selector css-select does not support hides nothing we can know of.
    }
  }
  return hidden;
}

/** 1-based line of each raw offset: the positions htmlparser2 gives are in the raw, undecoded source. */
function lineIndex(raw: string): (offset: number) => number {
  const lineStarts = [0];
  for (let i = 0; i < raw.length; i++) if (raw[i] === '\n') lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Text blocks of an HTML page with the line each starts on: nav/header/footer are skipped by markup,
 * and nothing a visitor does not see is read (hidden.ts). A `data-page` attribute (set by the PDF
 * reader) gives the page of the text inside it.
 */
export function htmlLines(raw: string): SourceLine[] {
  const document = parseDocument(raw, { withStartIndices: true, withEndIndices: true, decodeEntities: true });
  const hidden = hiddenElements(document);
  const lineOf = lineIndex(raw);
  const out: SourceLine[] = [];
  let buffer = '';
  let first = 0;
  let last = 0;
  let hint: SourceLine['hint'];
  let page: number | undefined;
  const flush = () => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text) {
      const line: SourceLine = { text: hint === 'item' ? `- ${text}` : text, line: first };
      if (last > first) line.endLine = last;
      if (hint) line.hint = hint;
      if (page !== undefined) line.page = page;
      out.push(line);
    }
    buffer = '';
    hint = undefined;
  };
  const onText = (node: Text) => {
    const source = raw.slice(node.startIndex ?? 0, (node.endIndex ?? 0) + 1);
    const lead = source.search(/\S/);
    if (lead < 0) {
      buffer += node.data;
      return;
    }
    if (!buffer.trim()) first = lineOf((node.startIndex ?? 0) + lead);
    last = lineOf((node.startIndex ?? 0) + source.trimEnd().length - 1);
    buffer += node.data;
  };
  const visit = (node: AnyNode) => {
    if (isText(node)) return onText(node);
    if (!isTag(node)) return;
    if (LAYOUT_TAGS.has(node.name) || hidden.has(node) || hiddenByAttributes(node.name, node.attribs)) return;
    const block = BLOCK_TAGS.has(node.name);
    const pageBefore = page;
    const declaredPage = Number.parseInt(node.attribs['data-page'] ?? '', 10);
    if (block) flush();
    if (Number.isInteger(declaredPage) && declaredPage > 0) page = declaredPage;
    if (/^h[1-6]$/.test(node.name)) hint = 'heading';
    else if (node.name === 'li') hint = 'item';
    for (const child of node.children) visit(child);
    if (block) flush();
    page = pageBefore;
  };
  for (const child of document.children) visit(child);
  flush();
  return out;
}

/** Formats whose reader (formats/read.ts) hands over HTML rather than their own bytes. */
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.pdf', '.docx']);

export function sourceLines(raw: string, extension: string): SourceLine[] {
  if (extension === '.md') return markdownLines(raw);
  if (HTML_EXTENSIONS.has(extension)) return htmlLines(raw);
  return plainTextLines(raw);
}
