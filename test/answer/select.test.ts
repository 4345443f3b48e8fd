// Sentence selection (src/answer/select.ts) and the names it reads from titles, over small corpora written for this test.
import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../src/answer/extractive.js';
import { selectUnits } from '../../src/answer/select.js';
import { scoreUnits } from '../../src/answer/unitScore.js';
import { onNamedPages } from '../../src/answer/namesSaid.js';
import { memoryRetriever } from './memoryRetriever.js';

describe('sentence selection', () => {
  it('counts a name the page’s title gives for the page’s sentences, so the one that answers outranks a line that only says the name', async () => {
    const page = { source: 'corpus/tartu.txt', title: 'Tartu', language: 'fr' };
    const retriever = await memoryRetriever([
      { ...page, heading: 'Direction', text: "Depuis 2019, l'antenne est dirigée par Maret Kask, agronome." },
      { ...page, heading: 'Nous joindre', text: 'Contact : AES Tartu, 4 quai des Tanneurs — tél. : 555 01 02.' },
      {
        source: 'corpus/aes.txt',
        title: 'AES',
        text: "L'Agence européenne des semences (AES) conserve les graines des variétés anciennes depuis 1987.",
      },
      { source: 'corpus/aes.txt', title: 'AES', text: "L'AES compte 42 États membres et 6 banques régionales." },
    ]);
    const { reading, passages } = await retriever.readAndRetrieve("Qui dirige l'antenne de l'AES à Tartu ?", 5, { language: 'fr' });
    expect(selectUnits(reading, passages, retriever.vocabulary).best?.text).toContain('Maret Kask');
  });
});

describe('a name said by the page’s title', () => {
  it('is said for grounding too: the sentence that answers need not repeat it', async () => {
    const retriever = await memoryRetriever([
      {
        source: 'corpus/tartu.txt',
        title: 'Antenne de Tartu',
        heading: 'Direction',
        text: "Depuis 2019, l'antenne est dirigée par Maret Kask, agronome.",
      },
      { source: 'corpus/aes.txt', title: 'AES', text: "L'AES compte 42 États membres et 6 banques régionales." },
      // A footer three pages repeat: site chrome, never quoted, but the corpus knows the town.
      ...['a', 'b', 'c'].map((n) => ({ source: `corpus/${n}.txt`, title: n, text: 'Nous écrire : AES, 4 quai des Tanneurs, Tartu.' })),
    ]);
    const retrieval = await retriever.readAndRetrieve("Qui dirige l'antenne de l'AES à Tartu ?", 5, { language: 'fr' });
    const { answer, decision } = extractiveAnswer(retrieval, retriever.vocabulary);
    expect(decision.grounded).toBe(true);
    expect(answer.answer).toContain('Maret Kask');
  });
});

describe('a section’s heading', () => {
  const page = { source: 'corpus/graines.txt', title: 'Banque de graines', language: 'fr' as const };
  const passages = [
    {
      ...page,
      heading: 'Prêt de graines avant les semis',
      text: "À la demande des communes, l'agence remet des sachets aux agriculteurs inscrits.",
    },
    { ...page, heading: 'Chiffres', text: "En 2001, les agriculteurs ont rendu 3 000 sachets de graines à l'agence." },
  ];

  it('says its words for the sentences under it: the sentence under the heading that names the question ranks first', async () => {
    const retriever = await memoryRetriever(passages);
    const { reading, passages: found } = await retriever.readAndRetrieve('Comment se passe le prêt de graines avant les semis ?', 5, {
      language: 'fr',
    });
    expect(selectUnits(reading, found, retriever.vocabulary).best?.text).toContain('À la demande des communes');
  });

  it('says nothing more when it only repeats the page’s title (a release’s headline heads every line)', async () => {
    const titled = passages.map((p) => ({ ...p, heading: p.title }));
    const retriever = await memoryRetriever(titled);
    const { reading, passages: found } = await retriever.readAndRetrieve('Comment se passe le prêt de graines avant les semis ?', 5, {
      language: 'fr',
    });
    const scored = selectUnits(reading, found, retriever.vocabulary).units;
    expect(scored.every((u) => u.rankedCoverage === u.coverage)).toBe(true);
  });
});

describe('a sentence announcing what its page explains', () => {
  it('ranks below the sentence that tells, though both say the whole question', async () => {
    const page = { source: 'corpus/pret.txt', title: 'Conditions de prêt', language: 'fr' as const };
    const retriever = await memoryRetriever([
      {
        ...page,
        heading: 'Conditions de prêt',
        text: 'La présente page explique quelles graines l’agence prête aux agriculteurs et comment les rendre.',
      },
      { ...page, heading: 'Ce que nous prêtons', text: 'L’agence prête aux agriculteurs des graines de 40 variétés de blé et d’orge.' },
    ]);
    const { reading, passages } = await retriever.readAndRetrieve("Quelles graines l'agence prête-t-elle aux agriculteurs ?", 5, {
      language: 'fr',
    });
    expect(selectUnits(reading, passages, retriever.vocabulary).best?.text).toContain('40 variétés');
  });

  it('keeps the answer to its page when it announces the whole question: another page sharing some of its words is about something else', async () => {
    const page = { source: 'corpus/pret.txt', title: 'Prêt de graines', language: 'fr' as const };
    const retriever = await memoryRetriever([
      { ...page, heading: 'Prêt de graines', text: 'La présente page explique quelles graines l’agence prête aux agriculteurs.' },
      { ...page, heading: 'Ce que nous prêtons', text: 'Nous prêtons des graines de 40 variétés de blé et d’orge.' },
      {
        source: 'corpus/outils.txt',
        title: 'Outils partagés',
        language: 'fr' as const,
        text: 'L’agence prête aussi ses outils aux agriculteurs.',
      },
    ]);
    const ask = (q: string) => retriever.readAndRetrieve(q, 5, { language: 'fr' });
    const quoted = async (q: string) => {
      const { reading, passages } = await ask(q);
      return selectUnits(reading, passages, retriever.vocabulary).units.map((u) => u.text);
    };
    expect(await quoted("Quelles graines l'agence prête-t-elle aux agriculteurs ?")).not.toContainEqual(expect.stringContaining('outils'));
    // No page says the whole question: the other page's sentence is one more candidate.
    expect(await quoted("L'agence prête-t-elle des outils aux agriculteurs ?")).toContainEqual(expect.stringContaining('outils'));
  });
});

describe('a why question', () => {
  const corpus = (second: string) =>
    memoryRetriever([
      {
        source: 'corpus/fonds.txt',
        title: 'Fonds Semences Anciennes',
        language: 'fr' as const,
        text: `Le Fonds Semences Anciennes conserve les graines des variétés oubliées. ${second}`,
      },
      {
        source: 'corpus/agence.txt',
        title: 'Agence',
        language: 'fr' as const,
        text: "L'agence commence chaque année par un inventaire des semences.",
      },
    ]);
  const ask = async (second: string) => {
    const retriever = await corpus(second);
    const retrieval = await retriever.readAndRetrieve('Pourquoi le Fonds Semences Anciennes a-t-il commencé ?', 5, { language: 'fr' });
    return extractiveAnswer(retrieval, retriever.vocabulary);
  };

  it('is answered by the line stating a cause, though it says only the name of what is asked', async () => {
    const { answer, decision } = await ask('Il a été créé en 2001, après une sécheresse qui avait détruit les récoltes.');
    expect(decision.grounded).toBe(true);
    expect(answer.answer).toContain('après une sécheresse');
  });

  it('is refused when the name’s lines state no cause', async () => {
    const { decision } = await ask('Il a été créé en 2001 à Lyon.');
    expect(decision).toEqual({ grounded: false, rule: 'only-names-said' });
  });
});

describe('a question naming a thing by a name of several words', () => {
  const candidates = async (title: string) => {
    const retriever = await memoryRetriever([
      {
        source: 'corpus/reseau.txt',
        title,
        language: 'fr' as const,
        text: 'Le réseau garde des semences chez ses membres. Il choisit d’abord les plantes robustes.',
      },
      {
        source: 'corpus/jardins.txt',
        title: 'Jardins',
        language: 'fr' as const,
        text: 'Chaque jardin choisit ses variétés paysannes au printemps.',
      },
    ]);
    const { reading, passages } = await retriever.readAndRetrieve('Comment le Réseau Semences Paysannes choisit-il ses variétés ?', 5, {
      language: 'fr',
    });
    return onNamedPages(scoreUnits(reading, passages), reading, passages).map((u) => u.text);
  };

  it('is answered from the page titled with it: another page shares its common words and its verb, not its subject', async () => {
    expect(await candidates('Réseau Semences Paysannes')).not.toContainEqual(expect.stringContaining('jardin'));
  });

  it('reads every page alike when no page is titled with it', async () => {
    expect(await candidates('Conservation')).toContainEqual(expect.stringContaining('jardin'));
  });

  it.each([
    // The title lacks the name's rarest word (adjoint): no page of its own, the structure's line stays.
    ['Directeur Général Paul Roux', true],
    // The title says the whole name: its page alone.
    ['Directeur Général Adjoint', false],
  ])('a page titled %s: another page’s line kept %s', async (title, kept) => {
    const retriever = await memoryRetriever([
      {
        source: 'corpus/directeur.txt',
        title,
        language: 'fr' as const,
        text: 'Paul Roux dirige le réseau depuis 2020.',
      },
      {
        source: 'corpus/structure.txt',
        title: 'Structure du réseau',
        language: 'fr' as const,
        text: 'Le directeur général adjoint du réseau est Marc Petit.',
      },
      // Pages that say the name's common words, so that "adjoint" is its rarest, as a role's qualifier is.
      { source: 'corpus/rapport.txt', title: 'Rapport', language: 'fr' as const, text: 'Le directeur général signe le rapport annuel.' },
      { source: 'corpus/conseil.txt', title: 'Conseil', language: 'fr' as const, text: 'Le conseil élit le directeur général.' },
    ]);
    const { reading, passages } = await retriever.readAndRetrieve('Qui est le Directeur Général Adjoint du réseau ?', 5, {
      language: 'fr',
    });
    const texts = onNamedPages(scoreUnits(reading, passages), reading, passages).map((u) => u.text);
    expect(texts.some((t) => t.includes('Marc Petit'))).toBe(kept);
  });

  it.each([
    // The titled page never says the year asked: the release saying it stays.
    ['Combien de variétés le Réseau Semences Paysannes a-t-il choisies en 2019 ?', true],
    // No year asked: the titled page alone.
    ['Combien de variétés le Réseau Semences Paysannes a-t-il choisies ?', false],
  ])('%s: another page’s lines kept %s', async (question, kept) => {
    const retriever = await memoryRetriever([
      {
        source: 'corpus/reseau.txt',
        title: 'Réseau Semences Paysannes',
        language: 'fr' as const,
        text: 'Le réseau choisit chaque année des variétés robustes.',
      },
      {
        source: 'corpus/communique.txt',
        title: 'Bilan des semis',
        language: 'fr' as const,
        text: 'En 2019, le réseau a choisi 40 variétés paysannes.',
      },
    ]);
    const { reading, passages } = await retriever.readAndRetrieve(question, 5, { language: 'fr' });
    const texts = onNamedPages(scoreUnits(reading, passages), reading, passages).map((u) => u.text);
    expect(texts.some((t) => t.includes('En 2019'))).toBe(kept);
  });
});
