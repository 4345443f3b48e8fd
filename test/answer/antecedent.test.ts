// Pronouns that stand for what the sentence before names (src/answer/antecedent.ts), and selection
// reading a pronoun's sentence with the proper names of the sentence before it (select.ts).
import { describe, expect, it } from 'vitest';
import { ANTECEDENT_FORMS, opensOnAntecedent } from '../../src/answer/antecedent.js';
import { selectUnits } from '../../src/answer/select.js';
import { scoreUnits } from '../../src/answer/unitScore.js';
import { preferFigures } from '../../src/answer/figures.js';
import { namesInAntecedent } from '../../src/answer/namesSaid.js';
import type { Passage } from '../../src/types.js';
import type { TermGroup } from '../../src/retrieve/terms.js';
import { memoryRetriever } from './memoryRetriever.js';

describe('sentences opening on an antecedent', () => {
  it.each(ANTECEDENT_FORMS.map((f) => [f.id, f] as const))('%s: reads its example, not the close sentence', (_id, form) => {
    expect(form.why.length).toBeGreaterThan(20);
    expect(opensOnAntecedent(form.example[0]), form.example[0]).toBe(false);
    expect(opensOnAntecedent(form.example[1]), form.example[1]).toBe(true);
    expect(opensOnAntecedent(form.other), form.other).toBe(false);
  });

  it.each([
    ['Ils ont ouvert trois bureaux.', true],
    ['Il faut compter deux semaines.', false],
    ['Il est prévu de rouvrir le bureau.', false],
    ['Their office opened in 1998.', true],
    ['It is hard to count them.', false],
    ['Elena Kask dirige la mission.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(opensOnAntecedent(sentence)).toBe(expected);
  });
});

describe('a pronoun’s sentence in selection', () => {
  const rest = [
    { source: 'corpus/lettonie.txt', title: 'Lettonie', text: "Les agents de l'AES en Lettonie forment 300 agriculteurs par an." },
    { source: 'corpus/graines.txt', title: 'Graines', text: "En Estonie, l'AES a distribué 3 000 sachets de graines en 2001." },
    { source: 'corpus/aes.txt', title: 'AES', text: "L'Agence européenne des semences (AES) conserve les graines des variétés anciennes." },
  ];
  const pronoun = 'Elle compte aujourd’hui 40 agents répartis entre Tartu et Narva.';

  it.each([
    // The sentence before names Estonia, a proper name of the corpus: "Elle" is the mission there.
    { before: "La mission de l'AES en Estonie a ouvert ses portes à Tartu en 1998.", gains: true },
    // It names no place: the pronoun's sentence says nothing of Estonia.
    { before: "La mission de l'AES a ouvert ses portes en 1998.", gains: false },
  ])('after "$before" it counts Estonia: $gains', async ({ before, gains }) => {
    const retriever = await memoryRetriever([{ source: 'corpus/bureaux.txt', title: 'Bureaux', text: `${before} ${pronoun}` }, ...rest]);
    const { reading, passages } = await retriever.readAndRetrieve("Combien d'agents compte la mission de l'AES en Estonie ?", 5, {
      language: 'fr',
    });
    const coverage = (properName?: (word: string) => boolean) =>
      scoreUnits(reading, passages, { properName }).find((u) => u.text === pronoun)?.rankedCoverage ?? 0;
    const read = coverage((word) => retriever.vocabulary.isProperName(word));
    expect(read > coverage(), `${read} vs ${coverage()}`).toBe(gains);
    const selection = selectUnits(reading, passages, retriever.vocabulary);
    // Without the place, the pronoun's sentence may still come first: it is the only one counting
    // agents, the others' figures count something else and get no figure's bonus (countedThing.ts).
    if (gains) expect(selection.best?.text).toBe(pronoun);
    // Quoted with the sentence its pronoun stands for, just before it.
    if (gains) expect(selection.units.map((u) => u.text).join(' ')).toContain(`${before} ${pronoun}`);
  });
});

describe('an acronym named before a pronoun or "le système"', () => {
  const rest = [
    {
      source: 'corpus/srs.txt',
      title: 'Registre',
      text: "Le registre suédois des semences (SRS) conserve 2 000 variétés anciennes d'orge.",
    },
    { source: 'corpus/fermes.txt', title: 'Fermes', text: "En Estonie, 12 coopératives vendent des graines d'orge aux fermes du nord." },
    // Others, so that the SRS is no acronym nearly every passage writes (the organisation's own).
    { source: 'corpus/pluie.txt', title: 'Pluie', text: 'Il pleut deux jours sur trois à Tartu en automne.' },
    { source: 'corpus/foire.txt', title: 'Foire', text: 'La foire aux chevaux de Narva ouvre chaque mois de mai.' },
    { source: 'corpus/port.txt', title: 'Port', text: 'Le port de Pärnu accueille des voiliers venus de Finlande.' },
    { source: 'corpus/lac.txt', title: 'Lac', text: 'Le lac Peïpous gèle presque chaque hiver.' },
    { source: 'corpus/chorale.txt', title: 'Chorale', text: 'La chorale de Viljandi chante au festival de juillet.' },
    { source: 'corpus/train.txt', title: 'Train', text: 'Le train de nuit relie Tallinn à Valga en six heures.' },
    { source: 'corpus/phare.txt', title: 'Phare', text: "Le phare de Kõpu est l'un des plus anciens de la Baltique." },
  ];
  const joined = 'Plus de 300 fermes ont rejoint le système depuis sa création.';

  it.each([
    // The sentence before names the register by its acronym: "le système" is the SRS, and its figure answers.
    { before: "L'agence tient un registre des semences (SRS) pour les agriculteurs.", gains: true },
    // It names no acronym: "le système" could be any, and the sentence says nothing of the SRS.
    { before: "L'agence tient un registre des semences pour les agriculteurs.", gains: false },
  ])('after "$before" it counts the SRS: $gains', async ({ before, gains }) => {
    const retriever = await memoryRetriever([{ source: 'corpus/agence.txt', title: 'Agence', text: `${before} ${joined}` }, ...rest]);
    const { reading, passages } = await retriever.readAndRetrieve('Combien de fermes ont rejoint le SRS ?', 5, { language: 'fr' });
    const coverage = (namedAcronym?: () => boolean) =>
      scoreUnits(reading, passages, { namedAcronym }).find((u) => u.text === joined)?.rankedCoverage ?? 0;
    const read = coverage(() => true);
    expect(read > coverage(), `${read} vs ${coverage()}`).toBe(gains);
    // Quoted with the sentence naming the SRS just before it, and only then.
    const quoted = selectUnits(reading, passages, retriever.vocabulary).units.map((u) => u.text);
    expect(quoted.join(' ').includes(`${before} ${joined}`), quoted.join(' | ')).toBe(gains);
  });

  it.each([
    ['More than 300 farms have joined the system.', true],
    ['Plus de 300 fermes ont rejoint le projet.', true],
    ['Le projet Semences a ouvert en 1998.', false],
    ['Before joining the agency she led the Tartu seed bank.', true],
    ['Before joining the agency, Mr Tamm led the Narva office.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(opensOnAntecedent(sentence)).toBe(expected);
  });
});

describe('a name of several words the sentence before says', () => {
  const group = (word: string): TermGroup => ({ word, stems: [word], weight: 1, known: true, weak: false });
  const names = [group('seed'), group('bank'), group('project')];

  it.each([
    // Two of the question's capitalised words said: "the Seed Bank Project" named before the pronoun.
    { antecedent: ['the', 'seed', 'bank', 'opened'], counted: [1, 1, 0] },
    // One said is any common noun: nothing counts.
    { antecedent: ['the', 'bank', 'opened'], counted: [0, 0, 0] },
  ])('$antecedent → $counted', ({ antecedent, counted }) => {
    expect(namesInAntecedent(names, [false, false, false], [0, 0, 0], new Set(antecedent))).toEqual(counted);
  });
});

describe('a pronoun’s figure beside a dated page’s', () => {
  it.each([
    // Its pronoun reads the SRS from the sentence before: its count is of the SRS, and stays.
    { readsAntecedent: true, kept: true },
    // Read alone, it is another date's figure for the same count: the dated page's is kept.
    { readsAntecedent: false, kept: false },
  ])('readsAntecedent $readsAntecedent → kept $kept', async ({ readsAntecedent, kept }) => {
    const retriever = await memoryRetriever(['Le SRS est installé dans 28 pays.', 'Les fonds vont vers 120 pays.']);
    const { reading } = await retriever.readAndRetrieve('Dans combien de pays le SRS est-il installé ?', 5, { language: 'fr' });
    const pronoun = { passage: 0, text: 'Il est installé dans 28 pays.', coverage: 1, readsAntecedent };
    // Covering most of what the pronoun's sentence does: a rival's (figures.ts RIVAL_SHARE).
    const dated = { passage: 1, text: 'Les fonds vont vers 120 pays.', coverage: 0.8 };
    const passages = [{ language: 'fr' }, { language: 'fr', date: '2024-01-01' }] as Passage[];
    expect(preferFigures(reading, [pronoun, dated], passages).units.includes(pronoun)).toBe(kept);
  });
});
