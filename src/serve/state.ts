// What the routes serve from: the current assistant (null until the index is loaded). Swapping
// it is how a reload takes a new index without dropping requests already in flight. It also says
// what an orchestrator needs to know: whether a rebuild is running, and a build this process could
// not load (it keeps serving the one it had).
import type { Assistant } from '../answer/assistant.js';

/** What the routes need of an assistant: tests can serve a fake with the same shape. */
export type AnswerService = Pick<Assistant, 'mode' | 'answer' | 'search'>;
import type { Manifest } from '../index/manifest.js';
import type { VerifyService } from '../verify/types.js';
import { HttpError } from './http/errors.js';

export interface RebuildStatus {
  pending: boolean;
  /** When the running rebuild started (ISO 8601). */
  since?: string;
  /** How the last rebuild ended, when it did not publish a build. */
  lastError?: string;
}

export interface RefusedBuild {
  /** The build that could not be loaded (the published pointer's target), when known. */
  buildId: string | null;
  reason: string;
  at: string;
}

export class ServiceState {
  assistant: AnswerService | null = null;
  manifest: Manifest | null = null;
  verifier: VerifyService | null = null;
  rebuild: RebuildStatus = { pending: false };
  /** The latest build this process refused (null once a build loads). */
  refused: RefusedBuild | null = null;

  get ready(): boolean {
    return this.assistant !== null;
  }

  get buildId(): string | null {
    return this.manifest?.buildId ?? null;
  }

  use(assistant: AnswerService, manifest: Manifest | null = null, verifier: VerifyService | null = null): void {
    this.assistant = assistant;
    this.manifest = manifest;
    this.verifier = verifier;
    this.refused = null;
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
