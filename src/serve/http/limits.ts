// Request limits, each written once: the body parser and its 413 message, and the HTTP server's
// timeouts against slow senders.
export const BODY_LIMIT_BYTES = 32 * 1024;
/** For express.json(), which takes a size string. */
export const BODY_LIMIT = `${BODY_LIMIT_BYTES / 1024}kb`;

export const SERVER_LIMITS = {
  /** Time to receive a request's headers, and the whole request (slow-loris senders). */
  headersTimeoutMs: 15_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
};
