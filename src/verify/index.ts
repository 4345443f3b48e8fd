// Builds the fact checker over the retriever (and the model, when one is configured).
// Placeholder until the verifier lands: it refuses with a clear error rather than guessing.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { HybridRetriever } from '../retrieve/hybrid.js';
import type { VerifyService } from './types.js';

export interface VerifierDeps {
  retriever: HybridRetriever;
  model?: BaseChatModel | null;
  modelTimeoutMs?: number;
}

export function createVerifier(_deps: VerifierDeps): VerifyService {
  return {
    async verify() {
      throw new Error('fact checking is not available yet');
    },
  };
}
