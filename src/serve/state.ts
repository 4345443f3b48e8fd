// What the routes serve from: the current assistant (null until the index is loaded). Swapping
// it is how a reload takes a new index without dropping requests already in flight.
import type { Assistant } from '../answer/assistant.js';
import type { Manifest } from '../index/manifest.js';
import { HttpError } from './errors.js';

export class ServiceState {
  assistant: Assistant | null = null;
  manifest: Manifest | null = null;

  get ready(): boolean {
    return this.assistant !== null;
  }

  use(assistant: Assistant, manifest: Manifest | null = null): void {
    this.assistant = assistant;
    this.manifest = manifest;
  }

  requireAssistant(): Assistant {
    if (!this.assistant) throw new HttpError(503, 'not_ready', 'The assistant is still loading its index. Try again in a moment.', undefined, { 'Retry-After': '2' });
    return this.assistant;
  }
}
