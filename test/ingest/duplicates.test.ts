// Duplicate passages are indexed once: a page captured twice, its print version, a copy with one
// word changed. Copies are recorded as alternates; a copy stating other figures is another fact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparable } from '../../src/corpus/comparable.js';
import { mergeDuplicates } from '../../src/ingest/duplicates.js';
import type { Chunk } from '../../src/types.js';
import { corpusFile, FRENCH_TOPICS, frenchPage, passagesOf } from './support.js';

const [title, paragraphs] = FRENCH_TOPICS[0];
const page = frenchPage(title, paragraphs);

const chunk = (source: string, text: string, extra: Partial<Chunk> = {}): Chunk => ({
  text,
  source,
  title: 't',
  heading: null,
  lines: [1, 1],
  hash: text,
  language: 'fr',
  ...extra,
});

describe('duplicate pages', () => {
  it('a page captured twice gives each passage once, the second capture as alternate', () => {
    const files = [corpusFile('a.txt', page), corpusFile('b.txt', page), corpusFile('autre.txt', frenchPage(...FRENCH_TOPICS[1]))];
    const { chunks, cleaning } = passagesOf(files);
    for (const p of paragraphs) {
      const holding = chunks.filter((c) => c.text.includes(p));
      expect(holding).toHaveLength(1);
      expect(holding[0].source).toBe('corpus/a.txt');
      expect(holding[0].alternates).toEqual(['corpus/b.txt']);
    }
    expect(cleaning.duplicatesMerged).toBeGreaterThan(0);
  });

  it('a print version (other spacing, case, quotes and a printing header) is the same page; the page with an address is kept', () => {
    const print = [
      'Version imprimable',
      title.toUpperCase(),
      ...paragraphs.map((p) => p.replace(/ /g, '  ').replace(/'/g, '’').toUpperCase()),
      '© page 1/1',
    ].join('\n');
    const online = [title, title, ...paragraphs].join('\n');
    const files = [corpusFile('a-imprimer.txt', print), corpusFile('a.txt', online, { url: 'https://example.org/fr/urgences' })];
    const { chunks } = passagesOf(files);
    const own = chunks.filter((c) => paragraphs.some((p) => comparable(c.text).includes(comparable(p))));
    expect(own).toHaveLength(1);
    expect(own[0].source).toBe('corpus/a.txt');
    expect(own[0].alternates).toEqual(['corpus/a-imprimer.txt']);
  });
});

describe('mergeDuplicates', () => {
  const text =
    'Les équipes mobiles se rendent chaque semaine dans les villages isolés pour vacciner les enfants, suivre les femmes enceintes et former les agents de santé communautaires.';

  it('merges a copy with one word changed (near duplicate)', () => {
    const copy = text.replace('chaque semaine', 'chaque mois');
    const { chunks, merged } = mergeDuplicates([chunk('a', text), chunk('b', copy)]);
    expect(merged).toBe(1);
    expect(chunks).toHaveLength(1);
    expect(chunks[0].alternates).toEqual(['b']);
  });

  it('keeps apart two texts alike in words but stating different figures', () => {
    const a = 'L’Organisation compte 175 États Membres et 8 États observateurs, et des bureaux dans plus de 100 pays.';
    const b = a.replace('175', '155');
    expect(mergeDuplicates([chunk('a', a), chunk('b', b)]).chunks).toHaveLength(2);
  });

  it('keeps apart texts that share a few sentences but say more', () => {
    const longer = `${text} Elles distribuent aussi des moustiquaires et de l’eau potable pendant la saison des pluies.`;
    expect(mergeDuplicates([chunk('a', text), chunk('b', longer)]).chunks).toHaveLength(2);
  });

  it('keeps apart the same words in two languages (translations are pairs, not copies)', () => {
    expect(
      mergeDuplicates([chunk('a', 'COVID-19 : 2020–2022'), chunk('b', 'COVID-19 : 2020–2022', { language: 'en' })]).chunks,
    ).toHaveLength(2);
  });

  it('leaves no two passages alike and loses no text, whatever the copies (property)', () => {
    const pool = FRENCH_TOPICS.flatMap(([, ps]) => ps);
    const noisy = (t: string, kind: number) => [t, t.toUpperCase(), t.replace(/ /g, '  '), t.replace(/,/g, ' ,'), `« ${t} »`][kind];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(pool.length - 1), fc.nat(4), fc.nat(5)), { minLength: 1, maxLength: 30 }), (picks) => {
        const input = picks.map(([p, kind, source], i) => chunk(`s${source}`, noisy(pool[p], kind), { hash: String(i) }));
        const { chunks, merged } = mergeDuplicates(input);
        const keys = chunks.map((c) => comparable(c.text));
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(new Set(input.map((c) => comparable(c.text))));
        expect(chunks.length + merged).toBe(input.length);
        for (const c of chunks) expect(c.alternates ?? []).not.toContain(c.source);
      }),
    );
  });
});
