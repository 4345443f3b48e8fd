// One message of each conversational kind in each language, and a question to follow it: shared by
// the catalogue test (how the message is read) and the API test (what the assistant replies).
import type { SmalltalkKind } from '../../src/answer/conversation/catalogue.js';

export const KIND_MESSAGES: Record<SmalltalkKind, { fr: string; en: string }> = {
  greeting: { fr: 'Bonjour !', en: 'Hi there!' },
  thanks: { fr: 'Merci beaucoup', en: 'Thank you' },
  goodbye: { fr: 'Au revoir', en: 'Goodbye!' },
  identity: { fr: 'Qui êtes-vous ?', en: 'Who are you?' },
  human: { fr: 'Êtes-vous un robot ?', en: 'Are you a bot?' },
  help: { fr: 'Que pouvez-vous faire ?', en: 'What can you do?' },
  contact: { fr: 'Je voudrais parler à un conseiller.', en: 'I want to talk to a person.' },
  acknowledgement: { fr: "D'accord.", en: 'OK.' },
};

export const KINDS = Object.entries(KIND_MESSAGES) as Array<[SmalltalkKind, { fr: string; en: string }]>;

/** The kind's message followed by `question`, with a comma when the message has no end punctuation. */
export function followedBy(message: string, question: string): string {
  return `${message}${/[.?!]$/.test(message) ? ' ' : ', '}${question}`;
}
