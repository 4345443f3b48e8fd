// Another date's figure is a figure of the same thing (src/answer/figures.ts preferFigures): a dated
// page's count of something else does not push out an undated page's count of what is asked.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { preferFigures } from '../../src/answer/figures.js';
import type { Passage } from '../../src/types.js';
import { memoryRetriever } from './memoryRetriever.js';

describe('figures of one kind', () => {
  it.each([
    // The dated page counts the guild's members too: its figure is the newer, the undated one goes.
    ['Le réseau des guildes compte 41 membres.', 'La guilde a été admise, portant à 44 le nombre de membres du réseau.', 0.8, false],
    // The dated page counts parts of a report: no figure for the members, the undated count stays.
    ['Le réseau des guildes compte 41 membres.', 'Depuis 2018, le rapport du réseau paraît en deux parties.', 0.8, true],
    // The dated sentence counts members of something else, saying little of the question (RIVAL_SHARE): no rival, the count asked stays.
    ['Le réseau des guildes compte 41 membres.', 'Le club de lecture a réuni 44 membres en mars.', 0.1, true],
  ])('"%s" beside a 2024 page saying "%s" (covering %s): kept %s', async (undated, dated, datedCoverage, kept) => {
    const retriever = await memoryRetriever([undated, dated]);
    const { reading } = await retriever.readAndRetrieve('Combien de membres font partie du réseau des guildes ?', 5, { language: 'fr' });
    const units = [
      { passage: 0, text: undated, coverage: 1 },
      { passage: 1, text: dated, coverage: datedCoverage },
    ];
    const passages = [{ language: 'fr' }, { language: 'fr', date: '2024-01-01' }] as Passage[];
    expect(preferFigures(reading, units, passages).units.includes(units[0])).toBe(kept);
  });
});
