// Translated pairs: the same page in French and English is linked at ingestion (sidecar, hreflang,
// addresses, or — when nothing links them — the figures both write), and aligned sentence by
// sentence; a passage carries, for its sentences, the other page's own sentences and their lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../src/ingest/align.js';
import { corpusFile, passagesOf } from './support.js';

// A page and its translation, written for these tests: figures in most sentences, not all.
const FR = [
  'Le bureau de pays a ouvert ses portes en 1994 dans la capitale.',
  'Il emploie aujourd’hui 240 personnes réparties dans 6 antennes régionales.',
  'Ses équipes ont aidé 18 500 personnes déplacées au cours de l’année écoulée.',
  'La priorité reste l’accès à un abri sûr et à l’eau potable.',
  'Un programme de formation a accueilli 1 200 jeunes dans 14 villes.',
];
const EN = [
  'The country office opened in 1994 in the capital.',
  'It now employs 240 people across 6 regional sub-offices.',
  'Its teams assisted 18,500 displaced people over the past year.',
  'Access to safe shelter and drinking water remains the priority.',
  'A training programme welcomed 1,200 young people in 14 cities.',
];
const page = (title: string, sentences: string[]) => [title, title, ...sentences].join('\n');
const frPage = page('Notre bureau de pays', FR);
const enPage = page('Our country office', EN);

function pairsOf(files: ReturnType<typeof corpusFile>[]) {
  const { documents, pairs, chunks } = passagesOf(files);
  return { documents, pairs, chunks, evidence: pairs.map((p) => p.evidence) };
}

describe('linking a page and its translation', () => {
  it.each([
    ['a sidecar naming the file', { translations: ['en/bureau.txt'] }, {}],
    [
      'a sidecar naming the address',
      { translations: [{ language: 'en', url: 'https://example.org/en/office' }] },
      { url: 'https://example.org/en/office' },
    ],
    ['the English sidecar naming the French page', {}, { translations: { fr: 'corpus/fr/bureau.txt' } }],
  ])('links them by %s, both ways', (_, frMeta, enMeta) => {
    const { documents, evidence } = pairsOf([
      corpusFile('fr/bureau.txt', frPage, { language: 'fr', ...frMeta }),
      corpusFile('en/bureau.txt', enPage.replace('1994', '1995'), { language: 'en', ...enMeta }),
    ]);
    expect(evidence).toEqual(['sidecar']);
    expect(documents[0].translations).toEqual([{ language: 'en', source: 'corpus/en/bureau.txt', evidence: 'sidecar' }]);
    expect(documents[1].translations).toEqual([{ language: 'fr', source: 'corpus/fr/bureau.txt', evidence: 'sidecar' }]);
  });

  it('links HTML pages by their hreflang alternates', () => {
    const html = (lang: string, self: string, other: string, otherLang: string, text: string[]) =>
      `<html lang="${lang}"><head><link rel="canonical" href="${self}"><link rel="alternate" hreflang="${otherLang}" href="${other}"></head><body><h1>T</h1>${text.map((t) => `<p>${t}</p>`).join('')}</body></html>`;
    const { evidence } = pairsOf([
      corpusFile('bureau.html', html('fr', 'https://example.org/bureau', '/office', 'en', FR)),
      corpusFile('office.html', html('en', 'https://example.org/office', '/bureau', 'fr', EN.slice(0, 2))),
    ]);
    expect(evidence).toEqual(['hreflang']);
  });

  it.each([
    ['addresses', 'a.txt', 'b.txt', { url: 'https://example.org/fr/bureau/' }, { url: 'https://example.org/en/bureau' }],
    ['file paths', 'fr/bureau.txt', 'en/bureau.txt', {}, {}],
    ['file names', 'bureau.fr.txt', 'bureau.en.txt', {}, {}],
  ])('links them by %s that differ only by the language', (_, frName, enName, frMeta, enMeta) => {
    const { evidence } = pairsOf([
      corpusFile(enName, enPage.replace(/\d/g, '7'), { language: 'en', ...enMeta }),
      corpusFile(frName, frPage, { language: 'fr', ...frMeta }),
    ]);
    expect(evidence).toEqual(['address']);
  });

  it('links two captures nothing links when they write the same figures, whichever comes first', () => {
    for (const order of [
      ['a.txt', 'b.txt'],
      ['b.txt', 'a.txt'],
    ]) {
      const { pairs } = pairsOf([
        corpusFile(order[0], frPage),
        corpusFile(order[1], enPage),
        corpusFile(
          'c.txt',
          page(
            'Autre page',
            FR.map((s) => s.replace(/\d+/g, '3')),
          ),
        ),
      ]);
      expect(pairs).toHaveLength(1);
      expect(pairs[0].evidence).toBe('anchors');
      expect(new Set([pairs[0].left, pairs[0].right])).toEqual(new Set([`corpus/${order[0]}`, `corpus/${order[1]}`]));
    }
  });

  it('does not link pages on one subject whose figures differ (another year), nor two pages in one language', () => {
    const later = EN.map((s) => s.replace('240', '310').replace('18,500', '22,000').replace('1,200', '900'));
    expect(pairsOf([corpusFile('a.txt', frPage), corpusFile('b.txt', page('Our country office', later))]).pairs).toEqual([]);
    expect(pairsOf([corpusFile('a.txt', frPage), corpusFile('b.txt', frPage.replace('Notre', 'Le'))]).pairs).toEqual([]);
  });
});

describe('the alignment stored with the passages', () => {
  const files = [corpusFile('fr/bureau.txt', frPage, { language: 'fr' }), corpusFile('en/bureau.txt', enPage, { language: 'en' })];
  const { chunks } = pairsOf(files);
  const enLines = enPage.split('\n');

  it('gives each sentence of a passage the other page’s own sentence, with its lines there', () => {
    const fr = chunks.find((c) => c.source === 'corpus/fr/bureau.txt')!;
    const [translation] = fr.translations!;
    expect(translation).toMatchObject({ language: 'en', source: 'corpus/en/bureau.txt', title: 'Our country office' });
    expect(translation.sentences.map((s) => [s.text, s.translation])).toEqual(FR.map((s, i) => [s, EN[i]]));
    for (const s of translation.sentences) expect(enLines[s.lines[0] - 1]).toContain(s.translation);
  });

  it('works the other way round, and offers only sentences the other page has', () => {
    const extra = 'Une phrase sans équivalent anglais, propre à la version française de la page.';
    const frLonger = page('Notre bureau de pays', [...FR.slice(0, 3), extra, ...FR.slice(3)]);
    const { chunks: withExtra } = pairsOf([
      corpusFile('fr/bureau.txt', frLonger, { language: 'fr' }),
      corpusFile('en/bureau.txt', enPage, { language: 'en' }),
    ]);
    const en = withExtra.find((c) => c.source === 'corpus/en/bureau.txt')!;
    const offered = en.translations![0].sentences;
    expect(offered.map((s) => s.text)).toEqual(EN);
    offered.forEach((s, i) => {
      expect(s.translation).toContain(FR[i]);
      // Verbatim sentences of the French page, at the lines given.
      const frLines = frLonger
        .split('\n')
        .slice(s.lines[0] - 1, s.lines[1])
        .join(' ');
      for (const sentence of s.translation.split(/(?<=\.) /)) expect(frLines).toContain(sentence);
    });
  });
});

describe('Gale–Church alignment with anchors', () => {
  it('aligns any page with itself one to one (property)', () => {
    const sentence = fc.stringMatching(/^[A-Z][a-z]{1,12}( [a-z0-9]{1,10}){0,15}\.$/);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 25 }), (sentences) => {
        const beads = alignSentences(sentences, sentences);
        expect(beads.map((b) => [b.left, b.right])).toEqual(sentences.map((_, i) => [[i], [i]]));
        expect(beads.every((b) => b.plausible)).toBe(true);
      }),
    );
  });

  it('lets figures pick the pairs when lengths mislead', () => {
    // The English page says in one sentence what the French says in two, and opens at greater
    // length: by lengths alone the French opening pair goes with the long English opening.
    const left = [
      'Le bureau a ouvert en 1994.',
      'Il emploie 240 personnes.',
      'Ses équipes ont aidé 18 500 personnes déplacées au cours de l’année écoulée.',
      'Un programme a formé 1 200 jeunes.',
    ];
    const right = [
      'The office opened its doors in the capital in 1994, just after the ceasefire.',
      'With 240 staff, its teams assisted 18,500 displaced people over the past year.',
      'A programme trained 1,200 young people.',
    ];
    const pairs = (beads: ReturnType<typeof alignSentences>) => beads.map((b) => [b.left, b.right]);
    const expected = [
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
    ];
    expect(pairs(alignSentences(left, right, { anchors: false }))).not.toEqual(expected);
    expect(pairs(alignSentences(left, right))).toEqual(expected);
  });
});
