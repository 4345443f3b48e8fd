// The assistant's own words, in the user's language. Everything else it says is quoted corpus text.
import type { Language } from '../types.js';

const TEXT = {
  fr: {
    leadIn: "Voici ce qu'indiquent les documents de l'OIM :",
    refusal: "Je n'ai pas trouvé la réponse à cette question dans les documents de l'OIM dont je dispose, et je préfère ne rien inventer.",
    topics: (list: string) => `Je peux vous renseigner sur ces sujets : ${list}.`,
    noTopics: "Posez-moi une question sur l'OIM, sa mission ou son action.",
  },
  en: {
    leadIn: "Here is what IOM's documents say (quoted in French, the language of the source):",
    refusal: 'I could not find the answer to this question in the IOM documents I have, and I would rather not make one up.',
    topics: (list: string) => `I can help with these topics (the documents are in French): ${list}.`,
    noTopics: 'Ask me about IOM, its mission or its work.',
  },
} as const;

export function leadIn(language: Language): string {
  return TEXT[language].leadIn;
}

export function refusal(language: Language, topics: string[]): string {
  const t = TEXT[language];
  return `${t.refusal} ${topics.length ? t.topics(topics.join(', ')) : t.noTopics}`;
}
