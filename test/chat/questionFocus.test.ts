// A question's focus (src/retrieve/reading.ts focusOf): what it asks about. In an English yes/no
// question the verb after the subject says what is done, not what about ("Does the agency offer
// internships?" is about internships), unless all that follows is an abbreviation the corpus does
// not know. So in a French one, after its inverted verb ("L'agence offre-t-elle des stages ?"),
// unless an interrogative word before it asks for a value. Each row a question and its focus, beside a close one read otherwise. Invented corpus.
import { beforeAll, describe, expect, it } from 'vitest';
import type { HybridRetriever } from '../../src/retrieve/hybrid.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

let retriever: HybridRetriever;
beforeAll(async () => {
  retriever = await memoryRetriever([
    "L'agence conserve les graines des variétés anciennes et travaille avec les jardiniers.",
    'Elle offre des formations aux jardiniers et publie un catalogue.',
  ]);
});

const focus = (question: string, language: 'fr' | 'en') => retriever.read(question, { language }).focus?.word ?? null;

describe('the focus of a question', () => {
  it.each([
    // [question, its focus, a close question, its focus, their language]
    ['Does the agency offer internships?', 'internships', 'Is the offer of internships open?', 'offer', 'en'],
    ['Can the agency help me with my passport?', 'passport', 'Is help with passports given?', 'help', 'en'],
    ['Can I send seeds by post?', 'seeds', 'Which seeds are sent by post?', 'seeds', 'en'],
    ['Does the agency work with farmers?', 'farmers', 'Does the agency work with the SPCA?', 'work', 'en'],
    ["L'agence offre-t-elle des stages ?", 'stages', "Où l'agence offre-t-elle des stages ?", 'agence', 'fr'],
    ["L'agence a-t-elle des jardiniers ?", 'jardiniers', "Combien de jardiniers l'agence a-t-elle ?", 'jardiniers', 'fr'],
    ["L'agence publie-t-elle un catalogue ?", 'catalogue', "Où l'agence publie-t-elle un catalogue ?", 'agence', 'fr'],
    // A French yes/no question in a statement's order after "Est-ce que": what follows its verb, not after an interrogative word.
    ["Est-ce que l'agence offre des stages ?", 'stages', "Où est-ce que l'agence offre des stages ?", 'agence', 'fr'],
    ['Est-ce qu’elle publie un catalogue ?', 'catalogue', 'Qu’est-ce qu’elle publie dans un catalogue ?', 'publie', 'fr'],
    // A modal's infinitive is the verb ("peut-elle m'aider à…"): what it acts on is the thing asked, as after "Can the agency help me…".
    ["L'agence peut-elle m'aider pour un stage ?", 'stage', "L'agence a-t-elle de l'aide pour un stage ?", 'aide', 'fr'],
    ["Est-ce que l'agence peut m'aider pour un stage ?", 'stage', "Est-ce que l'agence donne de l'aide pour un stage ?", 'aide', 'fr'],
    // An English owner ("the farmers' seeds", "a gardener's seeds") is not what is asked about: what it owns is.
    ["Does the agency sell the farmers' seeds?", 'seeds', 'Does the agency sell seeds to farmers?', 'seeds', 'en'],
    ["Does the agency keep a gardener's seeds?", 'seeds', 'Does the agency keep gardeners?', 'gardeners', 'en'],
    // A verb with two objects gives the second to the first: the thing given is asked about. A light verb (get) is the verb too.
    ['Does the agency give farmers a catalogue?', 'catalogue', 'Does the agency give catalogues to farmers?', 'catalogues', 'en'],
    ['Do the farmers get a catalogue?', 'catalogue', 'Do the farmers publish a catalogue?', 'catalogue', 'en'],
  ] as const)('"%s" is about %s; "%s" about %s', (question, expected, close, closeExpected, language) => {
    expect(focus(question, language)).toBe(expected);
    expect(focus(close, language)).toBe(closeExpected);
  });
});
