// Each document's date and where it comes from: the sidecar, HTML meta, a news release's dateline,
// the address; carried by every passage of the document. Also the sidecar fields that declare them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datelineOf, urlDate } from '../../src/corpus/dates.js';
import { type CorpusWarning, readCorpus } from '../../src/corpus/load.js';
import { corpusFile, FRENCH_TOPICS, frenchPage, passagesOf } from './support.js';

const BODY = FRENCH_TOPICS[1][1];
const release = (dateline: string, title = 'Des cliniques mobiles pour les zones isolées') =>
  [title, `${title}${dateline} ${BODY[0]}`, BODY[1]].join('\n');

function dateOf(name: string, raw: string, metadata = {}) {
  const { documents, chunks } = passagesOf([corpusFile(name, raw, metadata)]);
  return { date: documents[0].date, kind: documents[0].dateKind, title: documents[0].title, chunks };
}

describe('a document’s date', () => {
  it('is the sidecar’s publication date, else its update date', () => {
    expect(dateOf('a.txt', BODY.join('\n'), { published: '2021-03-04', updated: '2023-01-02' })).toMatchObject({
      date: '2021-03-04',
      kind: 'published',
    });
    expect(dateOf('a.txt', BODY.join('\n'), { updated: '2023-01-02T10:00:00Z' })).toMatchObject({ date: '2023-01-02', kind: 'updated' });
  });

  it('is the page’s meta publication date, else its modification date', () => {
    const page = (meta: string) => `<html lang="fr"><head>${meta}</head><body><h1>Santé</h1><p>${BODY[0]}</p></body></html>`;
    expect(dateOf('a.html', page('<meta property="article:published_time" content="2022-06-04T10:00:00+02:00">'))).toMatchObject({
      date: '2022-06-04',
      kind: 'published',
    });
    expect(dateOf('a.html', page('<meta name="dcterms.date" content="2018-11-30">'))).toMatchObject({
      date: '2018-11-30',
      kind: 'published',
    });
    expect(dateOf('a.html', page('<meta property="article:modified_time" content="2024-02-01">'))).toMatchObject({
      date: '2024-02-01',
      kind: 'updated',
    });
  });

  it.each([
    ['GENÈVE, 12 mars 2019 –', '2019-03-12'],
    ['Dakar (Sénégal), le 1er juin 2022 -', '2022-06-01'],
    ['Geneva, 4 June 2022 —', '2022-06-04'],
    ['NEW YORK, September 23, 2019 –', '2019-09-23'],
    ['Ginebra, 5 de mayo de 2021 –', '2021-05-05'],
  ])('is a news release’s dateline "%s", even glued to the title before it', (dateline, date) => {
    const { date: found, kind, title } = dateOf('release.txt', release(dateline));
    expect({ found, kind }).toEqual({ found: date, kind: 'dateline' });
    expect(title).toBe('Des cliniques mobiles pour les zones isolées');
  });

  it('reads a labelled publication or update line, not a printing date', () => {
    expect(dateOf('a.txt', ['Publié le 3 février 2020', ...BODY].join('\n'))).toMatchObject({ date: '2020-02-03', kind: 'dateline' });
    expect(dateOf('a.txt', ['Last updated: 7 March 2023', ...BODY].join('\n'))).toMatchObject({ date: '2023-03-07', kind: 'updated' });
    expect(dateOf('a.txt', ['Imprimé le 5 février 2024', ...BODY].join('\n')).date).toBeUndefined();
  });

  it('is the address’s when nothing else dates the page', () => {
    expect(dateOf('a.txt', BODY.join('\n'), { url: 'https://example.org/fr/actualites/2019/05/cliniques' })).toMatchObject({
      date: '2019-05',
      kind: 'url',
    });
    expect(urlDate('https://example.org/news/2019/05/12/clinics')).toBe('2019-05-12');
    expect(urlDate('https://example.org/news/2019-05-12-clinics')).toBe('2019-05-12');
    expect(urlDate('https://example.org/fr/rapport-2019')).toBeNull();
  });

  it('prefers what the corpus author declared to what the text says', () => {
    expect(dateOf('a.txt', release('GENÈVE, 12 mars 2019 –'), { published: '2019-03-11' })).toMatchObject({
      date: '2019-03-11',
      kind: 'published',
    });
  });

  it('is none when nothing dates the page: an event date inside the text is not the page’s', () => {
    const text = [...BODY, 'Le 12 mars 2019, une nouvelle clinique a ouvert ses portes dans le nord du pays.'].join('\n');
    const { date, chunks } = dateOf('a.txt', text);
    expect(date).toBeUndefined();
    expect(chunks.every((c) => c.date === undefined && c.dateKind === undefined)).toBe(true);
  });

  it('is carried by every passage of a dated document', () => {
    const long = Array.from({ length: 30 }, (_, i) => `${BODY[i % 2]} (${i + 1})`);
    const { chunks } = dateOf('long.txt', ['GENÈVE, 12 mars 2019 – Ouverture.', ...long].join('\n'));
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.every((c) => c.date === '2019-03-12' && c.dateKind === 'dateline')).toBe(true);
  });

  it('is read past the menus of a site capture', () => {
    const pages = [
      corpusFile('a.txt', frenchPage(...FRENCH_TOPICS[0])),
      corpusFile('b.txt', frenchPage(...FRENCH_TOPICS[2])),
      corpusFile('c.txt', frenchPage('Des cliniques mobiles pour les zones isolées', [`Genève, 2 avril 2024 – ${BODY[0]}`, BODY[1]])),
    ];
    expect(passagesOf(pages).documents[2]).toMatchObject({
      date: '2024-04-02',
      dateKind: 'dateline',
      title: 'Des cliniques mobiles pour les zones isolées',
    });
  });
});

describe('datelineOf', () => {
  it.each([
    'Le 12 mars 2019, une clinique a ouvert.',
    'En 2019 – une année de crises.',
    'Rapport annuel 2019',
    'Imprimé le 5 février 2024',
  ])('finds no dateline in "%s"', (line) => {
    expect(datelineOf(line, 'fr')).toBeNull();
  });
});

describe('sidecar fields', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'oim-sidecar-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  async function read(sidecar: unknown, warnings: CorpusWarning[] = []) {
    const dir = path.join(root, String(n++));
    writeFileSync(path.join(root, 'x'), '');
    await import('node:fs/promises').then((fs) => fs.mkdir(dir));
    writeFileSync(path.join(dir, 'page.txt'), BODY.join('\n'));
    writeFileSync(path.join(dir, 'page.meta.json'), JSON.stringify(sidecar));
    return readCorpus(dir, { onWarning: (w) => warnings.push(w) });
  }

  it('accepts the sidecars written before dates and translations existed', async () => {
    const [file] = await read({ title: 'T', language: 'fr', url: null, updated: null, note: 'kept as is' });
    expect(file.metadata).toMatchObject({ title: 'T', language: 'fr', updated: null });
  });

  it('accepts translations as files, addresses, objects or by language', async () => {
    for (const translations of [
      ['en/page.txt'],
      [{ language: 'en', url: 'https://example.org/en/page' }],
      [{ language: 'en', source: 'en/page.txt' }],
      { en: 'en/page.txt' },
    ]) {
      const [file] = await read({ language: 'fr', translations });
      expect(file.metadata.translations).toEqual(translations);
    }
  });

  it.each([
    [{ published: 'March 2019' }, 'published'],
    [{ updated: '12/03/2019' }, 'updated'],
    [{ translations: [{ language: 'en' }] }, 'translations'],
  ])('drops %o with a warning naming the file and the field, and keeps the document', async (sidecar, field) => {
    const warnings: CorpusWarning[] = [];
    const [file] = await read({ ...sidecar, title: 'Kept' }, warnings);
    expect(file.metadata).toMatchObject({ title: 'Kept' });
    expect(file.metadata).not.toHaveProperty(field);
    expect(warnings.map((w) => w.message).join('\n')).toMatch(new RegExp(`page\\.meta\\.json.*${field}`));
  });
});
