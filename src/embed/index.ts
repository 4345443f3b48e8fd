// Chooses the embedder. Its id is written into the index manifest: an index can only be queried
// with the embedder that built it, and the loader refuses a mismatch with what to run.
import type { Embeddings } from '@langchain/core/embeddings';
import { OpenAIEmbeddings } from '@langchain/openai';
import type { Config } from '../config.js';
import { LocalHashEmbeddings } from './local.js';

export interface Embedder {
  id: string;
  embeddings: Embeddings;
}

export function createEmbedder(config: Config): Embedder {
  if (config.EMBEDDINGS === 'openai') {
    const embeddings = new OpenAIEmbeddings({
      model: config.EMBEDDING_MODEL,
      // Self-hosted OpenAI-compatible servers (Ollama, vLLM) often need no key; the client insists on one.
      apiKey: config.OPENAI_API_KEY ?? 'not-needed',
      configuration: config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : undefined,
      timeout: config.MODEL_TIMEOUT_MS,
      maxRetries: config.MODEL_MAX_RETRIES,
      batchSize: 256,
    });
    return { id: `openai:${config.EMBEDDING_MODEL}`, embeddings };
  }
  const local = new LocalHashEmbeddings(config.LOCAL_EMBEDDING_DIM);
  return { id: local.id, embeddings: local };
}
