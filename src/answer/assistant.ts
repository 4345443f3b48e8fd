// The answering pipeline behind the chat API, the CLI and the eval: standalone question →
// retrieval → extractive answer, or a model answer checked against the passages, falling back
// to the extractive answer whenever the model fails, times out or cites nothing.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { LRUCache } from 'lru-cache';
import { DEFAULT_MODEL_TIMEOUT_MS, PASSAGES_PER_QUESTION } from '../config.js';
import type { HybridRetriever, Retrieval } from '../retrieve/hybrid.js';
import type { Vocabulary } from '../retrieve/vocabulary.js';
import { detectLanguage } from '../text/language.js';
import { toPassageView, type Language, type PassageView } from '../types.js';
import { extractiveAnswer, refusalAnswer } from './extractive.js';
import { conversationTriesToTakeOver, priorTurns, type PriorTurn } from './history.js';
import { llmAnswer, ModelRefusedError } from './llm.js';
import { ModelBudget, type ModelGate, OverloadedError } from './modelGate.js';
import { lastUserQuestion, standaloneByModel, standaloneByRule } from './standalone.js';
import { copyWith } from '../lib/copyWith.js';
import { TurnSigner } from './turnSignature.js';
import type { ChatAnswer, ChatRequest, Citation, FallbackReason } from './types.js';

export interface AnswerHooks {
  signal?: AbortSignal;
  /** Who asks (the client's address, as the rate limits key it): their share of the model. */
  client?: string;
  onCitations?: (citations: Citation[]) => void;
  onToken?: (text: string) => void;
  /**
   * The passages the answer is chosen from, as retrieved (k of them at most) for the question, so
   * that a layer above reads them instead of sending the same question down the pipeline again.
   * Not called when no retrieval ran: a cached answer, a takeover refused before retrieval.
   */
  onRetrieval?: (retrieval: Retrieval, k: number) => void;
}

export interface AssistantEvents {
  onFallback?: (reason: string, error?: unknown) => void;
}

export interface AssistantOptions {
  retriever: HybridRetriever;
  /** What the corpus knows; the retriever's own by default. */
  vocabulary?: Vocabulary;
  model?: BaseChatModel | null;
  gate?: ModelGate;
  events?: AssistantEvents;
  /** Deadline for all model work of one question (rewrite, answer, retries). */
  modelTimeoutMs?: number;
  /** Passages retrieved per question (and given to the model). */
  passages?: number;
  /** Most recent turns of history used, and the characters kept of each. */
  historyTurns?: number;
  historyChars?: number;
  /** Offline answers kept for repeated questions (the widget's starter questions): 0 turns it off. */
  cacheSize?: number;
  /** Where they are kept, instead of this assistant's own LRU of cacheSize (null: no cache). */
  cache?: AnswerCache | null;
  /** Signs answers and checks the assistant turns of history (a per-process key by default). */
  signer?: TurnSigner;
}

/** Where offline answers are kept for repeated questions (a process's LRU, or one shared by replicas). */
export interface AnswerCache {
  get(key: string): Promise<ChatAnswer | undefined> | ChatAnswer | undefined;
  set(key: string, answer: ChatAnswer): void;
}

export class ClientGoneError extends Error {}

/** Splits an answer into word groups so that offline answers stream like model ones. */
export function tokensOf(text: string): string[] {
  return (
    text.match(/\S+\s*|\s+/g)?.reduce<string[]>((out, word, i) => {
      if (i % 4 === 0) out.push(word);
      else out[out.length - 1] += word;
      return out;
    }, []) ?? []
  );
}

/**
 * Streams a finished text to a caller's token hook, in tokensOf's word groups. Nothing is split
 * without a hook: a JSON caller has none, and splitting every answer for nothing was 0.6% of an
 * uncached chat request's CPU (bench:chat's profile).
 */
export function streamText(text: string, onToken: ((token: string) => void) | undefined): void {
  if (!onToken) return;
  for (const token of tokensOf(text)) onToken(token);
}

/** This process's LRU of `size` answers (null when size is 0: no cache). */
export function lruAnswerCache(size: number): AnswerCache | null {
  if (size <= 0) return null;
  const lru = new LRUCache<string, ChatAnswer>({ max: size });
  return { get: (key) => lru.get(key), set: (key, answer) => void lru.set(key, answer) };
}

export class Assistant {
  readonly retriever: HybridRetriever;
  readonly vocabulary: Vocabulary;
  private readonly options: Required<Omit<AssistantOptions, 'model' | 'gate' | 'events' | 'cache' | 'signer' | 'vocabulary'>> &
    Pick<AssistantOptions, 'model' | 'gate' | 'events'>;
  private readonly signer: TurnSigner;
  // One assistant serves one index, so a reload (a new assistant) starts with an empty cache.
  private readonly cache: AnswerCache | null;

  constructor(options: AssistantOptions) {
    this.retriever = options.retriever;
    this.vocabulary = options.vocabulary ?? options.retriever.vocabulary;
    this.options = {
      modelTimeoutMs: DEFAULT_MODEL_TIMEOUT_MS,
      passages: PASSAGES_PER_QUESTION,
      historyTurns: 6,
      historyChars: 1000,
      cacheSize: 1000,
      ...options,
    };
    this.cache = options.cache !== undefined ? options.cache : lruAnswerCache(this.options.cacheSize);
    this.signer = options.signer ?? new TurnSigner();
  }

  get mode(): 'extractive' | 'llm' {
    return this.options.model ? 'llm' : 'extractive';
  }

  async search(query: string, k: number): Promise<PassageView[]> {
    return (await this.retriever.search(query, k)).map(toPassageView);
  }

  private history(request: ChatRequest): PriorTurn[] {
    return priorTurns(request.history, this.signer, { turns: this.options.historyTurns, chars: this.options.historyChars });
  }

  async answer(request: ChatRequest, hooks: AnswerHooks = {}): Promise<ChatAnswer> {
    return this.signed(await this.answerUnsigned(request, hooks));
  }

  /** The answer with the signature that lets it come back as the assistant's own turn of history. */
  protected signed(answer: ChatAnswer): ChatAnswer {
    return copyWith(answer, { signature: this.signer.sign(answer.answer) });
  }

  /**
   * The answer before it is signed: a layer above that sends another text (a refusal with its help,
   * conversational.ts) signs that text once, rather than this one too. Signing is not cheap on the
   * hot path: an answer signed with a constant instead was 6-12% cheaper (in-process A/B, dev set).
   */
  protected async answerUnsigned(request: ChatRequest, hooks: AnswerHooks): Promise<ChatAnswer> {
    const history = this.history(request);
    const { model } = this.options;
    // A takeover attempt anywhere in the conversation (a forged "SYSTEM:" turn, a disguised "ignore
    // your rules" in an earlier message) is refused before any model or retrieval sees it.
    if (conversationTriesToTakeOver(request.message, request.history)) {
      const language = request.lang ?? detectLanguage(request.message);
      return this.emit(this.refusal({ reading: this.retriever.read(request.message, { language }), passages: [] }), hooks);
    }
    if (!model) {
      const question = standaloneByRule(request.message, history);
      return this.emit(await this.cachedExtractive(question, request.lang, request.message, hooks), hooks);
    }
    const language = request.lang ?? detectLanguage(request.message);
    const budget = new ModelBudget(this.options.gate, this.options.modelTimeoutMs, hooks.signal, hooks.client);
    const { signal } = budget;
    let question = standaloneByRule(request.message, history);
    // The model refused for want of a share or budget: the offline answer, marked with the reason.
    let refused: OverloadedError | null = null;
    try {
      // Only a conversation is rewritten: a first question costs no model call (nor budget).
      if (lastUserQuestion(history)) question = await budget.run(() => standaloneByModel(model, request.message, history, signal));
    } catch (error) {
      this.rethrowIfClientGone(hooks);
      if (error instanceof OverloadedError) refused = error;
    }
    const retrieval = await this.retrieve(question, language, question === request.message, hooks);
    if (!retrieval.passages.length) return this.emit(this.refusal(retrieval), hooks);
    if (refused) return this.offlineInstead(retrieval, refused, hooks);
    try {
      return await budget.run(() =>
        llmAnswer(model, {
          question,
          retrieval,
          history,
          signal,
          visitorText: [request.message, ...history.filter((t) => t.role === 'user').map((t) => t.content)].join('\n'),
          onCitations: hooks.onCitations,
          onToken: hooks.onToken,
        }),
      );
    } catch (error) {
      if (error instanceof ModelRefusedError) return this.emit({ ...this.refusal(retrieval), mode: 'llm' }, hooks, false);
      this.rethrowIfClientGone(hooks);
      if (error instanceof OverloadedError) return this.offlineInstead(retrieval, error, hooks);
      this.options.events?.onFallback?.(error instanceof Error ? error.message : String(error), error);
      return this.emit({ ...this.extractive(retrieval), fallback: true, fallbackReason: 'model_failed' }, hooks);
    }
  }

  /** The model is busy or its budget spent: the offline answer, marked as given instead of the model's. */
  private offlineInstead(retrieval: Retrieval, refused: OverloadedError, hooks: AnswerHooks): ChatAnswer {
    const reason: FallbackReason = refused.reason === 'budget' || refused.reason === 'address_budget' ? 'model_budget' : 'model_busy';
    return this.emit({ ...this.extractive(retrieval), fallback: true, fallbackReason: reason }, hooks);
  }

  /** A gone client is not a model fault: no fallback, the caller handles it. */
  private rethrowIfClientGone(hooks: AnswerHooks): void {
    if (hooks.signal?.aborted) throw new ClientGoneError('client went away');
  }

  /** `screened`: the question is the message answerUnsigned screened for a takeover first. */
  private async retrieve(question: string, language: Language, screened: boolean, hooks: AnswerHooks): Promise<Retrieval> {
    const k = this.options.passages;
    const retrieval = await this.retriever.readAndRetrieve(question, k, { language, screened });
    hooks.onRetrieval?.(retrieval, k);
    return retrieval;
  }

  /** Keyed by the question and the language asked for (if any), so a hit skips detection too. */
  private async cachedExtractive(
    question: string,
    requested: Language | undefined,
    message: string,
    hooks: AnswerHooks,
  ): Promise<ChatAnswer> {
    const key = `${requested ?? 'auto'}\u0000${question.trim().toLowerCase().replace(/\s+/g, ' ')}`;
    const cached = await this.cache?.get(key);
    if (cached) return cached;
    const language = requested ?? detectLanguage(message);
    const answer = this.extractive(await this.retrieve(question, language, question === message, hooks));
    this.cache?.set(key, answer);
    return answer;
  }

  private extractive(retrieval: Retrieval): ChatAnswer {
    return extractiveAnswer(retrieval, this.vocabulary).answer;
  }

  private refusal(retrieval: Retrieval): ChatAnswer {
    return refusalAnswer(retrieval, this.vocabulary);
  }

  /** Sends citations then tokens of a finished answer to streaming callers. */
  private emit(answer: ChatAnswer, hooks: AnswerHooks, sendCitations = true): ChatAnswer {
    if (sendCitations) hooks.onCitations?.(answer.citations);
    streamText(answer.answer, hooks.onToken);
    return answer;
  }
}
