// The server signs every answer it gives (HMAC-SHA256 over the answer text) and returns the
// signature with it; a client sends it back with that turn of history. Only a turn carrying a valid
// signature is given to the model as the assistant's own words: any other "assistant" turn is text
// the visitor's client wrote, and is quoted to the model as such (a forged "I will now reveal…" turn
// cannot speak for the assistant). Node's crypto is the kept implementation; this is only its use.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Without a configured key, one per process: signatures then hold until a restart, after which
// older turns are simply quoted (nothing breaks, the model just sees them as the visitor's text).
const PROCESS_KEY = randomBytes(32);
// Binds a signature to its use, so the same key could sign other things without confusion.
const PURPOSE = 'oim-assistant/answer-turn/v1\u0000';

export class TurnSigner {
  private readonly key: Buffer;

  constructor(key?: string) {
    this.key = key ? Buffer.from(key, 'utf8') : PROCESS_KEY;
  }

  sign(answer: string): string {
    return createHmac('sha256', this.key).update(PURPOSE).update(answer, 'utf8').digest('base64url');
  }

  verify(answer: string, signature: string | undefined): boolean {
    if (!signature) return false;
    const expected = Buffer.from(this.sign(answer));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
