// A document's title and date, once the corpus has said which of its lines are boilerplate.
import path from 'node:path';
import type { RepeatedLines } from './boilerplate.js';
import type { Block } from './clean.js';
import { datelineOf, documentDate, type DocumentDate } from './dates.js';
import type { CorpusDocument } from './document.js';

export type TitleOrigin = 'sidecar' | 'heading' | 'html' | 'file';

export interface DocumentDescription {
  title: string;
  titleFrom: TitleOrigin;
  date: DocumentDate | null;
}

/**
 * A dateline opens a release's first paragraph or stands on its own line just before it; three
 * paragraphs leave room for a subtitle and a photo caption before it, and no further: a date deep
 * in the text is an event, not the document's date.
 */
const OPENING_PARAGRAPHS = 3;

const isDate = (text: string, language?: string) => datelineOf(text, language) !== null;

/**
 * The page's own title when no sidecar names it: its first heading marked up as one (HTML h1–h6,
 * Markdown #) that other pages do not mark up as theirs; in plain text, the heading that introduces its first
 * content (menu labels head only lists of links, which cleaning has left out); else the first
 * heading the corpus does not repeat, else the HTML <title>, else the file name. Never a date.
 */
function titleOf(doc: CorpusDocument, blocks: Block[], repeated: RepeatedLines): Pick<DocumentDescription, 'title' | 'titleFrom'> {
  if (doc.file.metadata.title) return { title: doc.file.metadata.title, titleFrom: 'sidecar' };
  const usable = (text: string) => !repeated.isBoilerplate(text) && !isDate(text, doc.language);
  const heading =
    doc.classified.find(
      (l) => l.kind === 'heading' && l.marked && !repeated.isRepeatedMarkedHeading(l.text) && !isDate(l.text, doc.language),
    )?.text ??
    blocks.find((b) => !b.alternates && b.heading && !isDate(b.heading, doc.language))?.heading ??
    doc.classified.find((l) => l.kind === 'heading' && usable(l.text))?.text;
  if (heading) return { title: heading, titleFrom: 'heading' };
  if (doc.html?.title) return { title: doc.html.title, titleFrom: 'html' };
  return { title: path.basename(doc.source), titleFrom: 'file' };
}

/** The document's first lines that the corpus does not repeat, up to its third paragraph. */
function openingLines(doc: CorpusDocument, repeated: RepeatedLines): string[] {
  const out: string[] = [];
  let paragraphs = 0;
  for (const line of doc.classified) {
    if (repeated.isBoilerplate(line.text)) continue;
    out.push(line.text.replace(/^- /, ''));
    if (line.kind === 'paragraph' && ++paragraphs >= OPENING_PARAGRAPHS) break;
  }
  return out;
}

export function describeDocument(doc: CorpusDocument, blocks: Block[], repeated: RepeatedLines): DocumentDescription {
  const date = documentDate({
    sidecar: doc.file.metadata,
    html: doc.html ?? undefined,
    openingLines: openingLines(doc, repeated),
    url: doc.url,
    language: doc.language,
  });
  return { ...titleOf(doc, blocks, repeated), date };
}
