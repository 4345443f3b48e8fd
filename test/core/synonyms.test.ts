// The English words a question may use for a word the corpus's English pages write (WordNet's
// synonyms, src/text/synonyms.ts): the table built at ingestion from a WordNet written for this test,
// each rule with a pair it keeps and one it refuses; then how retrieval weighs a synonym's match.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { englishStem } from '../../src/text/analyzer.js';
import { beginsPhrasalVerb, buildSynonyms, lemmasOf, MAX_SENSES, synonymsOf } from '../../src/text/synonyms.js';
import { SYNONYM_MATCH, type TermGroup } from '../../src/retrieve/terms.js';
import { PassageCoverage } from '../../src/retrieve/passageCoverage.js';
import { TermIndex } from '../../src/retrieve/termIndex.js';
import { setsApartAsked } from '../../src/answer/setApart.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

type Part = 'noun' | 'verb' | 'adj' | 'adv';
const LETTER: Record<Part, string> = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' };

/**
 * Writes a WordNet dict folder in Princeton's format: each part's synsets (name → member words) in
 * data.<part> at their byte offsets, and each lemma's synsets in sense order in index.<part>.
 */
function writeWordNet(dir: string, parts: Partial<Record<Part, { synsets: Record<string, string[]>; senses: Record<string, string[]> }>>) {
  for (const part of ['noun', 'verb', 'adj', 'adv'] as const) {
    const { synsets = {}, senses = {} } = parts[part] ?? {};
    const offsets = new Map<string, string>();
    let data = '  1 This licence line begins with spaces.\n';
    for (const [name, members] of Object.entries(synsets)) {
      const offset = String(Buffer.byteLength(data)).padStart(8, '0');
      offsets.set(name, offset);
      const words = members.map((m) => `${m} 0`).join(' ');
      data += `${offset} 29 ${LETTER[part]} ${members.length.toString(16).padStart(2, '0')} ${words} 000 | a gloss\n`;
    }
    const index = Object.entries(senses)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(
        ([lemma, names]) => `${lemma} ${LETTER[part]} ${names.length} 0 ${names.length} 0 ${names.map((n) => offsets.get(n)).join(' ')}  `,
      );
    writeFileSync(path.join(dir, `data.${part}`), data);
    writeFileSync(path.join(dir, `index.${part}`), `  1 This licence line begins with spaces.\n${index.join('\n')}\n`);
  }
}

describe('the synonym table of a corpus’s English words', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oim-wordnet-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeWordNet(dir, {
    verb: {
      synsets: {
        s1: ['keep'],
        s2: ['hold'],
        gather: ['gather', 'collect', 'pull_together'],
        rare: ['pick', 'collect'],
        x: ['x'],
        go: ['go', 'send'],
      },
      // collect's gather sense is its third, pick's only sense is its fifth; go has 26 senses (MAX_SENSES + 1), send one.
      senses: {
        collect: ['s1', 's2', 'gather', 'rare'],
        gather: ['gather'],
        pick: ['s1', 's2', 'x', 'x', 'rare'],
        go: ['go', ...Array(MAX_SENSES).fill('x')],
        send: ['go'],
      },
    },
    noun: {
      synsets: { info: ['information', 'data'], a: ['a'], b: ['b'], c: ['c'], d: ['d'], home: ['home', 'dwelling'] },
      senses: { data: ['info'], information: ['a', 'b', 'c', 'info'], dwelling: ['home'], home: ['home'] },
    },
    adj: {
      synsets: { inner: ['home', 'internal'] },
      senses: { home: ['inner'], internal: ['inner'] },
    },
  });
  const table = buildSynonyms(['We collect the data you send us, gathered as information and stored internally in internal systems.'], dir);

  const cases: Array<{ why: string; asked: string; found: string[] }> = [
    { why: 'one synset, among the first senses of both words', asked: 'gathers', found: ['collect'] },
    { why: 'the asked word’s fourth sense (ASKED_SENSES), the page word’s first', asked: 'information', found: ['data'] },
    { why: 'refused: a phrase is no question word', asked: 'pull', found: [] },
    { why: 'refused: the asked word’s fifth sense is a rare one', asked: 'pick', found: [] },
    { why: 'refused: a plural is a noun, and the adjective home is the synonym of internal', asked: 'homes', found: [] },
    { why: 'refused: the corpus writes no word of the synset (dwelling, home)', asked: 'dwelling', found: [] },
    { why: 'refused: a word of more than MAX_SENSES senses, its first sense too', asked: 'go', found: [] },
  ];
  it.each(cases)('$asked: $why', ({ asked, found }) => {
    expect(synonymsOf(table, asked)).toEqual(found);
  });

  it('keeps a page word only among its first SYNONYM_SENSES senses', () => {
    // data is asked: information is a page word only in its fourth sense.
    const pages = buildSynonyms(['The information and data are public.'], dir);
    expect(synonymsOf(pages, 'data')).toEqual([]);
    expect(synonymsOf(pages, 'information')).toEqual(['data']);
  });

  it('keeps a pair only where one page writes both words', () => {
    const apart = buildSynonyms(['We collect the data you send us.', 'Staff gather in the hall.', 'The information is public.'], dir);
    expect(synonymsOf(apart, 'gathers')).toEqual([]);
    expect(synonymsOf(apart, 'information')).toEqual([]);
    expect(synonymsOf(buildSynonyms(['We collect the data you send us. Staff gather in the hall.'], dir), 'gathers')).toEqual(['collect']);
  });

  it('reads a word as every part of speech the lexicon gives it, as its base in each', () => {
    expect(lemmasOf('homes')).toEqual([
      ['homes', 'noun'],
      ['home', 'noun'],
    ]);
    expect(lemmasOf('gathers').map(([l, p]) => `${l}/${p}`)).toContain('gather/verb');
  });
});

describe('question words that take no synonym: a phrasal verb’s verb, a name’s word', () => {
  it.each([
    {
      why: 'refused: "set up" is a phrasal verb, none of set’s senses',
      question: 'when was the agency first set up',
      word: 'set',
      phrasal: true,
    },
    { why: 'refused: "found out"', question: 'how they found out', word: 'found', phrasal: true },
    {
      why: 'a preposition after the verb is no particle',
      question: 'does the site put cookies on my computer',
      word: 'put',
      phrasal: false,
    },
    { why: 'the verb last in the question', question: 'where are the cookies set', word: 'set', phrasal: false },
  ])('$question: $why', ({ question, word, phrasal }) => {
    const ws = question.split(' ');
    expect(beginsPhrasalVerb(ws, ws.indexOf(word))).toBe(phrasal);
  });

  it('leaves a phrasal verb’s verb without synonyms in retrieval', async () => {
    const glossary = { synonyms: { 'set/verb': ['put'] } };
    const retriever = await memoryRetriever([{ text: 'Put the forms in the box.', language: 'en' }], glossary);
    const set = (q: string) => retriever.read(q, { language: 'en' }).groups.find((g) => g.word === 'set');
    expect(set('When was it set up?')?.synonyms).toBeUndefined();
    expect(set('Where are the forms set?')?.synonyms?.size).toBe(1);
  });

  it('leaves a word of a capitalised name without synonyms', async () => {
    const glossary = { synonyms: { 'state/noun': ['country'] } };
    const retriever = await memoryRetriever([{ text: 'IOM has offices in many countries.', language: 'en' }], glossary);
    const state = (q: string) => retriever.read(q, { language: 'en' }).groups.find((g) => /^states?$/.test(g.word));
    expect(state('How many Member States does IOM have?')?.synonyms).toBeUndefined();
    expect(state('Which states host IOM offices?')?.synonyms?.size).toBe(1);
  });
});

describe('a synonym in retrieval', () => {
  const group = (synonym: string): TermGroup => ({
    word: 'gather',
    stems: [englishStem('gather'), englishStem(synonym)],
    weight: 1,
    known: true,
    synonyms: new Set([englishStem(synonym)]),
    synonymShares: new Map([[englishStem(synonym), SYNONYM_MATCH]]),
  });

  it.each([
    { why: 'refused: a synonym set apart is another word (the head office)', apart: 'office', setsApart: false },
    { why: 'the word itself set apart is the one asked', apart: 'agency', setsApart: true },
  ])('setting apart $apart: $why', ({ apart, setsApart }) => {
    const agency: TermGroup = { ...group('office'), word: 'agency', stems: [englishStem('agency'), englishStem('office')] };
    expect(setsApartAsked(new Set([englishStem(apart)]), [agency])).toBe(setsApart);
  });

  it('counts SYNONYM_MATCH of a match, the word itself all of it', () => {
    const [g] = [group('collect')];
    expect(new PassageCoverage([g], new TermIndex([englishStem('collect')])).of()).toBeCloseTo(SYNONYM_MATCH);
    expect(new PassageCoverage([g], new TermIndex([englishStem('gather')])).of()).toBe(1);
  });

  it('finds the page that writes the synonym, which the word alone hardly tells from another', async () => {
    const passages = [
      { text: 'The agency was founded in Geneva, where the agency has its seat.', language: 'en' },
      { text: 'The agency collects donations in the field.', language: 'en' },
    ];
    const scores = async (glossary = {}) => {
      const found = await (await memoryRetriever(passages, glossary)).search('What does the agency gather?', 2);
      return (word: string) => found.find((p) => p.text.includes(word))?.score ?? 0;
    };
    // The pair as a corpus that writes both words on one page would have it (the table's own rules are tested above).
    const [withTable, without] = [await scores({ synonyms: { 'gather/verb': ['collect'] } }), await scores({ synonyms: {} })];
    expect(withTable('collects')).toBeGreaterThan(withTable('founded') + 0.3);
    // The same corpus without the table: nothing says gather, the two pages nearly tie (0.24, 0.22 when written).
    expect(without('collects') - without('founded')).toBeLessThan(0.1);
  });

  it('leaves a word no synonym: a page writing only a rarer sense’s word is not found for it', async () => {
    const retriever = await memoryRetriever([{ text: 'The internal audit found no fraud.', language: 'en' }]);
    const homes = retriever.read('How many homes were built?', { language: 'en' }).groups.find((g) => g.word === 'homes');
    expect(homes?.synonyms).toBeUndefined();
  });
});
