// Careless or hostile files in the corpus folder, each as the attack it stops: a binary or a PDF
// named .txt, text in Latin-1 or UTF-16, a symlink to a file outside the corpus, a symlink loop, a
// folder named like a file, a sidecar that is not JSON or carries a javascript: URL. None of them
// fails the ingest; each is named in a warning; none becomes garbage passages.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/load.js';
import { ingest, type IngestResult } from '../../src/ingest/ingest.js';
import { loadIndex } from '../../src/index/diskIndex.js';
import type { Chunk } from '../../src/types.js';
import { countingEmbedder, workspace } from '../core/support.js';
import { makePdf } from './fixtures.js';

const ws = workspace({ empty: true });
const outside = workspace({ empty: true });
const SENTENCE = 'Les équipes régionales préparent le retour volontaire des familles déplacées.';
let result: IngestResult;
let chunks: Chunk[];
const warningFor = (name: string) => result.warnings.find((w) => w.source === `corpus/${name}`)?.message;
const textOf = (name: string) =>
  chunks
    .filter((c) => c.source === `corpus/${name}`)
    .map((c) => c.text)
    .join('\n');

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const bytes = endian === 'le' ? le : Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]));
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), bytes]) : bytes;
}

beforeAll(async () => {
  const c = ws.corpusDir;
  writeFileSync(path.join(c, 'propre.txt'), `${SENTENCE}\n`);
  const binary = Buffer.alloc(2048);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 91) % 256;
  writeFileSync(path.join(c, 'binaire.txt'), binary);
  writeFileSync(
    path.join(c, 'rapport-deguise.txt'),
    await makePdf({ pages: [{ paragraphs: [['Un PDF qui se fait passer pour du texte.']] }] }),
  );
  writeFileSync(
    path.join(c, 'latin1.txt'),
    Buffer.from('Les réfugiés reçoivent une aide à l’intégration dès leur arrivée.'.replace('’', "'"), 'latin1'),
  );
  writeFileSync(path.join(c, 'utf16le.txt'), utf16('Les équipes de santé visitent les camps chaque semaine.', 'le', true));
  writeFileSync(path.join(c, 'utf16be.txt'), utf16('Le bureau régional coordonne les partenaires locaux.', 'be', true));
  writeFileSync(
    path.join(c, 'utf16-sans-bom.md'),
    utf16('# Accueil\n\nLes nouveaux arrivants trouvent un guichet unique en mairie.', 'le', false),
  );
  writeFileSync(
    path.join(c, 'bom-utf8.txt'),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE.replace('régionales', 'nationales'))]),
  );
  writeFileSync(path.join(outside.corpusDir, 'secret.txt'), 'Mot de passe du serveur : hunter2.\n');
  symlinkSync(path.join(outside.corpusDir, 'secret.txt'), path.join(c, 'lien-dehors.txt'));
  symlinkSync(path.join(c, 'boucle-b.txt'), path.join(c, 'boucle-a.txt'));
  symlinkSync(path.join(c, 'boucle-a.txt'), path.join(c, 'boucle-b.txt'));
  symlinkSync(path.join(c, 'propre.txt'), path.join(c, 'lien-dedans.txt'));
  mkdirSync(path.join(c, 'dossier.txt'));
  writeFileSync(path.join(c, 'dossier.txt', 'note.txt'), 'Une note rangée dans un dossier au nom de fichier.\n');
  writeFileSync(path.join(c, 'sidecar-casse.txt'), 'Le centre d’accueil ouvre ses portes le lundi matin.\n');
  writeFileSync(path.join(c, 'sidecar-casse.meta.json'), '{ "title": "Centre", ');
  writeFileSync(path.join(c, 'sidecar-js.txt'), 'Les permanences juridiques sont gratuites et confidentielles.\n');
  writeFileSync(path.join(c, 'sidecar-js.meta.json'), JSON.stringify({ title: 'Permanences', url: 'javascript:alert(document.cookie)' }));
  result = await ingest({ config: ws.config(), embedder: countingEmbedder() });
  chunks = (await loadIndex(ws.indexDir, { embedderId: result.embedderId, efSearch: 50 })).chunks;
});

afterAll(() => {
  ws.cleanup();
  outside.cleanup();
});

describe('files that are not what their name says', () => {
  it('a binary named .txt is skipped with a warning naming it, and adds no passage', () => {
    expect(warningFor('binaire.txt')).toMatch(/skipped: it holds binary data/);
    expect(textOf('binaire.txt')).toBe('');
  });

  it('a PDF named .txt is skipped, not indexed as PDF syntax', () => {
    expect(warningFor('rapport-deguise.txt')).toMatch(/PDF document, not text/);
    expect(chunks.some((c) => /%PDF|endobj|xref/.test(c.text))).toBe(false);
  });
});

describe('text in another encoding is decoded, not indexed as mojibake', () => {
  it.each([
    ['latin1.txt', 'Les réfugiés reçoivent une aide à'],
    ['utf16le.txt', 'Les équipes de santé visitent les camps'],
    ['utf16be.txt', 'Le bureau régional coordonne'],
    ['utf16-sans-bom.md', 'Les nouveaux arrivants trouvent un guichet unique'],
    ['bom-utf8.txt', 'Les équipes nationales préparent'],
  ])('%s', (name, expected) => {
    expect(textOf(name)).toContain(expected);
    expect(textOf(name)).not.toMatch(/[\ufffd\u0000\ufeff]|Ã©/);
  });
});

describe('links and folders', () => {
  it('a symlink to a file outside the corpus is refused, and its content is in no passage', () => {
    expect(warningFor('lien-dehors.txt')).toMatch(/symlink leading outside the corpus folder/);
    expect(chunks.some((c) => c.text.includes('hunter2'))).toBe(false);
  });

  it('a symlink loop is reported naming the file (ELOOP)', () => {
    expect(warningFor('boucle-a.txt')).toMatch(/symlink loop \(ELOOP\)/);
    expect(warningFor('boucle-b.txt')).toMatch(/symlink loop \(ELOOP\)/);
  });

  it('a symlink inside the corpus is read; a folder named like a file is read as a folder', () => {
    expect(textOf('lien-dedans.txt')).toContain(SENTENCE);
    expect(textOf('dossier.txt/note.txt')).toContain('Une note rangée');
  });
});

describe('bad sidecars', () => {
  it('a sidecar that is not JSON is ignored with a warning; the document is still indexed', () => {
    expect(warningFor('sidecar-casse.txt')).toMatch(/sidecar-casse\.meta\.json ignored: it is not valid JSON/);
    expect(textOf('sidecar-casse.txt')).toContain('Le centre d’accueil ouvre');
  });

  it('a javascript: url is dropped (the title kept), so no citation links to it', () => {
    expect(warningFor('sidecar-js.txt')).toMatch(/field url ignored/);
    const passage = chunks.find((c) => c.source === 'corpus/sidecar-js.txt');
    expect(passage).toMatchObject({ title: 'Permanences' });
    expect(passage?.url).toBeUndefined();
  });
});

describe('the ingest as a whole', () => {
  it('succeeds with the readable files, and reading the corpus alone never throws for one file', async () => {
    expect(result.files).toBe(10);
    const warnings: string[] = [];
    await expect(readCorpus(ws.corpusDir, { onWarning: (w) => warnings.push(w.source) })).resolves.toHaveLength(10);
    expect(warnings.sort()).toEqual(
      ['binaire.txt', 'boucle-a.txt', 'boucle-b.txt', 'lien-dehors.txt', 'rapport-deguise.txt', 'sidecar-casse.txt', 'sidecar-js.txt'].map(
        (n) => `corpus/${n}`,
      ),
    );
  });
});
