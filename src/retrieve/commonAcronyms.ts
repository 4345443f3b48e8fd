// Acronyms the public types for bodies and terms that a migration organisation's pages often write
// only in words: "Does IOM work with NGOs?" against a page on its "partenaires non gouvernementaux".
// The corpus's own acronyms are read from its text (acronyms.ts, acronymReader.ts); these are the
// ones it may never write, so a visitor's NGO was a word no passage has, and the question was
// refused though its spelled-out form is answered. Spelled out in the acronym's own language: the
// glossary translates the words as it translates any question's (NGO on a French page).
// Hand-written because it is this domain's short list (the UN system, its terms); a general
// acronym dictionary would expand every capitalised word of a question into unrelated names.
import type { Language } from '../types.js';

export interface CommonAcronym {
  acronym: string;
  language: Language;
  spelledOut: string;
}

export const COMMON_ACRONYMS: readonly CommonAcronym[] = [
  { acronym: 'NGO', language: 'en', spelledOut: 'non-governmental organization' },
  { acronym: 'ONG', language: 'fr', spelledOut: 'organisation non gouvernementale' },
  { acronym: 'UN', language: 'en', spelledOut: 'United Nations' },
  { acronym: 'ONU', language: 'fr', spelledOut: 'Organisation des Nations Unies' },
  { acronym: 'EU', language: 'en', spelledOut: 'European Union' },
  { acronym: 'UE', language: 'fr', spelledOut: 'Union européenne' },
  { acronym: 'SDG', language: 'en', spelledOut: 'Sustainable Development Goal' },
  { acronym: 'ODD', language: 'fr', spelledOut: 'objectif de développement durable' },
  { acronym: 'IDP', language: 'en', spelledOut: 'internally displaced person' },
  { acronym: 'PDI', language: 'fr', spelledOut: 'personne déplacée interne' },
  { acronym: 'WHO', language: 'en', spelledOut: 'World Health Organization' },
  { acronym: 'OMS', language: 'fr', spelledOut: 'Organisation mondiale de la Santé' },
  { acronym: 'UNHCR', language: 'en', spelledOut: 'United Nations High Commissioner for Refugees' },
  { acronym: 'HCR', language: 'fr', spelledOut: 'Haut-Commissariat des Nations Unies pour les réfugiés' },
  { acronym: 'WFP', language: 'en', spelledOut: 'World Food Programme' },
  { acronym: 'PAM', language: 'fr', spelledOut: 'Programme alimentaire mondial' },
  { acronym: 'ILO', language: 'en', spelledOut: 'International Labour Organization' },
  { acronym: 'OIT', language: 'fr', spelledOut: 'Organisation internationale du Travail' },
  { acronym: 'UNDP', language: 'en', spelledOut: 'United Nations Development Programme' },
  { acronym: 'PNUD', language: 'fr', spelledOut: 'Programme des Nations Unies pour le développement' },
  // An organisation's own offices and roles, as visitors abbreviate them ("Who is the DG?").
  { acronym: 'DG', language: 'en', spelledOut: 'Director General' },
  { acronym: 'DG', language: 'fr', spelledOut: 'directeur général' },
  { acronym: 'HQ', language: 'en', spelledOut: 'headquarters' },
  // A quartier général is what an organisation's pages call its siège.
  { acronym: 'QG', language: 'fr', spelledOut: 'siège' },
];

/** Each acronym's entries by language: one written alike in both (DG) is spelled out in the question's. */
const BY_ACRONYM = new Map<string, Partial<Record<Language, CommonAcronym>>>();
for (const a of COMMON_ACRONYMS) BY_ACRONYM.set(a.acronym, { ...BY_ACRONYM.get(a.acronym), [a.language]: a });
/** An acronym in capitals, possibly with a plural s ("NGOs"): 2 to 6 capitals, as acronyms.ts reads them. */
const WRITTEN_ACRONYM = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})s?(?![\p{L}\p{N}])/gu;

/**
 * The question (in `language`) with each common acronym written out, but for those `known` says the corpus reads
 * itself (it writes them, or spells them out). A plural's s is dropped with its acronym: the
 * analyzer stems the spelled-out words alike either way.
 */
export function spellOutCommonAcronyms(question: string, language: Language, known: (acronym: string) => boolean): string {
  WRITTEN_ACRONYM.lastIndex = 0;
  if (!WRITTEN_ACRONYM.test(question)) return question;
  return question.replace(WRITTEN_ACRONYM, (written, acronym: string) => {
    const entries = BY_ACRONYM.get(acronym);
    const common = entries?.[language] ?? entries?.en ?? entries?.fr;
    return common && !known(acronym) ? common.spelledOut : written;
  });
}
