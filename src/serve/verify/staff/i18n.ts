// Interface strings of the staff page, in French and English. Verdict explanations come from the
// server in the claim's language; these only label the page. Shared by the server (the HTML) and
// the browser script, so both always agree.
import type { Language, Verdict } from '../../../contract/api.js';
import { MAX_CLAIM_LENGTH } from '../../../contract/limits.js';

export { MAX_CLAIM_LENGTH };

export interface StaffStrings {
  pageTitle: string;
  heading: string;
  intro: string;
  otherLanguage: string;
  otherLanguageLabel: string;
  claimsLabel: string;
  claimsHint: string;
  check: string;
  resultsHeading: string;
  searchHeading: string;
  searchLabel: string;
  searchButton: string;
  verdicts: Record<Verdict, string>;
  evidenceLabel: string;
  closestLabel: string;
  noEvidence: string;
  checking: (n: number) => string;
  checked: (n: number) => string;
  searching: string;
  searchDone: (n: number) => string;
  noPassage: string;
  lines: (range: readonly [number, number]) => string;
  score: (score: number) => string;
  modeLlm: string;
  noClaims: string;
  tooManyClaims: (max: number) => string;
  claimTooLong: (max: number) => string;
  errorNetwork: string;
  errorRateLimit: string;
  errorAuth: string;
  errorServer: string;
}

export const MAX_CLAIMS = 20;

const fr: StaffStrings = {
  pageTitle: 'Vérification des faits — OIM',
  heading: 'Vérifier une affirmation',
  intro:
    'Collez une ou plusieurs affirmations sur l’OIM, une par ligne. Chacune est comparée au texte institutionnel de l’Organisation : le verdict est accompagné des phrases exactes de la source, avec le fichier et les lignes.',
  otherLanguage: 'English',
  otherLanguageLabel: 'Use this page in English',
  claimsLabel: 'Affirmations à vérifier (une par ligne)',
  claimsHint: 'Ctrl+Entrée vérifie aussi. Au plus 20 affirmations de 1000 caractères.',
  check: 'Vérifier',
  resultsHeading: 'Résultats',
  searchHeading: 'Rechercher dans le texte source',
  searchLabel: 'Mots à rechercher',
  searchButton: 'Rechercher',
  verdicts: { supported: 'Confirmée', contradicted: 'Contredite', not_found: 'Introuvable dans le texte' },
  evidenceLabel: 'Citations de la source',
  closestLabel: 'Passages les plus proches (ne tranchent pas)',
  noEvidence: 'Aucun passage pertinent.',
  checking: (n) => (n > 1 ? `Vérification de ${n} affirmations…` : 'Vérification en cours…'),
  checked: (n) => (n > 1 ? `${n} affirmations vérifiées.` : 'Affirmation vérifiée.'),
  searching: 'Recherche en cours…',
  searchDone: (n) => (n ? `${n} passage${n > 1 ? 's' : ''} trouvé${n > 1 ? 's' : ''}.` : 'Aucun passage trouvé.'),
  noPassage: 'Aucun passage trouvé.',
  lines: ([a, b]) => (a === b ? `ligne ${a}` : `lignes ${a}–${b}`),
  score: (s) => `pertinence ${s.toFixed(2).replace('.', ',')}`,
  modeLlm: 'vérifié aussi par le modèle de langue',
  noClaims: 'Saisissez au moins une affirmation.',
  tooManyClaims: (max) => `Au plus ${max} affirmations à la fois : seules les ${max} premières sont vérifiées.`,
  claimTooLong: (max) => `Cette affirmation dépasse ${max} caractères : raccourcissez-la.`,
  errorNetwork: 'Le service ne répond pas. Vérifiez la connexion et réessayez.',
  errorRateLimit: 'Trop de demandes en peu de temps. Réessayez dans un instant.',
  errorAuth: 'Accès refusé : cette page demande le jeton du personnel.',
  errorServer: 'Une erreur est survenue de notre côté. Réessayez.',
};

const en: StaffStrings = {
  pageTitle: 'Fact check — IOM',
  heading: 'Check a claim',
  intro:
    'Paste one or more claims about IOM, one per line. Each is compared with the Organization’s institutional text (in French): the verdict comes with the exact sentences of the source, with the file and lines.',
  otherLanguage: 'Français',
  otherLanguageLabel: 'Utiliser cette page en français',
  claimsLabel: 'Claims to check (one per line)',
  claimsHint: 'Ctrl+Enter also checks. At most 20 claims of 1000 characters.',
  check: 'Check',
  resultsHeading: 'Results',
  searchHeading: 'Search the source text',
  searchLabel: 'Words to search for',
  searchButton: 'Search',
  verdicts: { supported: 'Supported', contradicted: 'Contradicted', not_found: 'Not found in the text' },
  evidenceLabel: 'Quotes from the source',
  closestLabel: 'Closest passages (they do not decide)',
  noEvidence: 'No relevant passage.',
  checking: (n) => (n > 1 ? `Checking ${n} claims…` : 'Checking…'),
  checked: (n) => (n > 1 ? `${n} claims checked.` : 'Claim checked.'),
  searching: 'Searching…',
  searchDone: (n) => (n ? `${n} passage${n > 1 ? 's' : ''} found.` : 'No passage found.'),
  noPassage: 'No passage found.',
  lines: ([a, b]) => (a === b ? `line ${a}` : `lines ${a}–${b}`),
  score: (s) => `relevance ${s.toFixed(2)}`,
  modeLlm: 'also checked by the language model',
  noClaims: 'Enter at least one claim.',
  tooManyClaims: (max) => `At most ${max} claims at a time: only the first ${max} are checked.`,
  claimTooLong: (max) => `This claim is longer than ${max} characters: please shorten it.`,
  errorNetwork: 'The service does not answer. Check the connection and try again.',
  errorRateLimit: 'Too many requests in a short time. Try again in a moment.',
  errorAuth: 'Access refused: this page needs the staff token.',
  errorServer: 'Something went wrong on our side. Please try again.',
};

export const STAFF_STRINGS: Record<Language, StaffStrings> = { fr, en };

export function staffLanguage(value: unknown): Language | null {
  return value === 'fr' || value === 'en' ? value : null;
}
