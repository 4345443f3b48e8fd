// PDF and Word files read into the corpus's HTML: pages, headings, running headers, hyphenation,
// metadata; a scan, a broken file and a file of the wrong kind are refused with their reason.
import { describe, expect, it } from 'vitest';
import { UnreadableDocument } from '../../src/corpus/formats/document.js';
import { joinHyphenated, layOut, type TextRun } from '../../src/corpus/formats/pdfLayout.js';
import { pdfDate } from '../../src/corpus/formats/pdf.js';
import { readDocument } from '../../src/corpus/formats/read.js';
import { htmlLines } from '../../src/corpus/sourceLines.js';
import { makeDocx, makePdf, makeScannedPdf } from './fixtures.js';

const run = (text: string, y: number, size = 11, x = 56): TextRun => ({ text, x, y, size, width: text.length * size * 0.5 });

describe('PDF layout rules', () => {
  it('joins a word cut at a line end, but keeps the hyphen of a compound the document writes whole', () => {
    expect(joinHyphenated(['une aide à la réinté-', 'gration durable.'], '')).toEqual(['une aide à la réintégration', 'durable.']);
    expect(joinHyphenated(['ils viendront peut-', 'être demain.'], 'et peut-être ailleurs')).toEqual([
      'ils viendront peut-être',
      'demain.',
    ]);
    expect(joinHyphenated(['Nord-', 'Est du pays'], '')).toEqual(['Nord-', 'Est du pays']);
  });

  it('drops a running header and page numbers repeated in the margins, not a heading repeated lower down', () => {
    const pages = [1, 2, 3].map((n) => ({
      height: 842,
      runs: [
        run('Rapport du site de test', 810, 9),
        run(`Chapitre ${n}`, 700, 18),
        run(`Texte du chapitre ${n}.`, 660),
        run(`${n}`, 24, 9),
      ],
    }));
    const laid = layOut(pages);
    expect(laid.map((p) => p.blocks.map((b) => `${b.kind}:${b.lines.join(' ')}`))).toEqual(
      [1, 2, 3].map((n) => [`heading:Chapitre ${n}`, `paragraph:Texte du chapitre ${n}.`]),
    );
  });

  it('keeps a single page’s top line (nothing repeats on one page)', () => {
    const laid = layOut([{ height: 842, runs: [run('Note interne', 810, 9), run('Le texte de la note.', 700)] }]);
    expect(laid[0].blocks.flatMap((b) => b.lines)).toEqual(['Note interne', 'Le texte de la note.']);
  });

  it('starts a new paragraph after a wide gap and marks outline titles as headings', () => {
    const laid = layOut(
      [{ height: 842, runs: [run('Premier paragraphe sur une ligne', 700), run('Partie deux', 670), run('Second paragraphe.', 650)] }],
      ['Partie deux'],
    );
    expect(laid[0].blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('reads PDF dates with their time zone', () => {
    expect(pdfDate("D:20230405103000+02'00'")).toBe('2023-04-05T10:30:00+02:00');
    expect(pdfDate('D:20230405')).toBe('2023-04-05');
    expect(pdfDate('yesterday')).toBeNull();
  });
});

describe('reading PDF files', () => {
  it('gives every line its page, headings as headings, and the metadata title and date', async () => {
    const bytes = await makePdf({
      title: 'Guide pratique',
      created: new Date('2022-09-01T08:00:00Z'),
      header: 'Guide pratique — édition 2022',
      pages: [
        { heading: 'Arriver', paragraphs: [['Le guichet d’accueil oriente les nouveaux arrivants.']] },
        { heading: 'S’installer', paragraphs: [['Les cours de langue sont gratuits pendant la première année.']] },
      ],
    });
    const read = await readDocument(bytes, '.pdf');
    expect(read.metadata).toMatchObject({ title: 'Guide pratique', published: '2022-09-01T08:00:00Z' });
    const lines = htmlLines(read.raw);
    expect(lines.map((l) => [l.page, l.hint ?? 'text', l.text])).toEqual([
      [1, 'heading', 'Arriver'],
      [1, 'text', 'Le guichet d’accueil oriente les nouveaux arrivants.'],
      [2, 'heading', 'S’installer'],
      [2, 'text', 'Les cours de langue sont gratuits pendant la première année.'],
    ]);
  });

  it('a scan (no text layer) yields no text and a warning that says to OCR it', async () => {
    const read = await readDocument(await makeScannedPdf(), '.pdf');
    expect(read.raw.trim()).toBe('');
    expect(read.warnings.join(' ')).toMatch(/no text layer.*OCR/);
  });

  it('a broken PDF, and a .pdf that is not one, are refused with the reason', async () => {
    await expect(readDocument(Buffer.from('%PDF-1.4\nnot really a pdf'), '.pdf')).rejects.toThrow(/PDF cannot be parsed/);
    await expect(readDocument(Buffer.from('<html>a page</html>'), '.pdf')).rejects.toBeInstanceOf(UnreadableDocument);
  });
});

describe('reading Word files', () => {
  it('keeps the title and section headings as headings', async () => {
    const bytes = await makeDocx({
      title: 'Compte rendu de mission',
      sections: [
        { heading: 'Contexte', paragraphs: ['La mission a visité quatre centres de transit.'] },
        { heading: 'Recommandations', paragraphs: ['Renforcer la présence d’interprètes dans chaque centre.'] },
      ],
    });
    const read = await readDocument(bytes, '.docx');
    expect(read.metadata.title).toBe('Compte rendu de mission');
    expect(htmlLines(read.raw).map((l) => [l.hint ?? 'text', l.text])).toEqual([
      ['heading', 'Compte rendu de mission'],
      ['heading', 'Contexte'],
      ['text', 'La mission a visité quatre centres de transit.'],
      ['heading', 'Recommandations'],
      ['text', 'Renforcer la présence d’interprètes dans chaque centre.'],
    ]);
  });

  it('a .docx that is not a Word file is refused', async () => {
    await expect(readDocument(Buffer.from('just text'), '.docx')).rejects.toThrow(/not a Word document/);
  });
});
