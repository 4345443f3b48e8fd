// Follow-ups ("and how many observer states?") only make sense with the conversation. Before
// retrieval they become a standalone question: by the model when there is one, otherwise by a
// deterministic rule that joins an elliptical message to the previous question.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { isStopWord, words } from '../text/analyzer.js';
import { triesToTakeOver } from '../text/takeover.js';
import type { PriorTurn } from './history.js';
import { withOrdinalResolved } from './ordinalReference.js';
import { buildRewriteMessages } from './prompt.js';

type Turn = Pick<PriorTurn, 'role' | 'content'>;

// Openings that mark a message as continuing the previous question, in French and English.
const CONTINUATION = /^\s*(and|also|what about|how about|then|or|et|aussi|ou|puis|alors|quid|sinon)\b/i;
const MAX_ELLIPTICAL_TERMS = 2;
const MAX_REWRITE_LENGTH = 500;

function contentWordCount(text: string): number {
  return words(text).filter((w) => !isStopWord(w, 'en')).length;
}

export function lastUserQuestion(history: readonly Turn[]): string | null {
  for (let i = history.length - 1; i >= 0; i--) if (history[i].role === 'user' && history[i].content.trim()) return history[i].content;
  return null;
}

export function isFollowUp(message: string): boolean {
  return CONTINUATION.test(message) || contentWordCount(message) <= MAX_ELLIPTICAL_TERMS;
}

/**
 * Offline rule: a message naming an item of the previous answer by its rank is searched for that
 * item (ordinalReference.ts); an elliptical message together with the previous question.
 */
export function standaloneByRule(message: string, history: readonly PriorTurn[]): string {
  const resolved = withOrdinalResolved(message, history);
  if (resolved) return resolved;
  const previous = lastUserQuestion(history);
  return previous && isFollowUp(message) ? `${message} ${previous}` : message;
}

export async function standaloneByModel(model: BaseChatModel, message: string, history: PriorTurn[], signal: AbortSignal): Promise<string> {
  if (!lastUserQuestion(history)) return message;
  const reply = await model.invoke(buildRewriteMessages(message, history), { signal });
  const text = typeof reply.content === 'string' ? reply.content.trim() : '';
  // A rewrite that is empty, rambles or carries a takeover (the conversation talked the model into
  // one) is not trusted: the rule is safer.
  return text && text.length <= MAX_REWRITE_LENGTH && !triesToTakeOver(text) ? text : standaloneByRule(message, history);
}
