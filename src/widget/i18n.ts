// Interface strings. Answer text comes from the server in the question's language; these only label the UI.
import type { Language } from '../contract/api.js';

export interface Strings {
  defaultTitle: string;
  openLauncher: string;
  closePanel: string;
  newConversation: string;
  conversation: string;
  intro: string;
  startersLabel: string;
  starters: string[];
  questionLabel: string;
  placeholder: string;
  send: string;
  stop: string;
  you: string;
  assistant: string;
  thinking: string;
  notGrounded: string;
  suggestionsLabel: string;
  contactLink: string;
  errorNetwork: string;
  errorRateLimit: (retryAfterSeconds?: number) => string;
  errorBusy: (retryAfterSeconds?: number) => string;
  errorServer: string;
  errorInvalid: string;
  errorInterrupted: string;
  stopped: string;
  sourceChip: (id: number, title: string) => string;
  lines: (range: readonly [number, number]) => string;
  back: string;
  openSource: string;
  file: string;
  feedbackQuestion: string;
  feedbackUp: string;
  feedbackDown: string;
  feedbackThanks: string;
  feedbackCommentUp: string;
  feedbackCommentDown: string;
  feedbackSendComment: string;
  feedbackCommentSent: string;
  feedbackFailed: string;
}

const en: Strings = {
  defaultTitle: 'IOM assistant',
  openLauncher: 'Open the IOM assistant',
  closePanel: 'Close the assistant',
  newConversation: 'New conversation',
  conversation: 'Conversation',
  intro:
    'Hello! I answer questions about the International Organization for Migration (IOM) from its own texts, and show the passages I rely on.',
  startersLabel: 'Suggested questions',
  starters: ["What are IOM's objectives?", 'How many member states does IOM have?', 'When was IOM founded?'],
  questionLabel: 'Your question',
  placeholder: 'Ask a question about IOM…',
  send: 'Send',
  stop: 'Stop',
  you: 'You:',
  assistant: 'Assistant:',
  thinking: 'Searching the documents…',
  notGrounded: 'Not found in the documents.',
  suggestionsLabel: 'Questions you can ask next',
  contactLink: 'Contact page',
  errorNetwork: 'The assistant cannot be reached right now. Check your connection and try again.',
  errorRateLimit: (s) =>
    s
      ? `Too many questions in a short time. Please try again in ${s} seconds.`
      : 'Too many questions in a short time. Please try again shortly.',
  errorBusy: (s) =>
    s ? `The assistant is busy right now. Please try again in ${s} seconds.` : 'The assistant is busy right now. Please try again shortly.',
  errorServer: 'Something went wrong on our side. Please try again.',
  errorInvalid: 'This question could not be processed. Try shortening or rephrasing it.',
  errorInterrupted: 'The answer was interrupted. Please try again.',
  stopped: 'Answer stopped.',
  sourceChip: (id, title) => `Source ${id}: ${title}`,
  lines: ([a, b]) => (a === b ? `line ${a}` : `lines ${a}–${b}`),
  back: 'Back to the conversation',
  openSource: 'Open the source page',
  file: 'File',
  feedbackQuestion: 'Was this answer helpful?',
  feedbackUp: 'Helpful',
  feedbackDown: 'Not helpful',
  feedbackThanks: 'Thank you. You can add a comment below.',
  feedbackCommentUp: 'Anything to add? (optional)',
  feedbackCommentDown: 'What was wrong? (optional)',
  feedbackSendComment: 'Send comment',
  feedbackCommentSent: 'Comment sent. Thank you!',
  feedbackFailed: 'Your feedback could not be sent. Please try again.',
};

const fr: Strings = {
  defaultTitle: 'Assistant OIM',
  openLauncher: 'Ouvrir l’assistant de l’OIM',
  closePanel: 'Fermer l’assistant',
  newConversation: 'Nouvelle conversation',
  conversation: 'Conversation',
  intro:
    'Bonjour ! Je réponds aux questions sur l’Organisation internationale pour les migrations (OIM) à partir de ses propres textes, en montrant les passages sur lesquels je m’appuie.',
  startersLabel: 'Questions suggérées',
  starters: ['Quels sont les objectifs de l’OIM ?', 'Combien d’États membres compte l’OIM ?', 'Quand l’OIM a-t-elle été créée ?'],
  questionLabel: 'Votre question',
  placeholder: 'Posez une question sur l’OIM…',
  send: 'Envoyer',
  stop: 'Arrêter',
  you: 'Vous :',
  assistant: 'Assistant :',
  thinking: 'Recherche dans les documents…',
  notGrounded: 'Introuvable dans les documents.',
  suggestionsLabel: 'Questions à poser ensuite',
  contactLink: 'Page de contact',
  errorNetwork: 'L’assistant est injoignable pour le moment. Vérifiez votre connexion et réessayez.',
  errorRateLimit: (s) =>
    s
      ? `Trop de questions en peu de temps. Réessayez dans ${s} secondes.`
      : 'Trop de questions en peu de temps. Réessayez dans un instant.',
  errorBusy: (s) =>
    s ? `L’assistant est très sollicité. Réessayez dans ${s} secondes.` : 'L’assistant est très sollicité. Réessayez dans un instant.',
  errorServer: 'Un problème est survenu de notre côté. Veuillez réessayer.',
  errorInvalid: 'Cette question n’a pas pu être traitée. Essayez de la raccourcir ou de la reformuler.',
  errorInterrupted: 'La réponse a été interrompue. Veuillez réessayer.',
  stopped: 'Réponse arrêtée.',
  sourceChip: (id, title) => `Source ${id} : ${title}`,
  lines: ([a, b]) => (a === b ? `ligne ${a}` : `lignes ${a}–${b}`),
  back: 'Retour à la conversation',
  openSource: 'Ouvrir la page source',
  file: 'Fichier',
  feedbackQuestion: 'Cette réponse vous a-t-elle aidé ?',
  feedbackUp: 'Utile',
  feedbackDown: 'Pas utile',
  feedbackThanks: 'Merci. Vous pouvez ajouter un commentaire ci-dessous.',
  feedbackCommentUp: 'Quelque chose à ajouter ? (facultatif)',
  feedbackCommentDown: 'Qu’est-ce qui n’allait pas ? (facultatif)',
  feedbackSendComment: 'Envoyer le commentaire',
  feedbackCommentSent: 'Commentaire envoyé. Merci !',
  feedbackFailed: 'Votre avis n’a pas pu être envoyé. Veuillez réessayer.',
};

const STRINGS: Record<Language, Strings> = { en, fr };

export function stringsFor(lang: Language): Strings {
  return STRINGS[lang];
}

/** A supported language from a BCP 47 tag ("fr-CA" → "fr"), or null. */
export function toLanguage(tag: string | null | undefined): Language | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' || primary === 'en' ? primary : null;
}

/** First supported language among the candidates (data-lang, <html lang>, navigator.language…). */
export function pickLanguage(candidates: ReadonlyArray<string | null | undefined>, fallback: Language = 'fr'): Language {
  for (const candidate of candidates) {
    const lang = toLanguage(candidate);
    if (lang) return lang;
  }
  return fallback;
}
