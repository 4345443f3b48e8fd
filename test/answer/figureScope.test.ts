// Whether a sentence's figure is of the year and place a count question asks (src/answer/figureScope.ts):
// one row per rule, a sentence of the scope asked and one the rule puts out of it, in invented pages
// of an invented seed agency.
import { describe, expect, it } from 'vitest';
import { figureOutOfScope, SCOPE_RULES, scopeBroken, withinScope } from '../../src/answer/figureScope.js';
import { passageUnits } from '../../src/answer/units.js';
import { linePeriod } from '../../src/answer/figurePeriod.js';
import type { Passage } from '../../src/types.js';
import { type MemoryPassage, memoryRetriever } from './memoryRetriever.js';

/** A page of the test: its sentences, and its date when it has one. */
const page = (text: string, date?: string, title = 'Banques de semences'): MemoryPassage => ({
  text,
  title,
  source: `corpus/${title}.txt`,
  ...(date ? { date } : {}),
});

// [rule, question, language, the page holding the figure of the scope asked, the page whose figure the rule puts out]
const PAIRS: [string, string, 'fr' | 'en', MemoryPassage, MemoryPassage][] = [
  [
    'another-year',
    "Combien de sachets de graines l'AES a-t-elle distribués en 2016 ?",
    'fr',
    page("En 2016, l'AES a distribué 3 000 sachets de graines."),
    // 2016 is only a point of comparison: the figure is 2023's.
    page("En 2023, l'AES a distribué 9 000 sachets de graines, le nombre le plus élevé depuis 2016."),
  ],
  [
    'running-total',
    "Combien de sachets de graines l'AES a-t-elle distribués en 2016 ?",
    'fr',
    page("L'AES a distribué 3 000 sachets de graines en 2016."),
    // The total since 2001 is said by the sentence before the figure ("de ces sachets").
    page("Depuis 2001, l'AES a distribué 90 000 sachets de graines. Plus de 8 000 de ces sachets sont allés en Lettonie."),
  ],
  [
    'total-of-another-date',
    // The total since 2001 is what it asks (no running-total), as of the year it names.
    'By March 2019, how many seed bags had the Seed Agency handed out since 2001?',
    'en',
    page('Since 2001, the Seed Agency has handed out 90,000 seed bags.', '2019-03-12'),
    // The same total, on a page of 2024.
    page('Since 2001, the Seed Agency has handed out 120,000 seed bags.', '2024-03-26'),
  ],
  [
    'dated-otherwise',
    'How many seed bags did the Seed Agency hand out in 2016?',
    'en',
    page('The Seed Agency handed out 3,000 seed bags this year.', '2016-11-02'),
    page('The Seed Agency handed out 9,000 seed bags this year.', '2023-11-02'),
  ],
  [
    'people-of-another-act',
    'How many volunteers work for the Seed Agency in Latvia?',
    'en',
    page('In Latvia, 40 volunteers work for the Seed Agency.'),
    // People in general, and nothing of working: they are the people it gave seeds to.
    page('In Latvia, the Seed Agency gave seed bags to 3,000 people.'),
  ],
  [
    'names-unsaid',
    "Combien de sachets de graines l'AES a-t-elle distribués en Lettonie ?",
    'fr',
    // The place is said by the sentence its pronoun takes up.
    page("La mission de l'AES en Lettonie a ouvert en 1998. Elle a distribué 3 000 sachets de graines."),
    // The place is said only after the figure's clause turns to another matter.
    page("L'AES a distribué 9 000 sachets de graines dans le monde, mais ses vergers de Lettonie ont fermé."),
  ],
  [
    'shared-by-listed',
    "Combien de sachets de graines l'AES a-t-elle distribués en Lettonie ?",
    'fr',
    page("L'AES a distribué 3 000 sachets de graines en Lettonie."),
    // Three countries' total, Latvia one of them.
    page("L'AES a distribué 9 000 sachets de graines en Lettonie, en Estonie et en Lituanie."),
  ],
];

async function unitsOf(question: string, language: 'fr' | 'en', pages: MemoryPassage[]) {
  const retriever = await memoryRetriever(pages);
  const { reading, passages } = await retriever.readAndRetrieve(question, 5, { language });
  // The sentence giving each page's figure: the last of its sentences that writes a digit.
  const figureOf = (page: MemoryPassage) => {
    const p = passages.findIndex((passage) => typeof page !== 'string' && passage.text === page.text);
    expect(p, 'the page is retrieved').toBeGreaterThanOrEqual(0);
    return passageUnits(passages[p], p)
      .filter((u) => /\d/.test(u.text))
      .at(-1)!;
  };
  return { reading, passages, answered: figureOf(pages[0]), refused: figureOf(pages[1]) };
}

describe('the scope of a figure', () => {
  it('has a pair for every rule, and a reason', () => {
    expect(PAIRS.map((p) => p[0]).sort()).toEqual(SCOPE_RULES.map((r) => r.id).sort());
    for (const rule of SCOPE_RULES) expect(rule.why.length).toBeGreaterThan(20);
  });

  it.each(PAIRS)('%s: %s', async (id, question, language, inScope, outOfScope) => {
    const { reading, passages, answered, refused } = await unitsOf(question, language, [inScope, outOfScope]);
    expect(scopeBroken(reading, answered, passages), answered.text).toBeNull();
    expect(scopeBroken(reading, refused, passages)?.id, refused.text).toBe(id);
    // Beside the sentence of the scope asked, the other is left out; alone, it is the question's refusal.
    expect(withinScope([answered, refused], reading, passages)).toEqual([answered]);
    expect(figureOutOfScope(reading, passages, [refused])).toBe(true);
    expect(figureOutOfScope(reading, passages, [answered])).toBe(false);
  });

  it('reads the place a question names as its scope, not the body it names beside it', async () => {
    const question = 'Combien de sachets la Banque Nordique des Graines a-t-elle distribués en Lettonie ?';
    const { reading, passages, answered, refused } = await unitsOf(question, 'fr', [
      page('La Banque Nordique des Graines a distribué 3 000 sachets en Lettonie.'),
      // The body is named, the place only after the figure's clause turns to another matter.
      page('La Banque Nordique des Graines a distribué 9 000 sachets, mais ses vergers de Lettonie ont fermé.'),
    ]);
    expect(scopeBroken(reading, answered, passages)).toBeNull();
    expect(scopeBroken(reading, refused, passages)?.id).toBe('names-unsaid');
  });

  it('reads where the counted people live as the scope, not where they come from', async () => {
    // The origin is said by both lines; only the place written after "in" is where they are counted.
    const question = 'How many farmers from Estonia live in Latvia?';
    const { reading, passages, answered, refused } = await unitsOf(question, 'en', [
      page('The Seed Agency trains farmers from Estonia, of whom some 300 live in Latvia.', undefined, 'Vergers du Nord'),
      page('The Seed Agency trains farmers from Estonia, of whom some 900 live in Lithuania.', undefined, 'Vergers du Sud'),
    ]);
    expect(scopeBroken(reading, answered, passages)).toBeNull();
    expect(scopeBroken(reading, refused, passages)?.id).toBe('names-unsaid');
    expect(figureOutOfScope(reading, passages, [refused])).toBe(true);
  });

  it('keeps a listed total for a question naming every place of the list', async () => {
    const listed = page("L'AES a distribué 9 000 sachets de graines en Lettonie, en Estonie et en Lituanie.");
    const question = "Combien de sachets de graines l'AES a-t-elle distribués en Lettonie, en Estonie et en Lituanie ?";
    const { reading, passages, refused } = await unitsOf(question, 'fr', [page("L'AES a des vergers."), listed]);
    expect(scopeBroken(reading, refused, passages)).toBeNull();
  });
});

describe('the period of a figure (figurePeriod.ts)', () => {
  const periodOfLast = async (text: string, date?: string) => {
    // Its own hash: cached passages are found by it (unitCache.ts).
    const passages = [{ ...(page(text, date) as object), text, hash: text, score: 1 }] as unknown as Passage[];
    const last = passageUnits(passages[0], 0).at(-1)!;
    return linePeriod(last, passages);
  };

  it('reads a total from the sentence before it ("de ces sachets"), and a figure of now from its page', async () => {
    expect(
      await periodOfLast("Depuis 2001, l'AES a distribué 90 000 sachets. Plus de 8 000 de ces sachets sont allés en Lettonie."),
    ).toEqual({ years: [], since: 2001, dated: null });
    // "aujourd'hui": the year the sentence before gives is the office's opening, not the figure's.
    expect(await periodOfLast("La mission a ouvert en 1998. Elle compte aujourd'hui 40 agents.", '2024-03-01')).toEqual({
      years: [],
      since: null,
      dated: 2024,
    });
    expect(await periodOfLast('La mission a ouvert en 1998. Elle comptait 40 agents.', '2024-03-01')).toEqual({
      years: [1998],
      since: null,
      dated: null,
    });
  });

  it('reads "cette année" as the year its page was written, not the year the sentence before gives', async () => {
    const before = "L'appel lancé en mars 2021 n'a été financé qu'à moitié.";
    expect(await periodOfLast(`${before} Cette année, l'AES distribue des graines à 900 familles.`, '2022-09-01')).toEqual({
      years: [],
      since: null,
      dated: 2022,
    });
    expect(await periodOfLast(`${before} L'AES distribue des graines à 900 familles.`, '2022-09-01')).toEqual({
      years: [2021],
      since: null,
      dated: null,
    });
  });
});
