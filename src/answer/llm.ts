// The model answer: numbered passages in, text out sentence by sentence, each sentence checked
// against the passages before it is sent (sentenceRelease.ts), so what the checks remove or reject
// never reaches the visitor, and the final answer is exactly the text that was streamed.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AIMessageChunk } from '@langchain/core/messages';
import type { Retrieval } from '../retrieve/hybrid.js';
import { toCitation } from './citations.js';
import type { PriorTurn } from './history.js';
import { buildAnswerMessages } from './prompt.js';
import { SentenceRelease } from './sentenceRelease.js';
import type { ChatAnswer, Citation } from './types.js';
import { Evidence } from './validate.js';

export { PromptEchoError } from './validate.js';
export class ModelRefusedError extends Error {}
export class UncitedAnswerError extends Error {}

export interface LlmInput {
  question: string;
  retrieval: Retrieval;
  history: PriorTurn[];
  signal: AbortSignal;
  /** The visitor's own words (message and earlier questions): a name they wrote may be named back to them. */
  visitorText?: string;
  onCitations?: (citations: Citation[]) => void;
  onToken?: (text: string) => void;
}

function chunkText(chunk: AIMessageChunk): string {
  return typeof chunk.content === 'string' ? chunk.content : chunk.text;
}

export async function llmAnswer(model: BaseChatModel, input: LlmInput): Promise<ChatAnswer> {
  const { passages, reading } = input.retrieval;
  const offered: Citation[] = passages.map((p, i) => toCitation(p, i + 1));
  input.onCitations?.(offered);
  const messages = buildAnswerMessages(input.question, reading.language, passages, input.history);
  const evidence = new Map<string, Evidence>();
  const evidenceFor = (cited: number[]) => {
    const ids = [...new Set(cited)].filter((n) => n >= 1 && n <= passages.length).sort((a, b) => a - b);
    const key = ids.join(',');
    const found =
      evidence.get(key) ??
      new Evidence(
        ids.map((n) => passages[n - 1]),
        input.visitorText ?? '',
      );
    evidence.set(key, found);
    return found;
  };
  const release = new SentenceRelease(passages.length, evidenceFor, input.onToken);
  for await (const chunk of await model.stream(messages, { signal: input.signal })) release.push(chunkText(chunk));
  const answer = release.end();
  if (answer.refused) throw new ModelRefusedError('the model found no answer in the passages');
  if (!answer.cited.length) throw new UncitedAnswerError('the model answer cites no given passage');
  return {
    answer: answer.text,
    grounded: true,
    citations: offered.filter((c) => answer.cited.includes(c.id)),
    language: reading.language,
    mode: 'llm',
    ...(answer.changed ? { modified: true } : {}),
  };
}
