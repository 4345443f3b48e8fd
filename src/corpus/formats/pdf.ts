// PDF → HTML the corpus reader understands: one <section data-page="N"> per page, headings as
// <h2>, paragraphs as <p> with one PDF line per source line (so a passage's lines point into the
// extracted text and its page into the PDF). Text comes from pdfjs-dist (pure JavaScript, runs on
// Node 20 offline with its bundled font data); the layout rules are in pdfLayout.ts.
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocumentMetadata, ReadDocument } from './document.js';
import { UnreadableDocument } from './document.js';
import { type Block, layOut, type TextRun } from './pdfLayout.js';

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const STANDARD_FONTS = `${path.join(pdfjsRoot, 'standard_fonts')}${path.sep}`;
const CMAPS = `${path.join(pdfjsRoot, 'cmaps')}${path.sep}`;
/** A page with fewer characters than this has no usable text layer (a scan, or only images). */
const MIN_PAGE_CHARS = 20;
/** Share of unreadable characters (no Unicode mapping in the font) beyond which a page's text is garbage. */
const MAX_UNMAPPED = 0.1;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
}

interface PageRuns {
  runs: TextRun[];
  height: number;
}

async function pageRuns(pdf: PDFDocumentProxy, pageNumber: number): Promise<PageRuns> {
  const page = await pdf.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    const [, bottom, , top] = page.view;
    const runs = (content.items as TextItemLike[])
      .filter((item) => typeof item.str === 'string' && item.str.length > 0)
      .map((item) => {
        const [a, b, , , x, y] = item.transform;
        return { text: item.str, x, y: y - bottom, width: item.width, size: Math.hypot(a, b) };
      });
    return { runs, height: top - bottom };
  } finally {
    page.cleanup();
  }
}

async function outlineTitles(pdf: PDFDocumentProxy): Promise<string[]> {
  type Node = { title: string; items?: Node[] };
  const walk = (nodes: Node[] | null): string[] => (nodes ?? []).flatMap((n) => [n.title, ...walk(n.items ?? [])]);
  try {
    return walk((await pdf.getOutline()) as Node[] | null);
  } catch {
    return [];
  }
}

/**
 * 'D:20230405103000+02'00'' → '2023-04-05T10:30:00+02:00' (the PDF date format, its own time zone
 * kept so the day stays the author's), or null.
 */
export function pdfDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value.trim());
  if (!m) return null;
  const [, year, month = '01', day = '01', hour, minute = '00', second = '00', zone] = m;
  const day10 = `${year}-${month}-${day}`;
  if (Number.isNaN(Date.parse(day10))) return null;
  if (!hour) return day10;
  const offset = !zone || zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5) || '00'}`;
  const iso = `${day10}T${hour}:${minute}:${second}${offset}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** Titles that word processors write by default are no title ("Microsoft Word - doc1.docx", "untitled"). */
function usableTitle(title: unknown): string | undefined {
  if (typeof title !== 'string') return undefined;
  const t = title.trim();
  if (!t || /^(untitled|sans titre|document\d*|microsoft word - .*|.*\.(docx?|pdf|indd))$/i.test(t)) return undefined;
  return t;
}

async function metadataOf(pdf: PDFDocumentProxy): Promise<DocumentMetadata> {
  const { info } = (await pdf.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
  const metadata: DocumentMetadata = {};
  const title = usableTitle(info.Title);
  if (title) metadata.title = title;
  const created = pdfDate(info.CreationDate);
  const modified = pdfDate(info.ModDate);
  if (created) metadata.published = created;
  if (modified && modified.slice(0, 10) !== created?.slice(0, 10)) metadata.updated = modified;
  if (typeof info.Language === 'string' && /^[a-z]{2,3}(-|$)/i.test(info.Language))
    metadata.language = info.Language.slice(0, 2).toLowerCase();
  return metadata;
}

function blockHtml(block: Block): string {
  const body = block.lines.map(escapeHtml).join('\n');
  if (block.kind === 'heading') return `<h2>${body.replace(/\n/g, ' ')}</h2>`;
  return block.kind === 'item' ? `<ul><li>${body}</li></ul>` : `<p>${body}</p>`;
}

const unmappedShare = (text: string) => (text.match(/[\ufffd\ue000-\uf8ff]/g)?.length ?? 0) / Math.max(1, text.length);

/** Page numbers (1-based) whose text layer is missing or unreadable. */
function pagesWithoutText(pages: PageRuns[]): number[] {
  return pages
    .map((page, i) => {
      const text = page.runs.map((r) => r.text).join('');
      return text.replace(/\s/g, '').length < MIN_PAGE_CHARS || unmappedShare(text) > MAX_UNMAPPED ? i + 1 : 0;
    })
    .filter(Boolean);
}

export const readPdf: ReadDocument = async (bytes) => {
  let pdf: PDFDocumentProxy;
  try {
    // pdfjs takes ownership of the buffer it is given: hand it a copy.
    pdf = await getDocument({
      data: new Uint8Array(bytes),
      standardFontDataUrl: STANDARD_FONTS,
      cMapUrl: CMAPS,
      cMapPacked: true,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new UnreadableDocument(`the PDF cannot be parsed (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const runs: PageRuns[] = [];
    for (let n = 1; n <= pdf.numPages; n++) runs.push(await pageRuns(pdf, n));
    const empty = new Set(pagesWithoutText(runs));
    const warnings: string[] = [];
    if (empty.size === pdf.numPages) {
      warnings.push('the PDF has no text layer (a scan?): nothing of it is indexed; run OCR on it (e.g. ocrmypdf) and add the result');
    } else if (empty.size) {
      warnings.push(
        `page${empty.size > 1 ? 's' : ''} ${[...empty].join(', ')} of the PDF ha${empty.size > 1 ? 've' : 's'} no text layer (scanned?): left out`,
      );
    }
    const pages = layOut(
      runs.map((r, i) => (empty.has(i + 1) ? { ...r, runs: [] } : r)),
      await outlineTitles(pdf),
    );
    const sections = pages
      .filter((p) => p.blocks.length)
      .map((p) => `<section data-page="${p.page}">\n${p.blocks.map(blockHtml).join('\n')}\n</section>`);
    return { html: sections.join('\n'), metadata: await metadataOf(pdf), warnings, pages: pdf.numPages };
  } finally {
    await pdf.destroy();
  }
};
