// The contract's plain values: what the API accepts and the names of its stream's events. No zod
// here, so the widget and the staff page can import them without carrying a validator in their bundle.
export const MAX_MESSAGE = 2000;
export const MAX_HISTORY_TURNS = 20;
export const MAX_TURN_LENGTH = 4000;
/** A base64url HMAC-SHA256 is 43 characters; the margin leaves room for a longer digest later. */
export const MAX_SIGNATURE_LENGTH = 128;
export const MAX_CLAIM_LENGTH = 1000;
export const MAX_SEARCH_RESULTS = 20;
export const DEFAULT_SEARCH_RESULTS = 5;

/** The Server-Sent Events of a streamed answer: citations, then tokens, then done (the answer); error instead. */
export const SSE_EVENTS = { citations: 'citations', token: 'token', done: 'done', error: 'error' } as const;
export type SseEventName = (typeof SSE_EVENTS)[keyof typeof SSE_EVENTS];

/** A visitor's comment on an answer (POST /api/feedback). */
export const MAX_COMMENT = 500;
/** The period an insights report covers when the request names none (the last N days, today included). */
export const DEFAULT_RANGE_DAYS = 30;
/** Longest period one report covers: a year, so the daily trend stays a readable chart. */
export const MAX_RANGE_DAYS = 366;
