// Composes the answering pipeline from configuration: used by the server, the ask CLI and the eval,
// so that all three answer through the same code path.
import type { AnswerCache, Assistant, AssistantEvents } from '../answer/assistant.js';
import { ConversationalAssistant } from '../answer/conversation/conversational.js';
import { CorpusOutline } from '../answer/conversation/outline.js';
import { createChatModel } from '../answer/model.js';
import { ModelGate } from '../answer/modelGate.js';
import { TurnSigner } from '../answer/turnSignature.js';
import type { Config } from '../config.js';
import { createEmbedder, type Embedder } from '../embed/index.js';
import type { CorpusWarning } from '../corpus/load.js';
import { readChunks } from '../index/diskIndex.js';
import type { Manifest } from '../index/manifest.js';
import { ingest, isIndexStale, type IngestResult } from '../ingest/ingest.js';
import { openRetriever } from '../retrieve/open.js';
import { createVerifier } from '../verify/index.js';
import type { VerifyService } from '../verify/types.js';

export interface LoadedAssistant {
  assistant: Assistant;
  verifier: VerifyService;
  manifest: Manifest;
}

export interface ServiceOverrides {
  embedder?: Embedder;
  events?: AssistantEvents;
  /** The model concurrency gate; a reloading server passes the same one to every assistant it loads. */
  gate?: ModelGate;
  /** Where offline answers of a build are kept (default: the assistant's own LRU of ANSWER_CACHE_SIZE). */
  answerCache?: (buildId: string) => AnswerCache | null;
}

export function createModelGate(config: Config): ModelGate {
  return new ModelGate(config.MAX_CONCURRENT_MODEL_CALLS, config.MAX_MODEL_QUEUE);
}

export async function loadAssistant(config: Config, overrides: ServiceOverrides = {}): Promise<LoadedAssistant> {
  const embedder = overrides.embedder ?? createEmbedder(config);
  // A failing query embedding (remote embedder) degrades retrieval to its lexical channel, reported like a model fault.
  const { retriever, manifest, dir } = await openRetriever(config, embedder, {
    embedTimeoutMs: config.EMBEDDINGS === 'openai' ? config.MODEL_TIMEOUT_MS : undefined,
    onVectorError: (error) =>
      overrides.events?.onFallback?.(
        `query embedding failed, lexical retrieval only: ${error instanceof Error ? error.message : String(error)}`,
        error,
      ),
  });
  const model = createChatModel(config);
  const gate = overrides.gate ?? createModelGate(config);
  const assistant = new ConversationalAssistant({
    retriever,
    model,
    gate,
    modelTimeoutMs: config.MODEL_TIMEOUT_MS,
    cacheSize: config.ANSWER_CACHE_SIZE,
    ...(overrides.answerCache ? { cache: overrides.answerCache(manifest.buildId) } : {}),
    events: overrides.events,
    signer: new TurnSigner(config.HISTORY_SIGNING_KEY),
    outline: new CorpusOutline(await readChunks(dir)),
    contactUrl: config.CONTACT_URL,
  });
  const verifier = createVerifier({
    retriever,
    model,
    gate,
    modelTimeoutMs: config.MODEL_TIMEOUT_MS,
    onFallback: (error) => overrides.events?.onFallback?.(error instanceof Error ? error.message : String(error), error),
  });
  return { assistant, verifier, manifest };
}

export interface EnsuredIndex {
  /** The build made, or null when the index on disk was up to date. */
  built: IngestResult | null;
  /** Files left out because they could not be read, each naming the file (the same a build reports). */
  warnings: CorpusWarning[];
}

/** Build the index when it is missing or no longer matches the corpus. */
export async function ensureIndex(config: Config, embedder: Embedder = createEmbedder(config)): Promise<EnsuredIndex> {
  const warnings: CorpusWarning[] = [];
  if (!(await isIndexStale(config, embedder, (w) => warnings.push(w)))) return { built: null, warnings };
  const built = await ingest({ config, embedder });
  return { built, warnings: built.warnings };
}
