// Documents made by the tests themselves (no committed binaries): PDFs with pdf-lib, Word files
// with docx, HTML pages from a few lines of text. All text is written for these tests.
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

export interface PdfPage {
  heading?: string;
  /** Paragraphs, each as the lines it is set on (so a test decides where lines break and words are cut). */
  paragraphs: string[][];
}

export interface PdfSpec {
  pages: PdfPage[];
  /** Printed at the top of every page (a running header). */
  header?: string;
  /** Printed at the bottom of every page, "{n}" replaced by the page number. */
  footer?: string;
  title?: string;
  created?: Date;
}

/** A PDF set like a report: 9pt running header and footer, 18pt headings, 11pt body on 14pt leading. */
export async function makePdf(spec: PdfSpec): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  if (spec.title) pdf.setTitle(spec.title);
  if (spec.created) pdf.setCreationDate(spec.created);
  spec.pages.forEach((content, i) => {
    const page = pdf.addPage([595, 842]);
    if (spec.header) page.drawText(spec.header, { x: 56, y: 810, size: 9, font });
    if (spec.footer) page.drawText(spec.footer.replace('{n}', String(i + 1)), { x: 270, y: 24, size: 9, font });
    let y = 740;
    if (content.heading) {
      page.drawText(content.heading, { x: 56, y, size: 18, font: bold });
      y -= 36;
    }
    for (const lines of content.paragraphs) {
      for (const line of lines) {
        page.drawText(line, { x: 56, y, size: 11, font });
        y -= 14;
      }
      y -= 12;
    }
  });
  return pdf.save();
}

/** A PDF whose pages are pictures only (what a scanner makes): no text layer at all. */
export async function makeScannedPdf(pages = 2): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let i = 0; i < pages; i++) {
    const page = pdf.addPage([595, 842]);
    for (let row = 0; row < 30; row++)
      page.drawRectangle({ x: 56, y: 780 - row * 20, width: 300 + (row % 5) * 30, height: 8, color: rgb(0.2, 0.2, 0.2) });
  }
  return pdf.save();
}

export interface DocxSpec {
  title: string;
  sections: Array<{ heading: string; paragraphs: string[] }>;
}

export async function makeDocx(spec: DocxSpec): Promise<Uint8Array> {
  const children = [new Paragraph({ text: spec.title, heading: HeadingLevel.TITLE })];
  for (const section of spec.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1 }));
    for (const text of section.paragraphs) children.push(new Paragraph({ text }));
  }
  const doc = new Document({ title: spec.title, creator: 'tests', sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export interface PageSpec {
  title: string;
  lang?: string;
  body: string;
  head?: string;
  nav?: string[];
}

/** A page as a CMS prints it: a navigation menu, a main article, a footer. */
export function page(spec: PageSpec): string {
  const nav = (spec.nav ?? []).map((href) => `<li><a href="${href}">${href}</a></li>`).join('');
  return [
    '<!doctype html>',
    `<html lang="${spec.lang ?? 'fr'}"><head><meta charset="utf-8"><title>${spec.title}</title>${spec.head ?? ''}</head>`,
    `<body><header><nav><ul>${nav}</ul></nav></header>`,
    `<main><article><h1>${spec.title}</h1>${spec.body}</article></main>`,
    '<footer><p>Pied de page du site de test</p></footer></body></html>',
  ].join('\n');
}

/** Paragraphs long enough for readability to take them as the main content. */
export const paragraphs = (...texts: string[]) => texts.map((t) => `<p>${t}</p>`).join('\n');
