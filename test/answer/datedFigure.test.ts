// A count asked of a year, answered by the release of that year (select.ts, figurePeriod.ts
// datedInPeriod, writtenFacts.ts numbersTied): the release's figure line does not repeat the year
// its dateline and its page's date give. Invented releases of an invented seed agency, one per year.
import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../src/answer/extractive.js';
import { scoreUnits } from '../../src/answer/select.js';
import { knownSaidHeaded } from '../../src/answer/thingSaid.js';
import { textTerms } from '../../src/text/termSets.js';
import { type MemoryPassage, memoryRetriever } from './memoryRetriever.js';

const release = (year: string, members: string, staff: string, source: string): MemoryPassage => ({
  text: [
    `TARTU, 27 novembre ${year} – Le conseil de l'Agence européenne des semences (AES) a admis aujourd'hui deux nouveaux membres, portant à ${members} le nombre de ses États membres.`,
    '« La graine se garde mieux ensemble », a déclaré la présidente devant les délégués.',
    `L'AES dispose désormais de banques dans 30 pays et compte quelque ${staff} membres du personnel.`,
  ].join('\n'),
  source,
  title: `Le conseil de l'AES accueille deux membres (${year})`,
  date: `${year}-11-27`,
});

const RELEASES = [
  release('2019', '41', '1 430', 'corpus/2019.txt'),
  release('2016', '36', '980', 'corpus/2016.txt'),
  // A line writing the year and "personnes": without the year said by the staff line's date, it
  // outranked it, and its figure (a total since 2014) was all there was to quote.
  {
    text: "TARTU, 12 mars 2019 – Au moins 5 000 personnes ont visité les banques de l'AES depuis 2014.",
    source: 'corpus/visites.txt',
    title: 'Visites des banques de graines',
    date: '2019-03-12',
  },
];

async function answer(question: string) {
  const retriever = await memoryRetriever(RELEASES);
  return extractiveAnswer(await retriever.readAndRetrieve(question, 5, { language: 'fr' }), retriever.vocabulary);
}

describe('a count of the year asked, from that year’s release', () => {
  it('counts the year said by the release’s date in the figure line’s coverage, not another year’s', async () => {
    const retriever = await memoryRetriever(RELEASES);
    const { reading, passages } = await retriever.readAndRetrieve("Combien de personnes l'AES employait-elle en 2019 ?", 5, {
      language: 'fr',
    });
    const staff = (figure: string) => scoreUnits(reading, passages).find((u) => u.text.includes(figure))!;
    // The same words but the year: the line of 2019 says the question's year by its date.
    expect(staff('1 430').coverage).toBeGreaterThan(staff('980').coverage);
  });

  it('quotes the figure line of the release of that year, whose words say the staff in other words', async () => {
    const { answer: a, decision } = await answer("Combien de personnes l'AES employait-elle en 2019 ?");
    expect(decision.grounded, decision.rule).toBe(true);
    expect(a.answer).toMatch(/1 430 membres du personnel/);
    expect(a.answer).not.toMatch(/980/);
  });

  it('says the year asked by the date of the figure line quoted (knownSaidHeaded)', async () => {
    const retriever = await memoryRetriever(RELEASES);
    const { reading, passages } = await retriever.readAndRetrieve("Combien de personnes l'AES employait-elle en 2016 ?", 5, {
      language: 'fr',
    });
    const said = (figure: string) => {
      const unit = scoreUnits(reading, passages).find((u) => u.text.includes(figure))!;
      return knownSaidHeaded(reading, passages, { units: [unit], best: unit, asOf: null }, textTerms(unit.text, 'fr'));
    };
    // The same words but the figure: the release of 2016 says its year, the one of 2019 another.
    expect(said('980')).toBeGreaterThan(said('1 430'));
  });

  it('refuses a year no release is of: the figure lines are dated otherwise', async () => {
    const { decision } = await answer("Combien de personnes l'AES employait-elle en 2005 ?");
    expect(decision.grounded).toBe(false);
  });
});
