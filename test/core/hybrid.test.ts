// Hybrid ranking details (src/retrieve/hybrid.ts) on a small in-memory corpus.
import { describe, expect, it } from 'vitest';
import type { HybridRetriever } from '../../src/retrieve/hybrid.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

const retrieverOver = (texts: string[], acronyms: string[]): Promise<HybridRetriever> => memoryRetriever(texts, { acronyms });

const CORPUS = [
  "L'AFP publie des dépêches chaque jour. L'AFP emploie des journalistes dans le monde entier, et l'AFP vend ses textes.",
  "L'Agence France-Presse (AFP) est une agence de presse mondiale.",
  'Le marché des médias change vite.',
];

describe('hybrid ranking', () => {
  it('puts the passage spelling out an acronym first when the question is about that acronym', async () => {
    const withAcronym = await retrieverOver(CORPUS, ['AFP']);
    const [first] = await withAcronym.search("Qu'est-ce que l'AFP ?", 3, { language: 'fr' });
    expect(first.text).toContain('(AFP)');
    // Without knowing AFP is an acronym, the passage naming it three times comes first.
    const [plain] = await (await retrieverOver(CORPUS, [])).search("Qu'est-ce que l'AFP ?", 3, { language: 'fr' });
    expect(plain.text).not.toContain('(AFP)');
  });

  it('lets the passage covering the rest of a longer question win over the defining one', async () => {
    const retriever = await retrieverOver(CORPUS, ['AFP']);
    const passages = await retriever.search("Combien de journalistes l'AFP emploie-t-elle ?", 3, { language: 'fr' });
    expect(passages[0].text).toContain('journalistes');
    for (const p of passages) {
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
  });
});
