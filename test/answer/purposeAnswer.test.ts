// A purpose question ("What is the guild's mission?") is answered by the line where the body says
// what it promotes, beside the objectives it lists (standIns.ts STAND_INS 'purpose-aims'): a
// page seldom writes the noun asked. Invented corpus.
import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../src/answer/extractive.js';
import { memoryRetriever } from './memoryRetriever.js';

// One page, as an about page is: what the guild promotes in a line of its own, and its objectives listed.
const CORPUS = [
  'La Guilde fait partie du réseau des jardins et promeut depuis 1987 une agriculture paysanne qui profite à tous, avec 40 membres.',
  [
    'L’action de la Guilde est axée sur les trois objectifs suivants :',
    '- Conserver les graines : la Guilde tient une banque de graines anciennes.',
    '- Former les jardiniers : la Guilde organise des ateliers chaque mois.',
    '- Partager les récoltes : la Guilde distribue des paniers aux familles.',
  ].join('\n'),
  { text: 'La Guilde tient sa foire chaque printemps à Lyon.', source: 'corpus/foire.txt', title: 'La foire' },
];

async function quoted(question: string, language: 'fr' | 'en'): Promise<string> {
  const retriever = await memoryRetriever(CORPUS);
  return extractiveAnswer(await retriever.readAndRetrieve(question, 5, { language }), retriever.vocabulary).answer.answer;
}

describe('a purpose question', () => {
  it.each([
    ['Quelle est la mission de la Guilde ?', 'fr'],
    ['Quel est le rôle de la Guilde ?', 'fr'],
    ["What is the Guild's mission?", 'en'],
  ] as const)('%s quotes what the body promotes beside its objectives', async (question, language) => {
    const answer = await quoted(question, language);
    expect(answer).toContain('promeut depuis 1987 une agriculture paysanne');
    expect(answer).toContain('trois objectifs suivants');
  });

  it('does not bring the promoting line to a question of another form', async () => {
    expect(await quoted('Où se tient la foire de la Guilde ?', 'fr')).not.toContain('promeut');
  });
});
