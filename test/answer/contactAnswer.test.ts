// A contact question is answered by a contact in the medium asked, of the place or body it names
// (groundingFacts.ts valuePresent, contactForms.ts givesContactBy): the Lyon office's telephone is
// no contact of the Nantes office, and a telephone is no fax. Invented corpus.
import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../src/answer/extractive.js';
import { memoryRetriever } from './memoryRetriever.js';

const CORPUS = [
  {
    text: "La Guilde des semences a ouvert un bureau à Nantes en 1990 pour conseiller les maraîchers de l'Ouest.",
    source: 'corpus/nantes.txt',
    title: 'La Guilde à Nantes',
  },
  {
    text: 'Pour plus d’informations : Julie Martin, bureau de Lyon, tél. : +33 4 55 01 02 03, courriel : jmartin@guilde.example.org',
    source: 'corpus/lyon.txt',
    title: 'Foire aux semences de Lyon',
  },
  {
    text: 'La Guilde des semences conserve les graines des variétés anciennes depuis 1987.',
    source: 'corpus/guilde.txt',
    title: 'La Guilde',
  },
];

async function decide(question: string) {
  const retriever = await memoryRetriever(CORPUS);
  return extractiveAnswer(await retriever.readAndRetrieve(question, 5, { language: 'fr' }), retriever.vocabulary).decision;
}

describe('a contact question', () => {
  it('is answered by the telephone of the office it names', async () => {
    expect((await decide('Quel est le numéro de téléphone du bureau de Lyon ?')).grounded).toBe(true);
  });

  it('is refused when the only telephone is another office’s', async () => {
    expect(await decide('Quel est le numéro de téléphone du bureau de Nantes ?')).toEqual({
      grounded: false,
      rule: 'value-missing',
    });
  });

  it('is refused when it asks a fax and the line gives a telephone', async () => {
    expect(await decide('Quel est le numéro de fax du bureau de Lyon ?')).toEqual({ grounded: false, rule: 'value-missing' });
  });
});
