// Language per document (sidecar, else HTML lang, else detected) and per passage when a page mixes
// languages; sentences are cut with the passage language's own abbreviations.
import { describe, expect, it } from 'vitest';
import { detectTextLanguage } from '../../src/corpus/language.js';
import { splitSentences } from '../../src/ingest/sentences.js';
import { corpusFile, FRENCH_TOPICS, passagesOf } from './support.js';

const ENGLISH = [
  'When a disaster strikes, teams set up temporary shelters and hand out essential items to displaced families within days.',
  'Displacement sites are run together with local authorities, who remain responsible for the safety of the people living there.',
];
const SPANISH = [
  'Cuando ocurre un desastre, los equipos instalan refugios temporales y distribuyen artículos esenciales a las familias desplazadas.',
  'Los sitios de desplazamiento se gestionan con las autoridades locales, que siguen siendo responsables de la seguridad de las personas.',
];
const FRENCH = FRENCH_TOPICS[0][1];
const html = (lang: string, body: string[]) =>
  `<!doctype html><html lang="${lang}"><head><title>T</title></head><body><h1>Titre</h1>${body.map((p) => `<p>${p}</p>`).join('\n')}</body></html>`;

function documentOf(name: string, raw: string, metadata = {}) {
  const { documents, chunks } = passagesOf([corpusFile(name, raw, metadata)]);
  return { doc: documents[0], chunks };
}

describe('the language of a document', () => {
  it('is the sidecar’s when it declares one (primary subtag)', () => {
    const { doc, chunks } = documentOf('a.txt', ENGLISH.join('\n'), { language: 'en-GB' });
    expect(doc).toMatchObject({ language: 'en', languageFrom: 'sidecar' });
    expect(chunks.every((c) => c.language === 'en')).toBe(true);
  });

  it('is the HTML page’s lang attribute when there is no sidecar', () => {
    const { doc, chunks } = documentOf('a.html', html('es-ES', SPANISH));
    expect(doc).toMatchObject({ language: 'es', languageFrom: 'html' });
    expect(chunks.every((c) => c.language === 'es')).toBe(true);
  });

  it.each([
    ['fr', FRENCH],
    ['en', ENGLISH],
    ['es', SPANISH],
  ])('is detected from the text otherwise (%s)', (language, paragraphs) => {
    const { doc, chunks } = documentOf('capture.txt', ['Titre', ...paragraphs].join('\n'));
    expect(doc).toMatchObject({ language, languageFrom: 'detected' });
    expect(chunks.map((c) => c.language)).toEqual(chunks.map(() => language));
  });

  it('is left unknown for a text too short to tell, rather than guessed', () => {
    expect(detectTextLanguage('Contact')).toBeNull();
    expect(documentOf('tiny.txt', 'Contact\nPlan du site').doc.language).toBeUndefined();
  });
});

describe('the language of a passage', () => {
  const mixed = ['Urgences', ...FRENCH, 'In English', ENGLISH.join(' '), 'Fin', 'Une courte ligne anglaise suit.', 'See you soon.'].join(
    '\n',
  );

  it('is its own when a page mixes languages, and a passage is never two languages', () => {
    const { doc, chunks } = documentOf('mixed.txt', mixed, { language: 'fr' });
    expect(doc.language).toBe('fr');
    const english = chunks.filter((c) => c.text.includes(ENGLISH[0]));
    expect(english).toHaveLength(1);
    expect(english[0].language).toBe('en');
    expect(english[0].text).not.toContain(FRENCH[0]);
    expect(chunks.find((c) => c.text.includes(FRENCH[0]))?.language).toBe('fr');
  });

  it('stays the page’s when the passage is too short to tell', () => {
    const { chunks } = documentOf('mixed.txt', mixed, { language: 'fr' });
    expect(chunks.find((c) => c.text.includes('See you soon.'))?.language).toBe('fr');
  });
});

describe('sentences in the passage’s language', () => {
  it.each([
    ['en', 'Mr. Okafor opened the office on Dec. 5 last year. Prof. Lind spoke next.', 2],
    ['fr', 'M. Dupont a ouvert le bureau en janv. dernier. Mme Roy a pris la parole.', 2],
    ['es', 'El Sr. García abrió la oficina en ene. del año pasado. La Dra. Ruiz habló después.', 2],
  ])('keeps %s abbreviations inside their sentence', (language, text, count) => {
    expect(splitSentences(text, language)).toHaveLength(count);
  });

  it('gives a closing quotation mark back to its sentence', () => {
    expect(splitSentences('« Nous resterons aux côtés des familles. » Elle a ajouté une phrase.', 'fr')).toEqual([
      '« Nous resterons aux côtés des familles. »',
      'Elle a ajouté une phrase.',
    ]);
  });

  it('cuts an English corpus without sidecars with English rules', () => {
    const long = Array.from(
      { length: 20 },
      (_, i) => `Prof. Lind and Mr. Okafor reviewed case number ${i + 1} with the regional team.`,
    ).join(' ');
    const { chunks } = documentOf('report.txt', ['Annual review', long].join('\n'));
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.language).toBe('en');
      expect(c.text.startsWith('Prof. Lind')).toBe(true);
    }
  });
});
