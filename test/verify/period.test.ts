// Fact checking by period (src/verify/period.ts, facts.ts): a claim about a year is judged by that
// year's figure and never contradicted by another year's; a claim about no year by the most recent
// dated figure; a year no document gives is not_found, with the figures and dates the documents have.
import { beforeAll, describe, expect, it } from 'vitest';
import type { HybridRetriever } from '../../src/retrieve/hybrid.js';
import { judgeClaim } from '../../src/verify/judge.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

const CORPUS = [
  {
    text: "BRUXELLES, 19 septembre 2016 – L'Agence européenne des semences compte désormais 31 États membres.",
    language: 'fr',
    source: 'corpus/communique-2016.txt',
    date: '2016-09-19',
  },
  { text: "L'Agence européenne des semences compte 42 États membres.", language: 'fr', source: 'corpus/agence.txt', date: '2024-11-18' },
  { text: 'Elle conserve les graines des variétés anciennes.', language: 'fr', source: 'corpus/agence.txt', date: '2024-11-18' },
];

let retriever: HybridRetriever;
beforeAll(async () => {
  retriever = await memoryRetriever(CORPUS);
});

async function judge(claim: string) {
  return judgeClaim(await retriever.readAndRetrieve(claim, 5, { language: 'fr' }), retriever.vocabulary);
}

describe('claims about a period', () => {
  it('supports a year’s figure with that year’s document, whatever today’s figure', async () => {
    expect((await judge("En 2016, l'Agence européenne des semences comptait 31 États membres")).verdict).toBe('supported');
  });

  it('contradicts a wrong figure for that year with that year’s document', async () => {
    const { verdict, evidence } = await judge("En 2016, l'Agence européenne des semences comptait 42 États membres");
    expect(verdict).toBe('contradicted');
    expect(evidence[0].quote).toContain('31 États membres');
  });

  it('says not_found, with the figures and their dates, for a year no document gives', async () => {
    const { verdict, explanation } = await judge("En 2010, l'Agence européenne des semences comptait 25 États membres");
    expect(verdict).toBe('not_found');
    expect(explanation).toContain('ne donne pas ce chiffre pour 2010');
    expect(explanation).toContain('« 31 États membres » (19 septembre 2016)');
    expect(explanation).toContain('« 42 États membres » (18 novembre 2024)');
  });
});

describe('claims about no period', () => {
  it('are judged by the most recent dated figure, not contradicted by an older one', async () => {
    expect((await judge("L'Agence européenne des semences compte 42 États membres")).verdict).toBe('supported');
    const old = await judge("L'Agence européenne des semences compte 31 États membres");
    expect(old.verdict).toBe('contradicted');
    expect(old.evidence[0].quote).toContain('42 États membres');
  });
});

describe('a claim whose own year dates its figure ("its 2022 appeal")', () => {
  const APPEALS = [
    {
      text: 'The Seed Agency launched its 2022 planting appeal, seeking EUR 4 million for community gardens.',
      language: 'en',
      source: 'corpus/appeal-2022.txt',
      title: 'The Seed Agency launches its 2022 planting appeal',
      date: '2022-01-18',
    },
    {
      text: 'Seed sales across the region reached EUR 9 million in 2022.',
      language: 'en',
      source: 'corpus/report-2024.txt',
      title: 'Regional seed report',
      date: '2024-05-07',
    },
  ];
  let appeals: HybridRetriever;
  beforeAll(async () => {
    appeals = await memoryRetriever(APPEALS);
  });
  const judgeEn = async (claim: string) => judgeClaim(await appeals.readAndRetrieve(claim, 5, { language: 'en' }), appeals.vocabulary);

  it('checks the figure against that year’s sentences, where a later report does not hide the year’s own figure', async () => {
    expect((await judgeEn("The Seed Agency's 2022 planting appeal sought EUR 4 million")).verdict).toBe('supported');
    expect((await judgeEn("The Seed Agency's 2022 planting appeal sought EUR 6 million")).verdict).toBe('contradicted');
  });

  it('says not_found for another year, with the figure it has', async () => {
    const { verdict, explanation } = await judgeEn("The Seed Agency's 2023 planting appeal sought EUR 4 million");
    expect(verdict).toBe('not_found');
    expect(explanation).toContain('2023');
  });
});
