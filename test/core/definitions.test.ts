import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../src/answer/extractive.js';
import {
  acronymsDefinedIn,
  DEFINING_STATEMENTS,
  definersOf,
  headingIsAskedTerm,
  ownPagesOf,
  termDefiners,
  termHeadingsOf,
  termLeadOf,
} from '../../src/retrieve/definitions.js';
import type { TermGroup } from '../../src/retrieve/terms.js';
import type { Chunk } from '../../src/types.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

// Each defining-statement form with a line that defines a name and one that only mentions it, in
// both languages (invented text: a fictitious lighthouse keepers' network).
const CASES: Record<string, { defines: string[]; mentions: string[] }> = {
  'spelt-out-subject': {
    defines: [
      "Le Réseau des gardiens de phares (RGP) est l'association qui veille sur les feux de la côte.",
      'The Lighthouse Keepers Network (LKN) is a volunteer body that looks after coastal lights.',
    ],
    mentions: [
      'Il est financé par le Fonds côtier (FCB) du RGP, installé à Brest depuis 2009.',
      'BREST, 4 May 2021 – The Lighthouse Keepers Network (LKN) today opened a new station.',
    ],
  },
  'acronym-subject': {
    defines: [
      'Le RGP en bref : fondé en 1988, le RGP est la principale association de gardiens.',
      'At a glance: founded in 1988, LKN is the main network of keepers on the coast.',
    ],
    mentions: [
      'Pour devenir bénévole au RGP, écrivez à benevoles@rgp.example.org.',
      'LKN is present in 12 harbours and is led by its council.',
    ],
  },
};

describe('defining statements', () => {
  it('has a case pair for every form, and every form a reason', () => {
    expect(Object.keys(CASES).sort()).toEqual(DEFINING_STATEMENTS.map((s) => s.id).sort());
    for (const s of DEFINING_STATEMENTS) expect(s.why.length).toBeGreaterThan(20);
  });

  for (const { id, pattern } of DEFINING_STATEMENTS) {
    const { defines, mentions } = CASES[id];
    it.each(defines)(`${id}: reads a definition in "%s"`, (line) => {
      expect(new RegExp(pattern.source, pattern.flags).test(line)).toBe(true);
      expect(acronymsDefinedIn(line)).toHaveLength(1);
    });
    it.each(mentions)(`${id}: reads no definition in a mention, "%s"`, (line) => {
      expect(acronymsDefinedIn(line)).toEqual([]);
    });
  }

  it('maps each defined acronym, lower-cased, to the passages defining it', () => {
    const chunk = (text: string) => ({ text }) as Chunk;
    const definers = definersOf([
      chunk(CASES['acronym-subject'].mentions[0]),
      chunk(`Nos gardiens\n${CASES['spelt-out-subject'].defines[0]}`),
      chunk(CASES['spelt-out-subject'].defines[1]),
    ]);
    expect(Object.fromEntries(definers)).toEqual({ rgp: [1], lkn: [2] });
  });

  it("reads a name's own pages: those whose first passage defines it, not a page ending on a strip that does", () => {
    const chunk = (source: string, start: number, text: string) => ({ source, lines: [start, start + 1], text }) as Chunk;
    const pages = ownPagesOf([
      chunk('corpus/news.txt', 40, CASES['acronym-subject'].defines[0]),
      chunk('corpus/news.txt', 10, CASES['acronym-subject'].mentions[0]),
      chunk('corpus/about.txt', 12, CASES['spelt-out-subject'].defines[0]),
      chunk('corpus/about.txt', 20, 'Nos trois priorités : entretenir, former, accueillir.'),
    ]);
    expect(Object.fromEntries([...pages].map(([k, v]) => [k, [...v]]))).toEqual({ rgp: ['corpus/about.txt'] });
  });
});

describe('glossary entries: a heading that is the term asked', () => {
  const GLOSSARY = [
    { heading: 'Gardien', text: 'Personne chargée de veiller sur un feu de la côte et de tenir son journal.' },
    { heading: 'Gardien suppléant', text: 'Bénévole qui remplace un gardien pendant ses congés.' },
    { heading: 'Feu à éclipses', text: 'Feu dont la lumière disparaît à intervalles réguliers.' },
  ];
  const MENTIONS = [
    'La Journée des gardiens de phare réunit chaque année les gardiens et les gardiens retraités de la côte.',
    'Les gardiens du RGP tiennent le journal des feux, et les gardiens bénévoles les aident.',
  ];

  it.each([
    ["Qu'est-ce qu'un gardien ?", 'Personne chargée de veiller', "Qu'est-ce qu'un phare ?"],
    ["c'est quoi un gardien suppléant", 'Bénévole qui remplace', 'Qui est le gardien du phare de Brest ?'],
  ])('quotes the entry headed by the term of "%s" (%s), not for "%s"', async (asked, definition, other) => {
    const retriever = await memoryRetriever([
      ...GLOSSARY.map((g, i) => ({
        ...g,
        title: 'Glossaire',
        source: 'corpus/glossaire.txt',
        lines: [i * 2 + 1, i * 2 + 2] as [number, number],
      })),
      ...MENTIONS.map((text, i) => ({ text, title: 'Actualités', source: `corpus/actu-${i}.txt` })),
    ]);
    const answer = async (q: string) =>
      extractiveAnswer(await retriever.readAndRetrieve(q, 5, { language: 'fr' }), retriever.vocabulary).answer.answer;
    expect(await answer(asked)).toContain(definition);
    // Another term, or no definition question: no entry is taken for its definition.
    expect(await answer(other)).not.toContain(definition);
  });

  it('quotes first the line of a glossary written one entry a line ("Terme – définition"), not a mention', async () => {
    const retriever = await memoryRetriever([
      { title: 'Glossaire', source: 'corpus/glossaire.txt', text: GLOSSARY.map((g) => `${g.heading} – ${g.text}`).join('\n') },
      ...MENTIONS.map((text, i) => ({ text, title: 'Actualités', source: `corpus/actu-${i}.txt` })),
    ]);
    const first = async (q: string) =>
      extractiveAnswer(await retriever.readAndRetrieve(q, 5, { language: 'fr' }), retriever.vocabulary).answer.answer.split('\n')[1] ?? '';
    expect(await first("Qu'est-ce qu'un gardien ?")).toMatch(/^Gardien – Personne chargée/);
    const other = await first('Que tiennent les gardiens du RGP ?');
    expect(other).toMatch(/journal/);
    expect(other).not.toMatch(/^Gardien – /);
    expect(termLeadOf('Feu à éclipses : feu dont la lumière disparaît.')).toBe('Feu à éclipses');
    expect(termLeadOf('La Journée des gardiens de phare réunit chaque année les gardiens – et leurs familles.')).toBeNull();
  });

  it('takes a heading for the term only when it says the question and nothing more', () => {
    const group = (word: string, stems: string[], acronym?: string) => ({ word, stems, weight: 1, known: true, acronym }) as TermGroup;
    expect(headingIsAskedTerm('Gardien', ['gardien'], [group('gardien', ['gardien'])])).toBe(true);
    expect(headingIsAskedTerm('Gardien suppléant', ['gardien', 'supple'], [group('gardien', ['gardien'])])).toBe(false);
    expect(headingIsAskedTerm('Gardien', ['gardien'], [group('gardien', ['gardien']), group('phare', ['phar'])])).toBe(false);
    expect(headingIsAskedTerm('Réseau des gardiens de phares (RGP)', ['reseau', 'gardien', 'phar'], [group('rgp', ['rgp'], 'RGP')])).toBe(
      true,
    );
    expect(
      headingIsAskedTerm('Les gardiens de phare et leurs familles au fil des siècles', ['gardien'], [group('gardien', ['gardien'])]),
    ).toBe(false);
  });

  it('reads each term heading once, and finds the same entries as reading it per question', () => {
    const group = (word: string, stems: string[], acronym?: string) => ({ word, stems, weight: 1, known: true, acronym }) as TermGroup;
    const chunk = (text: string, heading: string) => ({ text, heading, title: 'Glossaire des phares', source: 'g.txt' }) as Chunk;
    const headings = termHeadingsOf(
      [
        chunk('Personne chargée de tenir le feu.', 'Gardien'),
        chunk('Association qui veille sur les feux de la côte.', 'Réseau des gardiens de phares (RGP)'),
        chunk('Feu à éclipses : feu dont la lumière disparaît.', 'Feux'),
      ],
      (text) =>
        text
          .toLowerCase()
          .split(/[^\p{L}]+/u)
          .filter((w) => w.length > 3),
    );
    // Every heading carries its reading: the same terms as a set, its label length and closing acronym.
    expect(headings.map((h) => [h.entry?.heading, [...(h.entry?.said ?? [])], h.entry?.entry, h.entry?.acronym])).toEqual([
      ['Gardien', ['gardien'], true, undefined],
      ['Réseau des gardiens de phares (RGP)', ['réseau', 'gardiens', 'phares'], true, 'RGP'],
      ['Feux', ['feux'], true, undefined],
      ['Feu à éclipses', ['éclipses'], true, undefined],
    ]);
    const unread = headings.map(({ index, heading, terms }) => ({ index, heading, terms }));
    for (const asked of [[group('gardien', ['gardien'])], [group('rgp', ['rgp'], 'RGP')], [group('éclipses', ['éclipses'])], []])
      expect(termDefiners(headings, asked)).toEqual(termDefiners(unread, asked));
    expect(termDefiners(headings, [group('rgp', ['rgp'], 'RGP')])).toEqual([1]);
    expect(termDefiners(headings, [group('éclipses', ['éclipses'])])).toEqual([2]);
  });
});
