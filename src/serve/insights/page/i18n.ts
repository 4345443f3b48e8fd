// Interface strings of the insights page and the evidence snapshot, in French and English. Shared
// by the server (the HTML templates) and the page script, so both always agree. What visitors wrote
// and what the assistant answered are shown as they are, in their own language.
import type { Language } from '../../../contract/api.js';
import type { PassageStatus } from '../../../contract/insights.js';

export interface InsightsStrings {
  pageTitle: string;
  heading: string;
  intro: string;
  otherLanguage: string;
  otherLanguageLabel: string;
  factCheckLink: string;
  rangeLegend: string;
  from: string;
  to: string;
  show: string;
  exportCsv: string;
  exportJson: string;
  summaryHeading: string;
  trendHeading: string;
  trendTable: string;
  topHeading: string;
  unansweredHeading: string;
  unansweredIntro: string;
  negativeHeading: string;
  splitsHeading: string;
  byLanguage: string;
  byMode: string;
  // Column and figure labels.
  day: string;
  question: string;
  language: string;
  mode: string;
  questions: string;
  unanswered: string;
  variants: string;
  up: string;
  down: string;
  fallback: string;
  lastAsked: string;
  answer: string;
  comment: string;
  citations: string;
  evidenceLink: string;
  noComment: string;
  none: string;
  loading: string;
  loaded: (from: string, to: string) => string;
  modeName: (mode: string, fallback: boolean) => string;
  languageName: (language: string) => string;
  lines: (range: readonly [number, number]) => string;
  page: (page: number) => string;
  chartLabel: (days: number, questions: number, unanswered: number) => string;
  errorAuth: string;
  errorRange: string;
  errorNetwork: string;
  errorServer: string;
  // The evidence snapshot.
  snapshotTitle: string;
  snapshotHeading: string;
  askedOn: string;
  grounded: string;
  yes: string;
  no: string;
  builtFrom: string;
  currentBuild: string;
  feedback: string;
  ratingName: (rating: 'up' | 'down') => string;
  stillSame: string;
  changedSince: (changed: number, total: number) => string;
  noPassages: string;
  passageStatus: Record<PassageStatus, string>;
  hash: string;
  jsonForm: string;
  backToInsights: string;
}

const fr: InsightsStrings = {
  pageTitle: 'Questions et avis — OIM',
  heading: 'Ce que le public demande',
  intro:
    'Les questions posées à l’assistant, regroupées quand elles demandent la même chose, celles auxquelles les documents ne répondent pas (le contenu qui manque au site) et les réponses jugées mauvaises, avec leurs sources. Les adresses électroniques, numéros de téléphone et numéros d’identité sont effacés avant tout enregistrement.',
  otherLanguage: 'English',
  otherLanguageLabel: 'Use this page in English',
  factCheckLink: 'Vérification des faits',
  rangeLegend: 'Période',
  from: 'Du',
  to: 'Au',
  show: 'Afficher',
  exportCsv: 'Exporter en CSV',
  exportJson: 'Exporter en JSON',
  summaryHeading: 'En bref',
  trendHeading: 'Questions par jour',
  trendTable: 'Données du graphique',
  topHeading: 'Questions les plus posées',
  unansweredHeading: 'Questions sans réponse (contenu manquant)',
  unansweredIntro: 'Les documents ne répondent pas à ces questions : ce sont les pages qui manquent.',
  negativeHeading: 'Réponses jugées mauvaises',
  splitsHeading: 'Par langue et par mode',
  byLanguage: 'Par langue',
  byMode: 'Par mode de réponse',
  day: 'Jour',
  question: 'Question',
  language: 'Langue',
  mode: 'Mode',
  questions: 'Questions',
  unanswered: 'Sans réponse',
  variants: 'Formulations',
  up: 'Utile',
  down: 'Pas utile',
  fallback: 'Repli sans modèle',
  lastAsked: 'Dernière fois',
  answer: 'Réponse donnée',
  comment: 'Commentaire',
  citations: 'Sources citées',
  evidenceLink: 'Preuve de la réponse',
  noComment: 'Pas de commentaire.',
  none: 'Rien sur cette période.',
  loading: 'Chargement…',
  loaded: (from, to) => `Période du ${from} au ${to}.`,
  modeName: (mode, fallback) => (mode === 'llm' ? 'modèle de langue' : fallback ? 'extraits (repli)' : 'extraits'),
  languageName: (language) => (language === 'en' ? 'anglais' : 'français'),
  lines: ([a, b]) => (a === b ? `ligne ${a}` : `lignes ${a}–${b}`),
  page: (page) => `page ${page}`,
  chartLabel: (days, questions, unanswered) =>
    `Questions par jour sur ${days} jours : ${questions} questions, dont ${unanswered} sans réponse. Les chiffres sont dans le tableau qui suit.`,
  errorAuth: 'Accès refusé : cette page demande le jeton du personnel.',
  errorRange: 'Période invalide : ',
  errorNetwork: 'Le service ne répond pas. Vérifiez la connexion et réessayez.',
  errorServer: 'Une erreur est survenue de notre côté. Réessayez.',
  snapshotTitle: 'Preuve d’une réponse — OIM',
  snapshotHeading: 'Preuve de la réponse',
  askedOn: 'Posée le',
  grounded: 'Fondée sur les documents',
  yes: 'oui',
  no: 'non',
  builtFrom: 'Index utilisé',
  currentBuild: 'Index actuel',
  feedback: 'Avis du visiteur',
  ratingName: (rating) => (rating === 'up' ? 'utile' : 'pas utile'),
  stillSame: 'Le corpus actuel dit toujours la même chose : chaque passage cité est inchangé.',
  changedSince: (changed, total) =>
    `Le corpus a changé depuis cette réponse : ${changed} passage${changed > 1 ? 's' : ''} sur ${total} ne ${changed > 1 ? 'sont' : 'est'} plus le${changed > 1 ? 's' : ''} même${changed > 1 ? 's' : ''}.`,
  noPassages: 'Cette réponse ne cite aucun passage.',
  passageStatus: { unchanged: 'Inchangé', changed: 'Modifié depuis', source_missing: 'Source supprimée' },
  hash: 'Empreinte SHA-256',
  jsonForm: 'Version JSON',
  backToInsights: 'Retour aux questions',
};

const en: InsightsStrings = {
  pageTitle: 'Questions and feedback — IOM',
  heading: 'What the public asks',
  intro:
    'Questions asked to the assistant, grouped when they ask the same thing, those the documents do not answer (the content the website is missing) and answers visitors found wrong, with their sources. E-mail addresses, phone numbers and ID numbers are removed before anything is stored.',
  otherLanguage: 'Français',
  otherLanguageLabel: 'Utiliser cette page en français',
  factCheckLink: 'Fact check',
  rangeLegend: 'Period',
  from: 'From',
  to: 'To',
  show: 'Show',
  exportCsv: 'Export as CSV',
  exportJson: 'Export as JSON',
  summaryHeading: 'At a glance',
  trendHeading: 'Questions per day',
  trendTable: 'Chart data',
  topHeading: 'Most asked questions',
  unansweredHeading: 'Unanswered questions (content gaps)',
  unansweredIntro: 'The documents do not answer these questions: these are the pages the website is missing.',
  negativeHeading: 'Answers found wrong',
  splitsHeading: 'By language and mode',
  byLanguage: 'By language',
  byMode: 'By answer mode',
  day: 'Day',
  question: 'Question',
  language: 'Language',
  mode: 'Mode',
  questions: 'Questions',
  unanswered: 'Unanswered',
  variants: 'Wordings',
  up: 'Helpful',
  down: 'Not helpful',
  fallback: 'Fallback without the model',
  lastAsked: 'Last asked',
  answer: 'Answer given',
  comment: 'Comment',
  citations: 'Sources cited',
  evidenceLink: 'Evidence for this answer',
  noComment: 'No comment.',
  none: 'Nothing in this period.',
  loading: 'Loading…',
  loaded: (from, to) => `Period from ${from} to ${to}.`,
  modeName: (mode, fallback) => (mode === 'llm' ? 'language model' : fallback ? 'quotes (fallback)' : 'quotes'),
  languageName: (language) => (language === 'en' ? 'English' : 'French'),
  lines: ([a, b]) => (a === b ? `line ${a}` : `lines ${a}–${b}`),
  page: (page) => `page ${page}`,
  chartLabel: (days, questions, unanswered) =>
    `Questions per day over ${days} days: ${questions} questions, ${unanswered} of them unanswered. The figures are in the table that follows.`,
  errorAuth: 'Access refused: this page needs the staff token.',
  errorRange: 'Invalid period: ',
  errorNetwork: 'The service does not answer. Check the connection and try again.',
  errorServer: 'Something went wrong on our side. Please try again.',
  snapshotTitle: 'Evidence for an answer — IOM',
  snapshotHeading: 'Evidence for the answer',
  askedOn: 'Asked on',
  grounded: 'Grounded in the documents',
  yes: 'yes',
  no: 'no',
  builtFrom: 'Index used',
  currentBuild: 'Current index',
  feedback: 'Visitor’s feedback',
  ratingName: (rating) => (rating === 'up' ? 'helpful' : 'not helpful'),
  stillSame: 'The current corpus still says the same: every cited passage is unchanged.',
  changedSince: (changed, total) =>
    `The corpus has changed since this answer: ${changed} of ${total} cited passage${total > 1 ? 's' : ''} ${changed > 1 ? 'are' : 'is'} no longer the same.`,
  noPassages: 'This answer cites no passage.',
  passageStatus: { unchanged: 'Unchanged', changed: 'Changed since', source_missing: 'Source removed' },
  hash: 'SHA-256 hash',
  jsonForm: 'JSON form',
  backToInsights: 'Back to the questions',
};

export const INSIGHTS_STRINGS: Record<Language, InsightsStrings> = { fr, en };
