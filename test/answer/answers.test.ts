// The offline answer over several dated documents in two languages (src/answer): the language of
// the quotes named, one date's figure when documents disagree ("as of"), each text cited once,
// site chrome never quoted, links to the quoted sentence, related pages offered on a refusal.
// The corpora are written for this test.
import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../src/answer/extractive.js';
import { relatedPages } from '../../src/answer/related.js';
import type { Language, Passage } from '../../src/types.js';
import { type MemoryPassage, memoryRetriever } from './memoryRetriever.js';

async function answer(passages: MemoryPassage[], question: string, language: Language) {
  const retriever = await memoryRetriever(passages);
  return extractiveAnswer(await retriever.readAndRetrieve(question, 5, { language }), retriever.vocabulary).answer;
}

const RELEASE_2016 = {
  text: "L'Agence européenne des semences compte désormais 31 États membres, après l'adhésion de la Norvège.",
  language: 'fr',
  source: 'corpus/2016.txt',
  title: 'Communiqué 2016',
  date: '2016-09-19',
};
const ABOUT_2024 = {
  text: "L'Agence européenne des semences compte 42 États membres et conserve des graines de tout le continent.",
  language: 'fr',
  source: 'corpus/agence.txt',
  title: 'Qui sommes-nous — Agence européenne des semences',
  date: '2024-11-18',
  url: 'https://example.org/fr/agence',
};

describe('figures that changed over time', () => {
  it('quotes the most recent figure only, and says as of when', async () => {
    const { answer: text } = await answer(
      [RELEASE_2016, ABOUT_2024],
      "Combien d'États membres compte l'Agence européenne des semences ?",
      'fr',
    );
    expect(text).toContain('42 États membres');
    expect(text).not.toContain('31');
    expect(text).toContain('(au 18 novembre 2024)');
  });

  it('quotes the figure of the period the question names', async () => {
    const { answer: text, grounded } = await answer(
      [RELEASE_2016, ABOUT_2024],
      "En 2016, combien d'États membres comptait l'Agence européenne des semences ?",
      'fr',
    );
    expect(grounded).toBe(true);
    expect(text).toContain('31 États membres');
    expect(text).not.toContain('42');
  });

  it('reads a bare number as the figure when the words around it name what is counted', async () => {
    const release = {
      ...RELEASE_2016,
      text: "L'Agence européenne des semences a admis la Norvège, portant à 31 le nombre de ses États membres.",
    };
    const { answer: text } = await answer([release, ABOUT_2024], "Combien d'États membres compte l'Agence européenne des semences ?", 'fr');
    expect(text).toContain('42 États membres');
    expect(text).not.toContain('31');
    // The two dates disagree on the figure: the answer says as of when its figure is.
    expect(text).toContain('(au 18 novembre 2024)');
  });

  it('compares the counts of sentences that say the question even when it names their unit otherwise', async () => {
    const sentence = (figure: string) => `Depuis 2010, l'Agence européenne des semences a distribué des graines à ${figure} agriculteurs.`;
    const { answer: text } = await answer(
      [
        { ...RELEASE_2016, text: sentence('31 000') },
        { ...ABOUT_2024, text: sentence('plus de 52 000') },
        { text: 'Les personnes intéressées peuvent écrire au secrétariat.', source: 'corpus/contact.txt', title: 'Contact' },
        { text: 'Les visites pour les personnes handicapées sont gratuites.', source: 'corpus/visites.txt', title: 'Visites' },
      ],
      "Depuis 2010, à combien de personnes l'Agence européenne des semences a-t-elle distribué des graines ?",
      'fr',
    );
    expect(text).toContain('52 000');
    expect(text).not.toContain('31 000');
    expect(text).toContain('(au 18 novembre 2024)');
  });

  it('leaves figures alone when no date tells them apart', async () => {
    const undated = [RELEASE_2016, ABOUT_2024].map(({ date: _, ...p }) => p);
    const { answer: text } = await answer(undated, "Combien d'États membres compte l'Agence européenne des semences ?", 'fr');
    expect(text).not.toMatch(/\(au /);
  });
});

describe('quotes and citations', () => {
  it('names the language of the quotes only when it is not the asker’s', async () => {
    const english = {
      text: 'The European Seed Agency has 42 member states.',
      language: 'en',
      source: 'corpus/agency.md',
      title: 'Who we are',
    };
    const own = await answer([english, ABOUT_2024], 'How many member states does the European Seed Agency have?', 'en');
    expect(own.answer.split('\n')[0]).toBe("Here is what IOM's documents say:");
    const foreign = await answer([ABOUT_2024], 'How many members?', 'en');
    expect(foreign.answer.split('\n')[0]).toBe("Here is what IOM's documents say (quoted in French, the language of the source):");
  });

  it('cites a text found in two documents once, the other as an alternate, with its date, language and a link to the sentence', async () => {
    const copy = { ...ABOUT_2024, source: 'corpus/agence-imprimer.txt', url: undefined };
    const { citations, answer: text } = await answer([ABOUT_2024, copy], "Combien d'États membres compte l'Agence ?", 'fr');
    expect(citations).toHaveLength(1);
    expect(text.match(/42 États membres/g)).toHaveLength(1);
    expect(citations[0]).toMatchObject({ date: '2024-11-18', language: 'fr', alternates: [copy.source] });
    expect(citations[0].link).toBe(
      "https://example.org/fr/agence#:~:text=L'Agence%20europ%C3%A9enne%20des%20semences%20compte,graines%20de%20tout%20le%20continent.",
    );
  });

  it('never quotes a line that many documents repeat (a menu, a banner)', async () => {
    const banner = 'Semences : 42 États membres, un seul réseau';
    const pages = ['a', 'b', 'c'].map((n) => ({
      text: `${banner}\nPage ${n} sur les variétés anciennes.`,
      source: `corpus/${n}.txt`,
      language: 'fr',
    }));
    const { answer: text } = await answer([...pages, ABOUT_2024], "Combien d'États membres ?", 'fr');
    expect(text).not.toContain(banner);
    expect(text).toContain('42 États membres et conserve');
  });
});

describe('the organisation’s own translation', () => {
  const french = {
    ...ABOUT_2024,
    translations: [
      {
        language: 'en',
        source: 'corpus/agency.md',
        title: 'Who we are',
        sentences: [
          {
            text: ABOUT_2024.text,
            translation: 'The European Seed Agency has 42 member states and keeps seeds from the whole continent.',
            lines: [3, 3] as [number, number],
          },
        ],
      },
    ],
  };

  it('is shown beside a quote in another language, never invented', async () => {
    const { answer: text } = await answer([french], 'How many members?', 'en');
    expect(text).toContain(`${ABOUT_2024.text} [1]\n(IOM's own English version: “The European Seed Agency has 42 member states`);
    const { answer: plain } = await answer([ABOUT_2024], 'How many members?', 'en');
    expect(plain).not.toContain('English version');
  });

  it('makes the quote of the translated page redundant when the asker’s own page is quoted', async () => {
    const sentence = { fr: 'Le programme Horizon conserve les graines à Dakar.', en: 'The Horizon programme keeps seeds in Dakar.' };
    const pair = [
      {
        text: sentence.fr,
        language: 'fr',
        source: 'corpus/agence.txt',
        translations: [
          {
            language: 'en',
            source: 'corpus/agency.md',
            title: 'Who we are',
            sentences: [{ text: sentence.fr, translation: sentence.en, lines: [1, 1] as [number, number] }],
          },
        ],
      },
      { text: sentence.en, language: 'en', source: 'corpus/agency.md', title: 'Who we are' },
    ];
    const { answer: text, citations } = await answer(pair, 'What does the Horizon programme do in Dakar?', 'en');
    expect(citations.map((c) => c.source)).toEqual(['corpus/agency.md']);
    expect(text).not.toContain(sentence.fr);
  });
});

describe('refusals', () => {
  it('offers titles of the documents retrieval found related, each once, in the asker’s language first — not headings', async () => {
    const twin = {
      ...ABOUT_2024,
      text: 'The European Seed Agency keeps seeds.',
      language: 'en',
      source: 'corpus/en.md',
      title: 'Who we are',
    };
    const menuPage = { ...ABOUT_2024, text: 'Elle conserve des graines.', source: 'corpus/autre.txt', title: 'Structure' };
    const passages = [
      { ...twin, score: 0.5 },
      { ...ABOUT_2024, heading: 'Menu', score: 0.4 },
      { ...ABOUT_2024, heading: 'Structure', score: 0.3 },
      { ...menuPage, score: 0.1 },
    ] as Passage[];
    const { vocabulary } = await memoryRetriever([ABOUT_2024]);
    expect(relatedPages(passages, 'fr', vocabulary)).toEqual(['Qui sommes-nous — Agence européenne des semences', 'Who we are']);
    expect(relatedPages(passages, 'en', vocabulary)).toEqual(['Who we are', 'Qui sommes-nous — Agence européenne des semences']);
  });

  it('offers only pages whose passage says half of what the question asks that the corpus knows', async () => {
    const retriever = await memoryRetriever([
      { text: 'Le service donne un avis confidentiel.', title: 'Confidentialité', source: 'corpus/c.txt', language: 'fr' },
      { text: 'La recette annuelle des dons finance les programmes.', title: 'Finances', source: 'corpus/f.txt', language: 'fr' },
    ]);
    const { reading, passages } = await retriever.readAndRetrieve('Qui donne la recette du clafoutis ?', 5, { language: 'fr' });
    // Both are found (each says the verb), but only one says the recipe.
    expect(relatedPages(passages, 'fr', retriever.vocabulary)).toEqual(['Finances', 'Confidentialité']);
    expect(relatedPages(passages, 'fr', retriever.vocabulary, reading)).toEqual(['Finances']);
  });

  it('says so in the asker’s language, with those titles', async () => {
    const { answer: text, grounded } = await answer([ABOUT_2024], "Quel est le budget de l'Agence européenne des semences ?", 'fr');
    expect(grounded).toBe(false);
    expect(text).toMatch(
      /^Je n'ai pas trouvé la réponse.* Ces pages pourraient vous renseigner : Qui sommes-nous — Agence européenne des semences\.$/,
    );
  });
});
