// The request body limit, written once: the body parser and its 413 message. The HTTP server's
// timeouts and connection caps are settings (src/config.ts), applied in connections.ts.
export const BODY_LIMIT_BYTES = 32 * 1024;
/** For express.json(), which takes a size string. */
export const BODY_LIMIT = `${BODY_LIMIT_BYTES / 1024}kb`;
