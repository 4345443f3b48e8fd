// The assistant's own words around suggestions and the contact page, in the visitor's language.
import type { Language } from '../../types.js';

/** Introduces the example or follow-up questions shown after a reply. */
export const SUGGESTIONS_LEAD: Record<Language, string> = {
  fr: ' Voici des questions auxquelles les documents répondent :',
  en: ' Here are some questions the documents answer:',
};

const CONTACT: Record<Language, (url: string) => string> = {
  fr: (url) => ` Pour joindre l'équipe : ${url}`,
  en: (url) => ` To reach the team: ${url}`,
};

/** What follows a refusal: the checked questions offered instead, and the contact page when there is one. */
export function refusalHelp(language: Language, options: { suggestions: boolean; contactUrl?: string }): string {
  return (options.contactUrl ? CONTACT[language](options.contactUrl) : '') + (options.suggestions ? SUGGESTIONS_LEAD[language] : '');
}
