// The model answer: numbered passages in, streamed text out, checked before it is final.
// Tokens are forwarded word by word with foreign links already removed, and held back while they
// could still be the NO_ANSWER reply, so a client never sees the sentinel.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AIMessageChunk } from '@langchain/core/messages';
import type { Retrieval } from '../retrieve/hybrid.js';
import { toCitation } from './citations.js';
import { buildAnswerMessages, NO_ANSWER } from './prompt.js';
import type { ChatAnswer, Citation, HistoryTurn } from './types.js';
import { removeForeignLinks, validateModelAnswer } from './validate.js';

export class ModelRefusedError extends Error {}
export class UncitedAnswerError extends Error {}

export interface LlmInput {
  question: string;
  retrieval: Retrieval;
  history: HistoryTurn[];
  signal: AbortSignal;
  onCitations?: (citations: Citation[]) => void;
  onToken?: (text: string) => void;
}

function chunkText(chunk: AIMessageChunk): string {
  return typeof chunk.content === 'string' ? chunk.content : chunk.text;
}

/** Releases streamed text up to the last whitespace, once it can no longer be the NO_ANSWER reply. */
class TokenRelease {
  private released = 0;
  constructor(
    private readonly clean: (text: string) => string,
    private readonly send?: (text: string) => void,
  ) {}

  push(full: string, final = false): void {
    if (!this.send) return;
    const trimmed = full.trimStart();
    if (NO_ANSWER.startsWith(trimmed.slice(0, NO_ANSWER.length)) && (trimmed.length <= NO_ANSWER.length || trimmed.startsWith(NO_ANSWER)))
      return;
    const end = final ? full.length : full.search(/\s\S*$/) + 1;
    if (end <= this.released) return;
    const segment = this.clean(full.slice(this.released, end));
    this.released = end;
    if (segment) this.send(segment);
  }
}

export async function llmAnswer(model: BaseChatModel, input: LlmInput): Promise<ChatAnswer> {
  const { passages, reading } = input.retrieval;
  const offered: Citation[] = passages.map((p, i) => toCitation(p, i + 1));
  input.onCitations?.(offered);
  const messages = buildAnswerMessages(input.question, reading.language, passages, input.history);
  const release = new TokenRelease((t) => removeForeignLinks(t, passages), input.onToken);
  let text = '';
  for await (const chunk of await model.stream(messages, { signal: input.signal })) {
    text += chunkText(chunk);
    release.push(text);
  }
  if (text.trim().startsWith(NO_ANSWER)) throw new ModelRefusedError('the model found no answer in the passages');
  release.push(text, true);
  const valid = validateModelAnswer(text, passages);
  if (!valid) throw new UncitedAnswerError('the model answer cites no given passage');
  return {
    answer: valid.text,
    grounded: true,
    citations: offered.filter((c) => valid.cited.includes(c.id)),
    language: reading.language,
    mode: 'llm',
  };
}
