// The migration catalogue (src/text/domainTerms.ts): each entry read both ways from a question that
// writes it in another form than the catalogue ("deportations", "réinstallés"), and a neighbouring
// question that must not get it (part of a multiword term alone, a word sharing only a letter or
// two). Then through a Vocabulary: only the translations the corpus writes are kept. Invented
// questions and passages.
import { describe, expect, it } from 'vitest';
import { englishStem, words } from '../../src/text/analyzer.js';
import { DOMAIN_TERMS, domainTranslations } from '../../src/text/domainTerms.js';
import { memoryRetriever } from '../answer/memoryRetriever.js';

interface Row {
  /** An English question writing the term, the word of it to look at, and a French word it must get. */
  en: [question: string, word: string, french: string];
  /** A French question writing the term, the word of it to look at, and an English word it must get. */
  fr: [question: string, word: string, english: string];
  /** A question near the term that must get none of its translations (the word looked at, the translation it must not get). */
  apart: [question: string, word: string, translation: string, from: 'en' | 'fr'];
}

/** One row per entry, by the entry's English and French: every entry has one (checked below). */
const ROWS: Record<string, Row> = {
  'deportation|expulsion': {
    en: ['Were the migrants deported last year?', 'deported', 'expulsion'],
    fr: ['Combien de personnes ont été expulsées ?', 'expulsées', 'deportation'],
    apart: ['Which ports do the ships depart from?', 'depart', 'expulsion', 'en'],
  },
  'expel|expulser': {
    en: ['Can a State expel a refugee?', 'expel', 'expulser'],
    fr: ['Peut-on expulser un réfugié ?', 'expulser', 'expel'],
    apart: ['How are experts chosen?', 'experts', 'expulser', 'en'],
  },
  'remittance|envoi de fonds': {
    en: ['How large are remittances to Asia?', 'remittances', 'envoi'],
    fr: ['Que représentent les envois de fonds ?', 'envois', 'remittance'],
    apart: ['Qui gère les fonds de réserve ?', 'fonds', 'remittance', 'fr'],
  },
  'remittance|transfert de fonds': {
    en: ['What do remittances pay for?', 'remittances', 'transfert'],
    fr: ['Où vont les transferts de fonds ?', 'transferts', 'remittance'],
    apart: ['Comment se fait le transfert des réfugiés ?', 'transfert', 'remittance', 'fr'],
  },
  'smuggling|trafic illicite': {
    en: ['How do migrants get smuggled across borders?', 'smuggled', 'trafic'],
    fr: ['Qu’est-ce que le trafic illicite de migrants ?', 'trafic', 'smuggling'],
    apart: ['Le trafic routier est-il dense ?', 'trafic', 'smuggling', 'fr'],
  },
  'smuggler|passeur': {
    en: ['Who are the smugglers?', 'smugglers', 'passeur'],
    fr: ['Que font les passeurs ?', 'passeurs', 'smuggler'],
    apart: ['Who are the passengers?', 'passengers', 'passeur', 'en'],
  },
  'stateless|apatride': {
    en: ['How does statelessness end?', 'statelessness', 'apatride'],
    fr: ['Combien y a-t-il d’apatrides ?', 'apatrides', 'stateless'],
    apart: ['Which States are members?', 'states', 'apatride', 'en'],
  },
  'resettlement|réinstallation': {
    en: ['How many refugees were resettled?', 'resettled', 'réinstallation'],
    fr: ['Combien de réfugiés ont été réinstallés ?', 'réinstallés', 'resettlement'],
    apart: ['Where did the first settlers live?', 'settlers', 'réinstallation', 'en'],
  },
  'residence permit|titre de séjour': {
    en: ['Who grants residence permits?', 'permits', 'séjour'],
    fr: ['Qui délivre les titres de séjour ?', 'titres', 'residence'],
    apart: ['Does the law permit it?', 'permit', 'séjour', 'en'],
  },
  'family reunification|regroupement familial': {
    en: ['Can my family join me through reunification?', 'reunification', 'regroupement'],
    fr: ['Comment fonctionne le regroupement familial ?', 'regroupement', 'reunification'],
    apart: ['Is there a family day?', 'family', 'regroupement', 'en'],
  },
  "host country|pays d'accueil": {
    en: ['What do host countries provide?', 'countries', 'accueil'],
    fr: ['Que font les pays d’accueil ?', 'accueil', 'host'],
    apart: ['Who will host the meeting?', 'host', 'accueil', 'en'],
  },
  "host community|communauté d'accueil": {
    en: ['How are host communities supported?', 'host', 'communauté'],
    fr: ['Comment aider les communautés d’accueil ?', 'communautés', 'host'],
    apart: ['Où est l’accueil du bâtiment ?', 'accueil', 'host', 'fr'],
  },
  "asylum seeker|demandeur d'asile": {
    en: ['Where do asylum seekers wait?', 'seekers', 'demandeur'],
    fr: ['Combien de demandeurs d’asile ?', 'demandeurs', 'seeker'],
    apart: ['Who are the job seekers?', 'seekers', 'demandeur', 'en'],
  },
  'bank transfer|virement bancaire': {
    en: ['Can I donate by bank transfer?', 'transfer', 'virement'],
    fr: ['Puis-je faire un virement bancaire ?', 'virement', 'transfer'],
    apart: ['How are funds transferred home?', 'transferred', 'virement', 'en'],
  },
  'housing|logement': {
    en: ['Is help with housing given?', 'housing', 'logement'],
    fr: ['Qui aide au logement des familles ?', 'logement', 'housing'],
    apart: ['How many households were surveyed?', 'households', 'logement', 'en'],
  },
  'livelihood|moyens de subsistance': {
    en: ['How are livelihoods restored?', 'livelihoods', 'subsistance'],
    fr: ['Quels moyens de subsistance sont appuyés ?', 'subsistance', 'livelihood'],
    apart: ['Quels moyens faut-il ?', 'moyens', 'livelihood', 'fr'],
  },
  'issue|délivrer': {
    en: ['Who issues visas?', 'issues', 'délivrer'],
    fr: ['Qui délivre les visas ?', 'délivre', 'issue'],
    apart: ['Who signs visas?', 'signs', 'délivrer', 'en'],
  },
  'emergency|urgence': {
    en: ['What does the agency do in emergencies?', 'emergencies', 'urgence'],
    fr: ['Que fait l’agence en cas d’urgence ?', 'urgence', 'emergency'],
    // The stemmer cuts both to emerg: an emerging issue is no emergency.
    apart: ['Which issues are emerging?', 'emerging', 'urgence', 'en'],
  },
  'sustainable|durable': {
    en: ['Is the return sustainable?', 'sustainable', 'durable'],
    fr: ['Le retour est-il durable ?', 'durable', 'sustainable'],
    apart: ['Who pays for the sustenance of the families?', 'sustenance', 'durable', 'en'],
  },
  'issue|enjeu': {
    en: ['What are the emerging issues?', 'issues', 'enjeu'],
    fr: ['Quels sont les nouveaux enjeux ?', 'enjeux', 'issue'],
    apart: ['Quels jeux pour les enfants ?', 'jeux', 'issue', 'fr'],
  },
  'press|médias': {
    en: ['Who answers press enquiries?', 'press', 'médias'],
    fr: ['Qui répond aux médias ?', 'médias', 'press'],
    apart: ['Can migrants express their views?', 'express', 'médias', 'en'],
  },
};

const translationsOf = (question: string, from: 'en' | 'fr', word: string) => domainTranslations(words(question), from).get(word) ?? [];

describe('the migration catalogue', () => {
  it('has a row here and a reason for every entry', () => {
    expect(DOMAIN_TERMS.map((t) => `${t.en}|${t.fr}`).sort()).toEqual(Object.keys(ROWS).sort());
    for (const t of DOMAIN_TERMS) expect(t.why.length).toBeGreaterThan(20);
  });

  it('never gives a common word of a term as its translation, and still needs it in the question', () => {
    expect(translationsOf('Who grants residence permits?', 'en', 'permits')).toEqual(['séjour']);
    expect(translationsOf('Who grants permits of stay?', 'en', 'permits')).toEqual([]);
    expect(translationsOf('Quels moyens de subsistance ?', 'fr', 'moyens')).toEqual(['livelihood']);
  });

  for (const [entry, row] of Object.entries(ROWS)) {
    it(`${entry}: read from either language, not from a neighbouring word`, () => {
      expect(translationsOf(row.en[0], 'en', row.en[1])).toContain(row.en[2]);
      expect(translationsOf(row.fr[0], 'fr', row.fr[1])).toContain(row.fr[2]);
      const [question, word, translation, from] = row.apart;
      expect(translationsOf(question, from, word)).not.toContain(translation);
    });
  }
});

describe('the catalogue through a vocabulary', () => {
  const PASSAGES = [
    { text: 'Le centre ne participe pas aux expulsions de migrants.', language: 'fr' },
    { text: 'Les envois de fonds aident les familles restées au pays.', language: 'fr' },
    { text: 'The garden is open to every visitor on Sundays.', language: 'en' },
  ];

  it('adds the translations the corpus writes, and only those', async () => {
    const { vocabulary } = await memoryRetriever(PASSAGES);
    const forms = (q: string, w: string) =>
      vocabulary
        .translations(q, 'en')
        .get(w)
        ?.map((f) => f.word) ?? [];
    expect(forms('Does the centre take part in deportations?', 'deportations')).toContain('expulsion');
    // The corpus writes "envois" and "fonds", not "transferts": the other name is left out.
    const remittances = forms('What are remittances?', 'remittances');
    expect(remittances).toEqual(expect.arrayContaining(['envoi', 'fonds']));
    expect(remittances).not.toContain('transfert');
    // Nothing in the corpus for "smuggling": no catalogue translation is added.
    expect(forms('What is smuggling?', 'smuggling')).not.toContain('trafic');
  });

  it('reads the catalogue’s terms in place of the dictionary’s other sense ("remit" as supprimer)', async () => {
    const { vocabulary } = await memoryRetriever([...PASSAGES, { text: 'Vous pouvez supprimer votre compte.', language: 'fr' }], {
      entries: { [englishStem('remittances')]: ['supprimer'] },
    });
    const forms = vocabulary.translations('What are remittances?', 'en').get('remittances') ?? [];
    expect(forms.map((f) => f.word)).toContain('envoi');
    expect(forms.map((f) => f.word)).not.toContain('supprimer');
  });

  it('does not take a longer word beginning as the translation does for it ("States" is not "stateless")', async () => {
    const { vocabulary } = await memoryRetriever([
      { text: 'The Council admitted three new Member States.', language: 'en' },
      { text: 'Les États membres se réunissent chaque année.', language: 'fr' },
    ]);
    const forms = vocabulary.translations('Combien y a-t-il d’apatrides ?', 'fr').get('apatrides') ?? [];
    expect(forms.map((f) => f.word)).not.toContain('stateless');
  });
});
