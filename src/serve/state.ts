// What the routes serve from: the current assistant (null until the index is loaded). Swapping
// it is how a reload takes a new index without dropping requests already in flight.
import type { Assistant } from '../answer/assistant.js';

/** What the routes need of an assistant: tests can serve a fake with the same shape. */
export type AnswerService = Pick<Assistant, 'mode' | 'answer' | 'search'>;
import type { Manifest } from '../index/manifest.js';
import type { VerifyService } from '../verify/types.js';
import { HttpError } from './http/errors.js';

export class ServiceState {
  assistant: AnswerService | null = null;
  manifest: Manifest | null = null;
  verifier: VerifyService | null = null;

  get ready(): boolean {
    return this.assistant !== null;
  }

  use(assistant: AnswerService, manifest: Manifest | null = null, verifier: VerifyService | null = null): void {
    this.assistant = assistant;
    this.manifest = manifest;
    this.verifier = verifier;
  }

  requireVerifier(): VerifyService {
    if (!this.verifier)
      throw new HttpError(503, 'not_ready', 'The fact checker is still loading its index. Try again in a moment.', undefined, {
        'Retry-After': '2',
      });
    return this.verifier;
  }

  requireAssistant(): AnswerService {
    if (!this.assistant)
      throw new HttpError(503, 'not_ready', 'The assistant is still loading its index. Try again in a moment.', undefined, {
        'Retry-After': '2',
      });
    return this.assistant;
  }
}
