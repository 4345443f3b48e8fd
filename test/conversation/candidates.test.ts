// Where suggested questions come from, on a small invented site: section headings turned into
// questions in the visitor's language, names read from prose, content lists (not menus), questions
// the site writes, related documents; site chrome (what many pages repeat) is never a candidate.
import { describe, expect, it } from 'vitest';
import { followUpCandidates, outlineCandidates, type PassageRef } from '../../src/answer/conversation/candidates.js';
import { namesIn } from '../../src/answer/conversation/names.js';
import { CorpusOutline } from '../../src/answer/conversation/outline.js';
import { cleanLabel, questionFromLabel } from '../../src/answer/conversation/templates.js';
import type { Chunk } from '../../src/types.js';

const noName = () => false;

describe('questionFromLabel', () => {
  it.each([
    ['Partenariats', 'fr', 'Parlez-moi de partenariats'],
    ['Les grandes étapes', 'fr', 'Parlez-moi des grandes étapes'],
    ['Le réseau de bureaux', 'fr', 'Parlez-moi du réseau de bureaux'],
    ['La Constitution', 'fr', 'Parlez-moi de la Constitution'],
    ['Envois de fonds', 'fr', "Parlez-moi d'envois de fonds"],
    ['Où travailler', 'fr', 'Où travailler ?'],
    ['Fair recruitment', 'en', 'Tell me about fair recruitment'],
    ['The Council', 'en', 'Tell me about the Council'],
    ['Displacement Tracking Matrix', 'en', 'Tell me about Displacement Tracking Matrix'],
    ['How to apply', 'en', 'How to apply?'],
    ['les Nations Unies', 'en', 'Tell me about Nations Unies'],
    ['Carrières — Site de l’organisation', 'fr', 'Parlez-moi de carrières'],
  ] as const)('%j (%s) → %j', (label, language, question) => {
    expect(questionFromLabel(label, language, noName)).toBe(question);
  });

  it('makes no template question of a label opening on a preposition', () => {
    expect(questionFromLabel('En chiffres', 'fr', noName)).toBeNull();
    expect(questionFromLabel('From relief to recovery', 'en', noName)).toBeNull();
  });

  it('keeps the capital of a name the corpus never writes in lower case', () => {
    expect(questionFromLabel('Sénégal', 'fr', (w) => w === 'Sénégal')).toBe('Parlez-moi de Sénégal');
  });

  it.each([
    'Notre travail',
    'Who we are',
    'Engagez-vous',
    'Accueil / Actualités / Communiqués',
    'Partager · Facebook · X',
    '© 2024',
    'Un titre de section beaucoup trop long pour être le nom de quoi que ce soit',
    'A',
  ])('refuses %j', (label) => {
    expect(cleanLabel(label)).toBeNull();
  });
});

describe('namesIn', () => {
  it('reads names inside sentences with their article, not the sentence’s first word', () => {
    const text =
      'Chaque année, le Comité des Finances examine le budget.\nLa Charte des Usagers fixe les règles du Programme 2040 et des Bureaux Régionaux.\nMerci de lire ce texte.';
    expect(namesIn(text)).toEqual(['le Comité des Finances', 'La Charte des Usagers', 'le Programme 2040', 'les Bureaux Régionaux']);
  });

  it('leaves out share bars and footers, and months', () => {
    expect(namesIn('Partager : Facebook · LinkedIn\nLe rapport paraît en Novembre chaque année.')).toEqual([]);
  });
});

// An invented site: three pages in French and one in English, each with the same menu section.
function chunk(source: string, heading: string | null, text: string, line: number, language = 'fr'): Chunk {
  return { source, title: `Titre ${source}`, heading, text, lines: [line, line], hash: `${source}:${line}`, language };
}
const MENU = '- Accueil\n- Nos activités\n- Rapports annuels';
const CHUNKS: Chunk[] = [
  chunk('a.md', 'Menu principal', MENU, 1),
  chunk('a.md', 'Les jardins partagés', 'Les jardins partagés accueillent des familles de la Commune Basse.', 5),
  chunk(
    'a.md',
    'Calendrier des semis',
    'Le Conseil des Jardiniers fixe le calendrier :\n- Semis de printemps : en avril.\n- Semis d’automne : en octobre.',
    9,
  ),
  chunk('a.md', 'Tarifs', 'Une parcelle coûte dix euros par an.', 13),
  chunk('b.md', 'Menu principal', MENU, 1),
  chunk('b.md', 'Compostage', 'Le compost est retourné chaque mois.\nPuis-je apporter mes déchets de cuisine ?\nOui, le mardi.', 5),
  chunk('c.md', 'Menu principal', MENU, 1),
  chunk('c.md', 'Bénévolat', 'Les bénévoles arrosent les parcelles en été.', 5),
  chunk('d.md', 'Community gardens', 'Shared gardens welcome families from the Lower Commune.', 5, 'en'),
];
const outline = new CorpusOutline(CHUNKS);
const ref = (c: Chunk): PassageRef => ({ source: c.source, title: c.title, heading: c.heading, text: c.text });

describe('CorpusOutline', () => {
  it('takes headings and lines repeated across three documents for chrome', () => {
    expect(outline.isChrome('Menu principal')).toBe(true);
    expect(outline.isChrome('Accueil')).toBe(true);
    expect(outline.isChrome('Compostage')).toBe(false);
  });

  it('gives a section’s neighbours, nearest first, and the questions a page writes', () => {
    expect(outline.neighbourHeadings('a.md', 'Calendrier des semis')).toEqual(['Tarifs', 'Les jardins partagés', 'Menu principal']);
    expect(outline.questionsIn('b.md').map((q) => q.text)).toEqual(['Puis-je apporter mes déchets de cuisine ?']);
    expect(outline.languageOf('d.md')).toBe('en');
  });
});

describe('followUpCandidates', () => {
  const cited = [ref(CHUNKS[2])];
  const base = { language: 'fr' as const, cited, retrieved: [ref(CHUNKS[2]), ref(CHUNKS[5]), ref(CHUNKS[8])], asked: ['Quand semer ?'] };

  it('offers neighbouring sections, unquoted list items, names, then related documents, never chrome', () => {
    const questions = followUpCandidates({ ...base, quoted: '- Semis de printemps : en avril.' }, outline).map((c) => [
      c.origin,
      c.question,
    ]);
    expect(questions).toEqual([
      ['neighbour-heading', 'Parlez-moi de tarifs'],
      ['neighbour-heading', 'Parlez-moi des jardins partagés'],
      ['list-item', 'Parlez-moi de semis d’automne'],
      ['name', 'Parlez-moi du Conseil des Jardiniers'],
      ['related-document', 'Parlez-moi de compostage'],
      ['related-document', 'Parlez-moi de titre b.md'],
      ['corpus-question', 'Puis-je apporter mes déchets de cuisine ?'],
      // The English page comes last, after every French candidate.
      ['related-document', 'Parlez-moi de community gardens'],
      ['related-document', 'Parlez-moi de titre d.md'],
    ]);
  });

  it('does not offer a question already asked, nor items of a menu-like list', () => {
    const questions = followUpCandidates(
      { ...base, cited: [ref(CHUNKS[0])], retrieved: [], quoted: '', asked: ['Parlez-moi de tarifs'] },
      outline,
    ).map((c) => c.question);
    expect(questions).not.toContain('Parlez-moi de tarifs');
    expect(questions.some((q) => /accueil|activités|rapports/i.test(q))).toBe(false);
  });
});

describe('outlineCandidates', () => {
  it('takes one candidate of each document in turn, the visitor’s language first', () => {
    const questions = outlineCandidates(outline, 'en').map((c) => c.question);
    expect(questions[0]).toBe('Tell me about titre d.md');
    expect(questions).toContain('Tell me about community gardens');
    expect(questions.some((q) => q.includes('Menu principal'))).toBe(false);
  });
});
