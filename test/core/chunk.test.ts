// Chunking and sentence splitting: passages must be quotable (whole sentences), bounded in size,
// and must point at the exact lines of the source file they quote.
import { describe, expect, it } from 'vitest';
import { cleanToBlocks } from '../../src/corpus/clean.js';
import { sha256 } from '../../src/corpus/load.js';
import { sourceLines } from '../../src/corpus/sourceLines.js';
import { chunkBlocks, type ChunkingOptions } from '../../src/ingest/chunk.js';
import { splitSentences } from '../../src/ingest/sentences.js';
import type { Chunk } from '../../src/types.js';
import { readRealCorpus } from './support.js';

const INFO = { source: 'corpus/page.txt', title: 'Page' };
const DEFAULTS: ChunkingOptions = { chunkSize: 1200, chunkOverlap: 200 };

function chunk(raw: string, options: ChunkingOptions = DEFAULTS, extension = '.txt'): Chunk[] {
  return chunkBlocks(cleanToBlocks(sourceLines(raw, extension)), INFO, options);
}

/** Every line of the chunk is found in the source lines of its range, first at its start line, last at its end. */
function expectLinesPointAtText(c: Chunk, rawLines: string[]): void {
  const [start, end] = c.lines;
  expect(start).toBeGreaterThanOrEqual(1);
  expect(end).toBeGreaterThanOrEqual(start);
  expect(end).toBeLessThanOrEqual(rawLines.length);
  const range = rawLines.slice(start - 1, end);
  const pieces = c.text.split('\n').map((t) => t.replace(/^- /, ''));
  for (const piece of pieces)
    expect(
      range.some((l) => l.includes(piece)),
      `"${piece.slice(0, 40)}…" not in lines ${start}-${end}`,
    ).toBe(true);
  expect(rawLines[start - 1]).toContain(pieces[0]);
  expect(rawLines[end - 1]).toContain(pieces[pieces.length - 1]);
}

/** A deterministic paragraph of n distinct sentences of varying length. */
function longParagraph(n: number): string {
  const subjects = ['L’Organisation', 'Le bureau régional', 'La mission', 'Le programme'];
  const actions = [
    'soutient les communautés touchées par les déplacements',
    'aide les migrants en situation de vulnérabilité',
    'collabore avec les autorités nationales',
  ];
  return Array.from(
    { length: n },
    (_, i) => `${subjects[i % 4]} n° ${i + 1} ${actions[i % 3]}${i % 5 === 0 ? ' dans plusieurs pays' : ''}.`,
  ).join(' ');
}

describe('chunking the real corpus', async () => {
  const raw = await readRealCorpus();
  const rawLines = raw.split(/\r\n|\r|\n/);

  for (const options of [DEFAULTS, { chunkSize: 300, chunkOverlap: 80 }, { chunkSize: 200, chunkOverlap: 0 }]) {
    describe(`chunkSize ${options.chunkSize}, overlap ${options.chunkOverlap}`, () => {
      const chunks = chunk(raw, options);

      it('gives every chunk a line range that points at the source lines holding its text', () => {
        expect(chunks.length).toBeGreaterThan(3);
        for (const c of chunks) expectLinesPointAtText(c, rawLines);
      });

      it('respects the chunk size unless a single sentence is longer', () => {
        for (const c of chunks) {
          if (c.text.length <= options.chunkSize) continue;
          expect(splitSentences(c.text)).toHaveLength(1);
        }
      });

      it('keeps the metadata: source, title, heading, content hash', () => {
        for (const c of chunks) {
          expect(c).toMatchObject({ source: INFO.source, title: INFO.title });
          expect(c.hash).toBe(sha256(c.text));
          expect(c.heading === null || typeof c.heading === 'string').toBe(true);
        }
      });
    });
  }

  it('produces no chunk made only of navigation labels', () => {
    // A label reads as a menu entry: short and not a sentence. Every passage must say something.
    const isSentence = (line: string) => /[.!?:;]$/.test(line.trim()) || line.split(/\s+/).length > 8;
    const nav = new Set([
      'Agir',
      'Engagez-vous',
      'Partenariats',
      'Travailler avec nous',
      'Ce que nous faisons',
      'Données et recherche',
      '2030 AGENDA',
      'Où travaillons-nous',
    ]);
    for (const c of chunk(raw)) {
      const lines = c.text.split('\n').map((l) => l.replace(/^- /, ''));
      expect(
        lines.every((l) => nav.has(l)),
        c.text,
      ).toBe(false);
      if (c.heading !== 'Structure') expect(lines.some(isSentence), c.text).toBe(true);
    }
  });

  it('keeps the three objectives together in one quotable passage', () => {
    const objectives = chunk(raw).filter((c) => c.text.includes('Sauver des vies'));
    expect(objectives).toHaveLength(1);
    expect(objectives[0].text).toContain('Trouver des solutions aux déplacements');
    expect(objectives[0].text).toContain('Faciliter des voies de migration régulières');
  });
});

describe('chunking synthetic text', () => {
  it('never outputs a passage of navigation labels only, even on a page that is mostly menu', () => {
    const raw = [
      'Accueil',
      'Accueil',
      '- Actualités',
      '- Contact',
      '-',
      'Médias',
      'Médias',
      '- Presse',
      '- Vidéos',
      'Le bureau aide les personnes déplacées dans la région.',
    ].join('\n');
    const chunks = chunk(raw);
    expect(chunks.map((c) => c.text)).toEqual(['Le bureau aide les personnes déplacées dans la région.']);
    expect(chunks[0].lines).toEqual([10, 10]);
  });

  describe('a long paragraph', () => {
    const options = { chunkSize: 300, chunkOverlap: 120 };
    const paragraph = longParagraph(30);
    const sentences = splitSentences(paragraph);
    const chunks = chunk(['Titre', 'Titre', paragraph, 'Une autre ligne qui suit le paragraphe.'].join('\n'), options);
    const pieces = chunks.filter((c) => c.lines[0] === 3);

    it('is cut into several pieces within the chunk size', () => {
      expect(sentences).toHaveLength(30);
      expect(pieces.length).toBeGreaterThan(3);
      for (const p of pieces) {
        expect(p.text.length).toBeLessThanOrEqual(options.chunkSize);
        expect(p.lines).toEqual([3, 3]);
      }
    });

    it('cuts at sentence boundaries only', () => {
      for (const p of pieces) {
        const inside = splitSentences(p.text);
        for (const s of inside) expect(sentences).toContain(s);
      }
    });

    it('repeats whole sentences as overlap, at most chunkOverlap characters, and loses none', () => {
      const covered = new Set<string>();
      for (let i = 0; i < pieces.length; i++) {
        const current = splitSentences(pieces[i].text);
        for (const s of current) covered.add(s);
        if (i === 0) continue;
        const previous = splitSentences(pieces[i - 1].text);
        const shared = current.filter((s) => previous.includes(s));
        // Shared sentences are a prefix of this piece and a suffix of the previous one.
        expect(current.slice(0, shared.length)).toEqual(shared);
        expect(previous.slice(previous.length - shared.length)).toEqual(shared);
        expect(shared.reduce((n, s) => n + s.length, 0)).toBeLessThanOrEqual(options.chunkOverlap);
        expect(shared.length).toBeGreaterThan(0); // sentences here are ~70 characters: one always fits in 120
      }
      expect(covered.size).toBe(sentences.length);
    });

    it('has no overlap when chunkOverlap is 0', () => {
      const noOverlap = chunk(paragraph, { chunkSize: 300, chunkOverlap: 0 });
      const all = noOverlap.flatMap((c) => splitSentences(c.text));
      expect(all).toEqual(sentences);
    });
  });

  it('joins small neighbouring paragraphs of one section up to the chunk size', () => {
    const raw = ['Histoire', 'Histoire', 'Première phrase courte.', 'Deuxième phrase courte.', 'Troisième phrase courte.'].join('\n');
    const chunks = chunk(raw);
    expect(chunks).toHaveLength(1);
    expect(chunks[0].lines).toEqual([3, 5]);
    expect(chunks[0].heading).toBe('Histoire');
  });
});

describe('French sentence splitting', () => {
  it.each([
    ['M. Dupont est arrivé. Il a vu Mme Durand.', ['M. Dupont est arrivé.', 'Il a vu Mme Durand.']],
    ['Voir p. 12 et cf. art. 3 du règlement. Puis la suite.', ['Voir p. 12 et cf. art. 3 du règlement.', 'Puis la suite.']],
    ['Il y a env. 20 pays, p. ex. la France. Fin du texte.', ['Il y a env. 20 pays, p. ex. la France.', 'Fin du texte.']],
    ['Le Dr. Martin parle. Ensuite, J.-C. Dupont répond.', ['Le Dr. Martin parle.', 'Ensuite, J.-C. Dupont répond.']],
    [
      "L'OIM a été créée en 1951. Aujourd'hui, elle compte 175 États.",
      ["L'OIM a été créée en 1951.", "Aujourd'hui, elle compte 175 États."],
    ],
    [
      'Qu’est-ce que l’OIM ? C’est l’agence des Nations Unies pour les migrations !',
      ['Qu’est-ce que l’OIM ?', 'C’est l’agence des Nations Unies pour les migrations !'],
    ],
  ])('%s', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('line ranges of HTML passages', () => {
  it('covers every source line a wrapped paragraph spans', () => {
    const html = [
      '<html><body>',
      '<h1>Mission</h1>',
      '<p>L’Organisation compte 175 États Membres',
      'et 8 États observateurs, et des bureaux',
      'dans 171 pays.</p>',
      '</body></html>',
    ].join('\n');
    const [passage] = chunk(html, DEFAULTS, '.html');
    expect(passage.text).toBe('L’Organisation compte 175 États Membres et 8 États observateurs, et des bureaux dans 171 pays.');
    expect(passage.lines).toEqual([3, 5]);
  });
});
