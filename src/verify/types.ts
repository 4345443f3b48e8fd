// The fact-checking API's shapes (src/contract.ts), and the service behind POST /api/verify.
import type { VerifyResult } from '../contract/api.js';

export type { Evidence, Verdict, VerifyResult } from '../contract/api.js';

export interface VerifyService {
  /** Whether a model judges claims beside the offline check ('llm'), or the offline check alone. */
  readonly mode: 'extractive' | 'llm';
  /** `client`: who asks (their share of the model and its budget, as the chat's). */
  verify(claim: string, options?: { signal?: AbortSignal; client?: string }): Promise<VerifyResult>;
}
