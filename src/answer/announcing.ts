// A sentence that announces what its page explains ("This policy explains which personal data we
// collect", "Découvrez comment l'OIM…") says the question's words without answering it: it names
// the topic, and the sentences after it give the answer. Selection (select.ts) ranks it below those
// sentences, though it may still be quoted beside them. Forms as data, each with why and a sentence
// of each kind (test/answer/announcing.test.ts).
import type { Passage } from '../types.js';

/** One way a sentence announces what a page tells rather than telling it. */
export interface AnnouncingForm {
  id: string;
  pattern: RegExp;
  why: string;
  /** A sentence of this form. */
  example: string;
  /** A close sentence that tells. */
  other: string;
}

export const ANNOUNCING_FORMS: readonly AnnouncingForm[] = Object.freeze([
  {
    id: 'this-page-explains',
    pattern:
      /^(?:This|The present)\s+(?:page|policy|section|report|document|guide|note|chapter|brochure|site|website|factsheet)\s+(?:explains|describes|sets out|outlines|presents|summari[sz]es|details|covers|shows)\b/i,
    why: 'A page opens by saying what it explains: the words of the question are all there, and none of the answer.',
    example: 'This guide explains which seeds the agency lends and how to return them.',
    other: 'The agency lends seeds of 40 old varieties to farmers each spring.',
  },
  {
    id: 'cette-page-explique',
    pattern:
      /^(?:Cette|La présente|Ce|Le présent)\s+(?:page|politique|section|rubrique|rapport|document|guide|note|chapitre|brochure|site|fiche)\s+(?:explique|décrit|présente|expose|résume|détaille|précise|indique)\b/iu,
    why: 'French pages open the same way ("La présente politique explique…"): the topic is named, the answer follows.',
    example: 'La présente fiche explique quelles graines l’agence prête et comment les rendre.',
    other: 'L’agence prête des graines de 40 variétés anciennes aux agriculteurs.',
  },
  {
    id: 'find-out',
    pattern: /^(?:Find out|Learn|Discover|Read|See)\s+(?:more\s+)?(?:about|how|what|why|which|where|who|when)\b/i,
    why: 'A link-like invitation ("Find out how…", "Learn more about…") points to the answer elsewhere.',
    example: 'Find out how the agency lends seeds to farmers.',
    other: 'The agency lends seeds to farmers through its regional banks.',
  },
  {
    id: 'decouvrez',
    pattern: /^(?:Découvrez|Apprenez|En savoir plus)\s+(?:comment|ce qu|ce que|quel|quelle|quels|quelles|pourquoi|où|qui|quand|sur)\b/iu,
    why: 'French invitations ("Découvrez comment…", "En savoir plus sur…") point to the answer elsewhere too.',
    example: 'Découvrez comment l’agence prête des graines aux agriculteurs.',
    other: 'L’agence prête des graines aux agriculteurs par ses banques régionales.',
  },
]);

/** Does a sentence announce what its page tells (one of ANNOUNCING_FORMS)? */
export function announces(text: string): boolean {
  return ANNOUNCING_FORMS.some((f) => f.pattern.test(text));
}

/**
 * How much of its coverage an announcing sentence keeps for ranking: half, so a sentence under it
 * that says half the question's words ranks level with it (the privacy page's "We collect the data
 * you choose to send us…" against "This policy explains which personal data IOM collects", my own
 * questions on the multidoc fixture); not grounding's coverage, which still reads what it says.
 */
export const ANNOUNCING_SHARE = 0.5;

/** What onAnnouncingPages reads of a scored sentence (select.ts ScoredUnit). */
interface AnnouncedUnit {
  /** Share of the question's own words it says. */
  coverage: number;
  /** Its passage's index among the passages retrieved. */
  passage: number;
  announcing?: boolean;
}

/**
 * A sentence covering at least this share of the question's own words says all of it: 1, less a
 * float's rounding of summed weights over their total.
 */
const SAYS_ALL = 0.999;

/**
 * The sentences of the pages whose announcing line (ANNOUNCING_FORMS) says the whole question, when
 * one does: the page declares it answers the question, and its sentences after that line give the
 * answer. The announcing line is ranked at half its coverage (ANNOUNCING_SHARE), so the best score
 * the keep ratio reads came from another page's sentence sharing some of the question's words in
 * another sense: "Quelles données personnelles collectez-vous ?" quoted, beside the privacy page,
 * displaced people gathering in "sites collectifs" and a Director General who "has set out three
 * aims" (collectez read as set, group). Other sentences are unaffected when no page announces it.
 */
export function onAnnouncingPages<U extends AnnouncedUnit>(units: U[], passages: readonly Passage[]): U[] {
  const pages = new Set(units.filter((u) => u.announcing && u.coverage >= SAYS_ALL).map((u) => passages[u.passage].source));
  return pages.size ? units.filter((u) => pages.has(passages[u.passage].source)) : units;
}
