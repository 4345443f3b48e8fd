// A small bilingual catalogue of migration vocabulary that Debian's FreeDict dictionaries lack or
// translate in another sense: the words the organisation's pages are written in, whichever language
// the visitor asks in. Data, each entry with why; the table test (test/core/domainTerms.test.ts)
// checks each both ways, and that part of a multiword term alone translates nothing.
import { englishStem, isStopWord, stem, words } from './analyzer.js';
import { MAX_INFLECTION } from './stemSet.js';

export interface DomainTerm {
  /** The English term, singular (a multiword term: every content word must be in the question). */
  readonly en: string;
  /** The French term, as a page writes it. */
  readonly fr: string;
  readonly why: string;
  /**
   * Words of the term, in either language, too common alone to stand for it ("à titre indicatif",
   * "les moyens"): a question writing the term still needs them, but they are never added as its
   * translation, where a passage saying them alone would cover it. Not "fonds" of envoi de fonds:
   * without it "envoi" alone stood for remittances, and a donation page's "reçu… envoyé" was quoted.
   */
  readonly common?: readonly string[];
  /**
   * The English word's written forms, matched whole where the stemmer cuts it to a stem other words
   * share: "emergency" and "emerging" are both emerg, and "emerging issues" are no emergency.
   */
  readonly englishForms?: readonly string[];
}

export const DOMAIN_TERMS: readonly DomainTerm[] = [
  { en: 'deportation', fr: 'expulsion', why: 'a State removing a person from its territory: FreeDict has neither deport nor expulsion' },
  { en: 'expel', fr: 'expulser', why: 'eng-fra gives only renvoyer, repousser (to send back, push away), not the State’s act' },
  { en: 'remittance', fr: 'envoi de fonds', why: 'money migrants send home: FreeDict has no remittance' },
  { en: 'remittance', fr: 'transfert de fonds', why: 'the other French name of remittances in IOM texts' },
  {
    en: 'smuggling',
    fr: 'trafic illicite',
    why: 'migrant smuggling is "trafic illicite de migrants" in the UN Protocol: FreeDict has no smuggle',
  },
  { en: 'smuggler', fr: 'passeur', why: 'the person who smuggles migrants across a border: neither word is in FreeDict' },
  {
    en: 'stateless',
    fr: 'apatride',
    why: 'a person no State considers its national: FreeDict has neither (statelessness, apatridie share their stems)',
  },
  { en: 'resettlement', fr: 'réinstallation', why: 'refugees moved to a third country: FreeDict has neither resettle nor réinstaller' },
  {
    en: 'residence permit',
    fr: 'titre de séjour',
    common: ['titre'],
    why: 'the document allowing a stay: FreeDict has no multiword entry for it, and permit is permettre',
  },
  {
    en: 'family reunification',
    common: ['family'],
    fr: 'regroupement familial',
    why: 'relatives joining a migrant: FreeDict has neither reunification nor regroupement',
  },
  {
    en: 'host country',
    fr: "pays d'accueil",
    common: ['pays', 'country'],
    why: 'the country migrants arrive in: eng-fra gives host only as aubergiste, amphitryon, hôte (an innkeeper, a dinner host)',
  },
  { en: 'host community', fr: "communauté d'accueil", why: 'the people among whom displaced persons or migrants settle: host as above' },
  {
    en: 'asylum seeker',
    fr: "demandeur d'asile",
    why: 'a person asking for protection: FreeDict has asylum, but neither seeker nor demandeur',
  },
  {
    en: 'bank transfer',
    fr: 'virement bancaire',
    common: ['bank', 'bancaire'],
    why: 'paying from one bank account into another, as donation pages offer: eng-fra gives transfer only as transfert, which IOM pages use for remittances',
  },
  {
    en: 'livelihood',
    fr: 'moyens de subsistance',
    why: 'what people live on, which recovery work restores: FreeDict has neither',
    common: ['moyens'],
  },
  {
    en: 'issue',
    fr: 'délivrer',
    why: 'an authority issuing a visa or papers: eng-fra gives only éditer, proclamer; fra-eng délivrer only release',
  },
  {
    en: 'press',
    fr: 'médias',
    why: 'the news media ("press office", "press enquiries"), which IOM pages call "médias" ("Bureau des médias"): eng-fra gives press only as a machine or a push (appui, serrer)',
  },
  {
    en: 'housing',
    fr: 'logement',
    why: 'a home to live in, which reintegration and recovery aid provide ("aide au logement"): FreeDict has no housing (its house is maison), and fra-eng gives logement only as abode, accommodation, dwelling, residence',
  },
  {
    en: 'emergency',
    fr: 'urgence',
    englishForms: ['emergency', 'emergencies'],
    why: 'a crisis calling for immediate aid, the humanitarian work IOM pages describe as "situations d\'urgence": eng-fra gives emergency only as crise',
  },
  {
    en: 'sustainable',
    fr: 'durable',
    why: 'lasting, as in sustainable development or a sustainable reintegration ("développement durable", "réintégration durable"): eng-fra has no sustainable, and its sustain is constant',
  },
  { en: 'issue', fr: 'enjeu', why: 'the matters a policy report discusses ("emerging issues", "nouveaux enjeux"): fra-eng has no enjeu' },
];

type From = 'en' | 'fr';

/** A term's content words, stemmed in its language (stop words aside: "titre de séjour" → titr, sejour). */
function contentStems(term: string, language: From): string[] {
  const stemOf = language === 'en' ? englishStem : stem;
  return words(term.toLowerCase())
    .filter((w) => !isStopWord(w, language))
    .map(stemOf);
}

/** A term's content words as written, for the other language's translations, its common ones aside ("envoi de fonds" → envoi). */
function contentWords(term: string, language: From, common: readonly string[] = []): string[] {
  return words(term.toLowerCase()).filter((w) => !isStopWord(w, language) && !common.includes(w));
}

interface ReadTerm {
  readonly stems: readonly string[];
  readonly targets: readonly string[];
  /** Matched by these written forms instead of the stems (DomainTerm.englishForms). */
  readonly forms?: readonly string[];
}

let readTerms: Record<From, readonly ReadTerm[]> | null = null;

/** The catalogue read in both directions, stemmed once (stemming at import would slow every start). */
function terms(): Record<From, readonly ReadTerm[]> {
  readTerms ??= {
    en: DOMAIN_TERMS.map((t) => ({ stems: contentStems(t.en, 'en'), targets: contentWords(t.fr, 'fr', t.common), forms: t.englishForms })),
    fr: DOMAIN_TERMS.map((t) => ({ stems: contentStems(t.fr, 'fr'), targets: contentWords(t.en, 'en', t.common) })),
  };
  return readTerms;
}

/**
 * Is a word's stem (a question's, a passage's) the catalogue word's, or that stem with an ending the
 * stemmer leaves (enjeux, envois: at most MAX_INFLECTION letters more)? Not stemSet's related():
 * "state" is the beginning of "stateless", which no question about member states asks, nor a page
 * saying "Member States" answers.
 */
export function writes(questionStem: string, termStem: string): boolean {
  return questionStem.startsWith(termStem) && questionStem.length - termStem.length <= MAX_INFLECTION;
}

/** Does a question word (with its stem, '' for a stop word) write this word of the term (its stem, or one of its forms)? */
function writesWord(term: ReadTerm, word: string, wordStem: string, termStem: string): boolean {
  if (!wordStem) return false;
  return term.forms ? term.forms.includes(word.toLowerCase()) : writes(wordStem, termStem);
}

/**
 * The catalogue's translations of a question's words (words() gives them) written in `from`: each
 * word of a term the question writes whole (every content word of a multiword term, in any form of
 * its stem (see writes): "deportations", "residence permits", "enjeux") → the other language's content words of the term.
 */
export function domainTranslations(ws: readonly string[], from: From): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const stemOf = from === 'en' ? englishStem : stem;
  const stems = ws.map((w) => (isStopWord(w, from) ? '' : stemOf(w.toLowerCase())));
  for (const term of terms()[from]) {
    if (!term.stems.every((s) => ws.some((w, i) => writesWord(term, w, stems[i], s)))) continue;
    ws.forEach((w, i) => {
      if (!term.stems.some((s) => writesWord(term, w, stems[i], s))) return;
      out.set(w, [...new Set([...(out.get(w) ?? []), ...term.targets])]);
    });
  }
  return out;
}
