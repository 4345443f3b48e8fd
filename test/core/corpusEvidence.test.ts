// What the corpus's own text teaches about words (src/retrieve/corpusEvidence.ts) and how ranking
// uses it and the passages' structure (hybrid.ts): proper names weigh more, translated pages attest
// the dictionary sense the organisation uses, a heading-only match counts half, a document's date
// stands for the year a question names, the period asked is preferred. Corpora written for this test.
import { describe, expect, it } from 'vitest';
import { AlignedLexicon, properNames } from '../../src/retrieve/corpusEvidence.js';
import { englishStem, stem } from '../../src/text/analyzer.js';
import type { Chunk } from '../../src/types.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

const aligned = (text: string, translation: string): Partial<Chunk> & { text: string } => ({
  text,
  language: 'fr',
  translations: [{ language: 'en', source: 'corpus/en.md', title: 'EN', sentences: [{ text, translation, lines: [1, 1] }] }],
});

describe('proper names', () => {
  it('are the words written capitalised inside sentences and never in lower case', () => {
    const names = properNames([
      { text: 'Le bureau du Sénégal ouvre à Dakar. Les Bureaux régionaux aussi.' },
      { text: 'La mission au Sénégal compte un bureau.' },
    ]);
    expect([...names].sort()).toEqual(['dakar', 'senegal']);
  });

  it('include a name after a colon or a semicolon, and not a word written in lower case elsewhere', () => {
    const names = properNames([
      { text: 'Contact presse : Mariam Diop ; Jonas Keller, Genève.' },
      { text: 'Note : Contact avant midi. Le contact du bureau.' },
    ]);
    expect([...names].sort()).toEqual(['diop', 'geneve', 'jonas', 'keller', 'mariam']);
  });
});

describe('translations attested by translated pages', () => {
  const chunks = [
    aligned("L'Agence compte 42 États Membres.", 'The Agency has 42 Member States.'),
    aligned('Les États Membres se réunissent chaque année.', 'The Member States meet every year.'),
    aligned('Le bureau de Dakar coordonne la région.', 'The Dakar office coordinates the region.'),
  ];

  it('pair the words their aligned sentences share', () => {
    const lexicon = new AlignedLexicon(chunks);
    expect(lexicon.knows(englishStem('states'), 'en')).toBe(true);
    expect(lexicon.attests(englishStem('states'), stem('états'))).toBe(true);
    expect(lexicon.attests(englishStem('states'), stem('déclarer'))).toBe(false);
  });

  it('keep only the dictionary senses the corpus attests, all of them for a word it does not know', async () => {
    const { vocabulary } = await memoryRetriever(chunks, { entries: { state: ['déclarer', 'état'], agenc: ['agence', 'bureau'] } });
    const forms = vocabulary.translations('How many states does the agency have?', 'en');
    expect(forms.get('states')?.map((f) => f.word)).toEqual(['état']);
    expect(forms.get('agency')?.map((f) => f.word)).toEqual(expect.arrayContaining(['agence', 'bureau']));
  });
});

describe('a verb whose stem the translated pages write as a noun only', () => {
  const chunks = [
    aligned('La foule a atteint un record.', 'The crowd reached a record.'),
    aligned('Le club détient le record de la région.', 'The club holds the record of the region.'),
    aligned('Le club a réalisé un bénéfice.', 'The club recorded a profit.'),
  ];
  const nounOnly = chunks.slice(0, 2);
  const entries = { record: ['enregistrer', 'record'] };

  it('keeps all its dictionary senses: the pages attest the noun’s', async () => {
    const { vocabulary } = await memoryRetriever(nounOnly, { entries });
    const forms = vocabulary.translations('What has the club recorded?', 'en');
    expect(forms.get('recorded')?.map((f) => f.word)).toEqual(expect.arrayContaining(['enregistrer', 'record']));
    // The noun asked keeps the sense the pages attest.
    expect(
      vocabulary
        .translations('What is the record?', 'en')
        .get('record')
        ?.map((f) => f.word),
    ).toEqual(['record']);
  });

  it('keeps the senses attested when the pages write the verb too (another sense of it here)', async () => {
    const { vocabulary } = await memoryRetriever(chunks, { entries });
    expect(
      vocabulary
        .translations('What has the club recorded?', 'en')
        .get('recorded')
        ?.map((f) => f.word),
    ).not.toContain('enregistrer');
  });
});

describe('translations the translated pages give where the dictionary has none', () => {
  const chunks = [
    aligned('Le siège de Genève coordonne les bureaux.', 'The Geneva headquarters coordinates the offices.'),
    aligned('Le siège fixe les règles.', 'The headquarters sets the rules.'),
    aligned('Les bureaux rendent compte au siège chaque mois.', 'The offices report to headquarters every month.'),
    aligned('Le comité publie un rapport.', 'The committee publishes a report.'),
  ];

  it('link two stems seen together often, each the other’s best partner', () => {
    const lexicon = new AlignedLexicon(chunks);
    expect(lexicon.translationOf(englishStem('headquarters'), 'en')).toBe('siège');
    expect(lexicon.translationOf(stem('siège'), 'fr')).toBe('headquarters');
    // Seen in one aligned sentence only: the words beside it are as likely.
    expect(lexicon.translationOf(englishStem('committee'), 'en')).toBeNull();
  });

  it('translate a question word the dictionary does not know, and leave the dictionary’s own alone', async () => {
    const { vocabulary } = await memoryRetriever(chunks, { entries: { offic: ['bureau'] } });
    const forms = vocabulary.translations('Where are the headquarters and offices?', 'en');
    expect(forms.get('headquarters')?.map((f) => f.word)).toEqual(['siège']);
    expect(forms.get('offices')?.map((f) => f.word)).toEqual(['bureau']);
  });

  it('add the pages’ own word beside a dictionary whose senses they never use', async () => {
    // The dictionary's "quartier général" sense is not what these pages write for headquarters.
    const { vocabulary } = await memoryRetriever(chunks, { entries: { headquart: ['quartier'] } });
    const forms = vocabulary.translations('Where are the headquarters?', 'en');
    expect(forms.get('headquarters')?.map((f) => f.word)).toEqual(['quartier', 'siège']);
  });
});

describe('a word the translated pages write with two synonyms', () => {
  // "navire" is written "vessel" in four sentences, "ship" in four more (and "ship" once elsewhere):
  // navire's best partner is vessel, ship's is navire, close behind (Dice 0.62 against 0.67).
  const chunks = [
    aligned("Le navire quitte Brest à l'aube.", 'The ship leaves Brest at dawn.'),
    aligned('Le navire transporte du blé.', 'The ship carries wheat.'),
    aligned('Le navire accoste à Cork.', 'The ship docks at Cork.'),
    aligned('Le navire rentre en mars.', 'The ship returns in March.'),
    aligned('La flotte compte un seul chalutier.', 'The fleet counts one ship.'),
    aligned('Le navire est réparé chaque hiver.', 'The vessel is repaired every winter.'),
    aligned('Le navire attend la marée.', 'The vessel waits for the tide.'),
    aligned('Le navire embarque dix passagers.', 'The vessel takes ten passengers.'),
    aligned('Le navire porte un pavillon bleu.', 'The vessel flies a blue flag.'),
  ];

  it('links both to it, not only the one it is seen with most', () => {
    const lexicon = new AlignedLexicon(chunks);
    expect(lexicon.translationOf(stem('navire'), 'fr')).toBe('vessel');
    expect(lexicon.translationOf(englishStem('vessel'), 'en')).toBe('navire');
    expect(lexicon.translationOf(englishStem('ship'), 'en')).toBe('navire');
  });
});

describe('ranking', () => {
  it('counts a word found only in the section heading at half', async () => {
    const retriever = await memoryRetriever([
      { text: 'Contact presse : Jean Dupont, tél. 555 01 45.', heading: 'Appel mondial des semences', language: 'fr' },
      { text: "L'appel mondial des semences demande trois millions de graines.", language: 'fr' },
    ]);
    const [first] = await retriever.search("Que demande l'appel mondial des semences ?", 2, { language: 'fr' });
    expect(first.text).toContain('trois millions');
  });

  it('prefers a document of the year a question names, its date standing for the year', async () => {
    const retriever = await memoryRetriever([
      { text: "L'Agence compte 31 États membres.", language: 'fr', source: 'corpus/2016.txt', date: '2016-09-19' },
      { text: "L'Agence compte 42 États membres.", language: 'fr', source: 'corpus/2024.txt', date: '2024-11-18' },
    ]);
    const [asked] = await retriever.search("En 2016, combien d'États membres comptait l'Agence ?", 2, { language: 'fr' });
    expect(asked.source).toBe('corpus/2016.txt');
    const [now] = await retriever.search("Combien d'États membres compte l'Agence ?", 2, { language: 'fr' });
    expect(now.source).toBe('corpus/2024.txt');
  });

  it('weighs a name the corpus writes more than the common words around it', async () => {
    const retriever = await memoryRetriever([
      { text: 'Le bureau de Dakar au Sénégal compte douze agents.', language: 'fr' },
      { text: 'Le bureau compte des agents dans chaque pays et chaque région du monde.', language: 'fr' },
    ]);
    const reading = retriever.read("Combien d'agents le bureau du Sénégal compte-t-il ?", { language: 'fr' });
    const weight = (w: string) => reading.groups.find((g) => g.word === w)?.weight ?? 0;
    expect(weight('sénégal')).toBeGreaterThan(weight('agents'));
    const [first] = await retriever.search("Combien d'agents le bureau du Sénégal compte-t-il ?", 2, { language: 'fr' });
    expect(first.text).toContain('Sénégal');
  });
});
