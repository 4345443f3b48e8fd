// Dated events in claims (src/verify/facts.ts, apposition.ts): a "since" date is compared at the
// claim's precision (month, day); the subject of an apposition ("X, en fonction depuis…") is its
// sentence's, but not past a clause joined by "et" + verb; a sentence that names someone else does
// not borrow the claim's names from its page's title.
import { beforeAll, describe, expect, it } from 'vitest';
import type { HybridRetriever } from '../../src/retrieve/hybrid.js';
import { judgeClaim } from '../../src/verify/judge.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

const CORPUS = [
  {
    text: 'Le fonds des semences est présidé par sa directrice, Jane Roe, en fonction depuis le 3 mars 2019.',
    language: 'fr',
    source: 'corpus/semences.txt',
    title: 'Le fonds des semences',
  },
  {
    text: 'Le fonds des sols, qui a été créé en 1975 et fait partie du réseau des Nations Unies, aide les agriculteurs.',
    language: 'fr',
    source: 'corpus/sols.txt',
    title: 'Le fonds des sols',
  },
  {
    text: 'Paul Durand est forestier.',
    language: 'fr',
    source: 'corpus/forets.txt',
    title: 'Le Conseil nomme Paul Durand à la tête du fonds des forêts',
  },
  {
    text: 'Il succédera à Marie Curval, qui aura présidé le fonds des forêts pendant deux mandats, depuis 2008.',
    language: 'fr',
    source: 'corpus/forets.txt',
    title: 'Le Conseil nomme Paul Durand à la tête du fonds des forêts',
  },
  {
    text: 'Luc Martin est agronome.',
    language: 'fr',
    source: 'corpus/prairies.txt',
    title: 'Le Conseil reconduit Luc Martin à la tête du fonds des prairies',
  },
  {
    text: 'Il préside le fonds des prairies depuis 2011.',
    language: 'fr',
    source: 'corpus/prairies.txt',
    title: 'Le Conseil reconduit Luc Martin à la tête du fonds des prairies',
  },
  {
    text: 'Le fonds des landes travaille avec les bergers depuis 1985.',
    language: 'fr',
    source: 'corpus/landes.txt',
    title: 'Le fonds des landes',
  },
  { text: 'Depuis 1999, le fonds des landes a planté plus de 5 000 haies.', language: 'fr', source: 'corpus/haies.txt', title: 'Haies' },
];

let retriever: HybridRetriever;
beforeAll(async () => {
  retriever = await memoryRetriever(CORPUS);
});
const judge = async (claim: string) => judgeClaim(await retriever.readAndRetrieve(claim, 5, { language: 'fr' }), retriever.vocabulary);

describe('dated events in claims', () => {
  it.each([
    // A "since" date at the claim's precision: the month, then the day.
    ['Jane Roe préside le fonds des semences depuis mars 2019', 'supported'],
    ['Jane Roe préside le fonds des semences depuis juin 2019', 'contradicted'],
    ['Jane Roe préside le fonds des semences depuis le 3 mars 2019', 'supported'],
    ['Jane Roe préside le fonds des semences depuis le 9 mars 2019', 'contradicted'],
    // The subject of the apposition is the sentence's; a clause joined by "et" + verb is not the date's setting.
    ['Le fonds des sols a été créé en 1975', 'supported'],
    ['Le fonds des sols a été créé en 1975 par les Nations Unies', 'not_found'],
    // A sentence that dates another person's term says nothing of the person its page's title and previous sentence name…
    ['Paul Durand préside le fonds des forêts depuis 2008', 'not_found'],
    // …while a sentence that names nobody else takes its subject from them.
    ['Luc Martin préside le fonds des prairies depuis 2011', 'supported'],
    // A date alone in the claim's first clause is set by the rest of the claim: the hedges' 1999, not the shepherds' 1985.
    ['Depuis 1999, le fonds des landes a planté plus de 4 000 haies', 'supported'],
    ['Depuis 1985, le fonds des landes a planté plus de 4 000 haies', 'contradicted'],
  ])('%s → %s', async (claim, verdict) => {
    expect((await judge(claim)).verdict).toBe(verdict);
  });
});
