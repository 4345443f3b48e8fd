// A fetched resource → the document the corpus will hold, or the reason it holds none. What the
// bytes are is decided by sniffing them first (a PDF served as text/html is a PDF; a binary served
// as text/html is refused), then by the Content-Type; HTML is decoded by its declared charset.
import { decodeText, htmlDeclaredCharset, sniff } from '../corpus/formats/bytes.js';
import type { DocumentMetadata, ReadDocument } from '../corpus/formats/document.js';
import { UnreadableDocument } from '../corpus/formats/document.js';
import { extractPage } from './page.js';
import type { DocumentKind } from './store.js';

export interface Fetched {
  url: string;
  contentType: string;
  charset: string | null;
  bytes: Uint8Array;
}

export interface Prepared {
  kind: 'document';
  docKind: DocumentKind;
  data: string | Uint8Array;
  metadata: DocumentMetadata & { alternates?: Record<string, string>; pages?: number };
  canonical?: string;
  links: string[];
  warnings: string[];
}
export type Preparation = Prepared | { kind: 'skip'; reason: string; links: string[] } | { kind: 'fail'; reason: string };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', '']);
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function fromDocument(read: ReadDocument, fetched: Fetched, docKind: DocumentKind, name: string): Promise<Preparation> {
  try {
    const { html, metadata, warnings, pages } = await read(fetched.bytes);
    if (!html.trim()) return { kind: 'fail', reason: warnings[0] ?? `the ${name} holds no text` };
    return { kind: 'document', docKind, data: fetched.bytes, metadata: { ...metadata, pages }, links: [], warnings };
  } catch (error) {
    const reason = error instanceof UnreadableDocument ? error.message : `the ${name} cannot be read (${(error as Error).message})`;
    return { kind: 'fail', reason };
  }
}

function fromHtml(fetched: Fetched): Preparation {
  const declared = fetched.charset ?? htmlDeclaredCharset(fetched.bytes);
  const page = extractPage(decodeText(fetched.bytes, declared).text, fetched.url);
  const links = page.nofollow ? [] : page.links;
  if (page.noindex) return { kind: 'skip', reason: 'the page asks not to be indexed (meta robots noindex)', links };
  const text = page.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  if (!text.replace(page.title ?? '', '').trim()) return { kind: 'skip', reason: 'no text on the page', links };
  const { title, language, published, updated, alternates } = page;
  const metadata = { title, language, published, updated, alternates: Object.keys(alternates).length ? alternates : undefined };
  return { kind: 'document', docKind: 'html', data: page.html, metadata, canonical: page.canonical, links, warnings: [] };
}

export async function prepareDocument(fetched: Fetched): Promise<Preparation> {
  const sniffed = sniff(fetched.bytes);
  const type = fetched.contentType;
  if (sniffed.kind === 'pdf') return fromDocument((await import('../corpus/formats/pdf.js')).readPdf, fetched, 'pdf', 'PDF');
  if (sniffed.kind === 'zip') {
    if (type === DOCX_TYPE || /\.docx$/i.test(new URL(fetched.url).pathname))
      return fromDocument((await import('../corpus/formats/docx.js')).readDocx, fetched, 'docx', 'Word document');
    return { kind: 'skip', reason: `not a document (${sniffed.what})`, links: [] };
  }
  if (sniffed.kind === 'binary') {
    if (HTML_TYPES.has(type) || type.startsWith('text/'))
      return { kind: 'fail', reason: `binary content (${sniffed.what}) served as ${type || 'a page'}` };
    return { kind: 'skip', reason: `not a document (${type})`, links: [] };
  }
  if (HTML_TYPES.has(type)) {
    try {
      return fromHtml(fetched);
    } catch (error) {
      return { kind: 'fail', reason: `the page cannot be read (${(error as Error).message})` };
    }
  }
  if (type === 'text/plain') {
    const text = decodeText(fetched.bytes, fetched.charset).text;
    return { kind: 'document', docKind: 'text', data: text, metadata: {}, links: [], warnings: [] };
  }
  return { kind: 'skip', reason: `not a document (${type})`, links: [] };
}
