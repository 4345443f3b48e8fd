// Sentence selection (src/answer/select.ts) over small corpora written for this test.
import { describe, expect, it } from 'vitest';
import { selectUnits } from '../../src/answer/select.js';
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
