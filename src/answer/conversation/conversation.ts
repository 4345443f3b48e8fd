// What the assistant does with a message besides searching: read it (conversational turn or
// question), settle its language, reply to conversational turns, and offer checked questions —
// example questions after a greeting or "help", and follow-ups after an answer or a refusal.
// One per loaded index: the outline and every verdict belong to that index.
import type { Language } from '../../types.js';
import { type FollowUpInput, followUpCandidates, outlineCandidates } from './candidates.js';
import { CONVERSATIONAL_KINDS, type SmalltalkKind } from './catalogue.js';
import type { BilingualKnowledge } from './labelEquivalents.js';
import { type LanguageHints, settleLanguage } from './language.js';
import type { CorpusOutline } from './outline.js';
import { copyWith } from '../../lib/copyWith.js';
import { recogniseTurn, type TurnReading } from './recognise.js';
import { type Answerable, SuggestionVerifier } from './verify.js';

/** Example questions after a greeting or "help": three or four, as the widget shows them. */
export const EXAMPLES_OFFERED = 4;
/** Follow-up questions after an answer. */
export const FOLLOW_UPS_OFFERED = 3;
/**
 * Candidates asked for the first time in one turn, at most. With verdicts remembered per index the
 * next turns near the same passages cost nothing; eight keeps a cold turn within a few extra offline answers.
 */
export const NEW_CHECKS_PER_TURN = 8;
/** Example candidates asked when a language's examples are first needed (once per index). */
export const EXAMPLE_CHECKS = 24;

const SALUTATION: Record<Language, string> = { fr: 'Bonjour ! ', en: 'Hello! ' };
/** Kinds whose reply offers example questions. */
const OFFERS_EXAMPLES = new Set<SmalltalkKind>(['greeting', 'help']);

export interface ConversationOptions {
  /** The loaded index's outline; without one, no examples or follow-ups are offered. */
  outline: CorpusOutline | null;
  answerable: Answerable;
  contactUrl?: string;
  /** English for the French labels an English visitor is offered (labelEquivalents.ts); none: labels as written. */
  knowledge?: BilingualKnowledge | null;
}

export interface SmalltalkReply {
  kind: SmalltalkKind;
  answer: string;
  suggestions: string[];
  contactUrl?: string;
}

export class Conversation {
  private readonly verifier: SuggestionVerifier;
  private readonly examplesByLanguage = new Map<Language, Promise<string[]>>();

  constructor(private readonly options: ConversationOptions) {
    this.verifier = new SuggestionVerifier(options.answerable);
  }

  read(message: string): TurnReading {
    return recogniseTurn(message);
  }

  language(reading: TurnReading, message: string, hints: LanguageHints): Language {
    const text = reading.type === 'question' ? reading.question : message;
    return settleLanguage(text, copyWith(hints, { guess: reading.type === 'smalltalk' ? reading.language : null }));
  }

  async reply(kind: SmalltalkKind, opener: SmalltalkKind | null, language: Language): Promise<SmalltalkReply> {
    const entry = CONVERSATIONAL_KINDS.find((k) => k.kind === kind);
    if (!entry) throw new Error(`no conversational kind ${kind}`);
    const suggestions = OFFERS_EXAMPLES.has(kind) ? await this.examples(language) : [];
    const { contactUrl } = this.options;
    const text = entry.reply[language]({ contactUrl, examples: suggestions.length > 0 });
    const salutation = opener === 'greeting' && kind !== 'greeting' ? SALUTATION[language] : '';
    const reply: SmalltalkReply = { kind, answer: salutation + text, suggestions };
    if (kind === 'contact' && contactUrl) reply.contactUrl = contactUrl;
    return reply;
  }

  /** Example questions the corpus answers, in this language: found once per index and language. */
  examples(language: Language): Promise<string[]> {
    const { outline } = this.options;
    if (!outline) return Promise.resolve([]);
    let examples = this.examplesByLanguage.get(language);
    if (!examples) {
      examples = this.verifier.pick(
        outlineCandidates(outline, language, this.options.knowledge),
        language,
        EXAMPLES_OFFERED,
        EXAMPLE_CHECKS,
      );
      this.examplesByLanguage.set(language, examples);
    }
    return examples;
  }

  /** Checked questions that follow from an answer's passages (or, for a refusal, from what retrieval found). */
  async followUps(input: FollowUpInput, count = FOLLOW_UPS_OFFERED): Promise<string[]> {
    const { outline } = this.options;
    if (!outline) return [];
    const candidates = followUpCandidates(input, outline, this.options.knowledge);
    return this.verifier.pick(candidates, input.language, count, NEW_CHECKS_PER_TURN);
  }

  /** A question this assistant checked and offered: asked back, it is answered as it stands, not joined to the history. */
  offered(question: string, language: Language): Promise<boolean> {
    return this.verifier.wasVerified(question, language);
  }
}
