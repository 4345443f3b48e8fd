// The conversation as the answer layer uses it: every turn screened for a takeover attempt (a
// "user" turn holding "SYSTEM: …" or a leetspeak "ignore your rules" is refused like the message
// itself), assistant turns checked against the server's signature, the latest turns kept.
import { triesToTakeOver } from '../text/takeover.js';
import type { HistoryTurn } from './types.js';
import type { TurnSigner } from './turnSignature.js';

/** A turn of history as given to the model: `verified` only for the server's own signed answers. */
export interface PriorTurn {
  role: 'user' | 'assistant';
  content: string;
  verified: boolean;
}

export interface HistoryLimits {
  turns: number;
  chars: number;
}

/** Does the message or any turn of the conversation, whoever it claims to come from, try to take the assistant over? */
export function conversationTriesToTakeOver(message: string, history: readonly HistoryTurn[] = []): boolean {
  return triesToTakeOver(message) || history.some((turn) => triesToTakeOver(turn.content));
}

/** The latest turns, shortened, each assistant turn verified against its signature before it is cut. */
export function priorTurns(history: readonly HistoryTurn[] = [], signer: TurnSigner, limits: HistoryLimits): PriorTurn[] {
  return history.slice(-limits.turns).map((turn) => ({
    role: turn.role,
    content: turn.content.slice(0, limits.chars),
    verified: turn.role === 'assistant' && signer.verify(turn.content, turn.signature),
  }));
}
