// Builds the fact checker over the retriever (and the model, when one is configured): the offline
// judgement always runs; a model, when there is one, judges the same quotes and must agree.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ModelBudget, type ModelGate, OverloadedError } from '../answer/modelGate.js';
import { DEFAULT_MODEL_TIMEOUT_MS } from '../config.js';
import type { HybridRetriever } from '../retrieve/hybrid.js';
import { detectLanguage } from '../text/language.js';
import type { Vocabulary } from '../retrieve/vocabulary.js';
import { judgeClaim } from './judge.js';
import { combineWithModel, judgeWithModel } from './llmJudge.js';
import type { VerifyResult, VerifyService } from './types.js';

/**
 * Passages a claim is checked against: more than an answer quotes (PASSAGES_PER_QUESTION, 5), since
 * the sentence that gives a figure often sits on a page that ranks below pages repeating the claim's
 * other words (a FAQ that names the organisation and "pays" in every answer). On the multidoc
 * fixture 8, 10 and 12 give the same verdicts, 5 misses the current figure of a wrong claim; 10
 * leaves room on a larger corpus. The checks stay as strict: more evidence makes a number's
 * candidates disagree sooner (not_found), never weakens what one candidate must match.
 */
export const PASSAGES_PER_CLAIM = 10;

export interface VerifierDeps {
  retriever: HybridRetriever;
  /** What the corpus knows; the retriever's own by default. */
  vocabulary?: Vocabulary;
  model?: BaseChatModel | null;
  modelTimeoutMs?: number;
  /** The server's bound on concurrent model calls, shared with the chat; when full, the offline verdict is given. */
  gate?: ModelGate;
  /** Passages retrieved for a claim. */
  passages?: number;
  /** Called when a configured model could not be used and the offline verdict stands alone. */
  onFallback?: (error: unknown) => void;
}

export function createVerifier(deps: VerifierDeps): VerifyService {
  const { retriever, model } = deps;
  return {
    mode: model ? 'llm' : 'extractive',
    async verify(claim, options = {}): Promise<VerifyResult> {
      const text = claim.trim();
      const retrieval = await retriever.readAndRetrieve(text, deps.passages ?? PASSAGES_PER_CLAIM, { language: detectLanguage(text) });
      const analysis = retrieval.reading;
      const offline = judgeClaim(retrieval, deps.vocabulary ?? retriever.vocabulary);
      const extractive: VerifyResult = {
        verdict: offline.verdict,
        explanation: offline.explanation,
        evidence: offline.evidence,
        mode: 'extractive',
      };
      if (!model) return extractive;
      const budget = new ModelBudget(deps.gate, deps.modelTimeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS, options.signal, options.client);
      try {
        // The fact checker draws on the same model share and budget as the chat.
        const opinion = await budget.run(() =>
          judgeWithModel(model, { claim: text, language: analysis.language, sentences: offline.sentences, signal: budget.signal }),
        );
        return combineWithModel(offline, opinion, analysis.language);
      } catch (error) {
        // A busy model or a spent budget is counted by the gate, not as a model failure.
        if (!(error instanceof OverloadedError)) deps.onFallback?.(error);
        return extractive;
      }
    },
  };
}
