import { describe, expect, it } from 'vitest';
import { acronymsDefinedIn, DEFINING_STATEMENTS, definersOf, ownPagesOf } from '../../src/retrieve/definitions.js';
import type { Chunk } from '../../src/types.js';

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
