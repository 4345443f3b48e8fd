// The public API's contract, written once: zod schemas for what the API accepts and answers, and the
// types inferred from them. The server validates requests with these schemas; the answerers, the
// widget and the staff page use the types (browser code imports types only from here, and plain
// values from limits.ts, so no zod reaches its bundle); the tests check responses against them. Answers are strict objects: a field
// the contract does not name (an internal hash, say) is a failure, not a silent extra.
import { z } from 'zod';
import { DEFAULT_SEARCH_RESULTS, MAX_CLAIM_LENGTH, MAX_HISTORY_TURNS, MAX_MESSAGE, MAX_SEARCH_RESULTS, MAX_TURN_LENGTH } from './limits.js';

export * from './limits.js';

export const languageSchema = z.enum(['fr', 'en']);
export type Language = z.infer<typeof languageSchema>;

// ------------------------------------------------------------------ passages and citations

const lineRange = z.tuple([z.number().int().positive(), z.number().int().positive()]);
/** Similarities in [0, 1], higher is better. */
const similarity = z.number().min(0).max(1);

/** A retrieved passage as the API shows it: the text and exactly where it comes from. */
export const passageSchema = z.strictObject({
  text: z.string(),
  source: z.string(),
  title: z.string(),
  heading: z.string().nullable(),
  lines: lineRange,
  score: similarity,
  url: z.string().optional(),
  /** 1-based page of a paginated source (PDF): citations show it as "p. 12". */
  page: z.number().int().positive().optional(),
});
export type PassageView = z.infer<typeof passageSchema>;

/** A passage an answer cites, numbered as its [n] markers. */
export const citationSchema = passageSchema.extend({ id: z.number().int().positive() });
export type Citation = z.infer<typeof citationSchema>;

// ------------------------------------------------------------------ POST /api/chat

export const historyTurnSchema = z.object({ role: z.enum(['user', 'assistant']), content: z.string().max(MAX_TURN_LENGTH) });
export type HistoryTurn = z.infer<typeof historyTurnSchema>;

export const chatRequestSchema = z.object({
  message: z.string().trim().min(1, 'message must not be empty').max(MAX_MESSAGE, `message must be at most ${MAX_MESSAGE} characters`),
  history: z.array(historyTurnSchema).max(MAX_HISTORY_TURNS, `history must have at most ${MAX_HISTORY_TURNS} turns`).optional(),
  lang: languageSchema.optional(),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;

export const chatAnswerSchema = z.strictObject({
  answer: z.string(),
  grounded: z.boolean(),
  citations: z.array(citationSchema),
  language: languageSchema,
  mode: z.enum(['extractive', 'llm']),
  /** Present and true when a configured model failed and the extractive answer was given instead. */
  fallback: z.boolean().optional(),
  /**
   * Names the answer for a visitor's feedback (POST /api/feedback) and its evidence snapshot (/a/<id>):
   * set by the server when it records answers (RECORD_QUESTIONS, on by default), never by an answerer.
   */
  answerId: z.uuid().optional(),
});
export type ChatAnswer = z.infer<typeof chatAnswerSchema>;

export const tokenEventSchema = z.strictObject({ text: z.string() });

// ------------------------------------------------------------------ GET /api/search

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(MAX_MESSAGE),
  k: z.coerce.number().int().min(1).max(MAX_SEARCH_RESULTS).default(DEFAULT_SEARCH_RESULTS),
});
export const searchResponseSchema = z.strictObject({ results: z.array(passageSchema) });

// ------------------------------------------------------------------ POST /api/verify

export const verifyRequestSchema = z.object({
  claim: z.string().trim().min(1, 'claim must not be empty').max(MAX_CLAIM_LENGTH, `claim must be at most ${MAX_CLAIM_LENGTH} characters`),
});

export const verdictSchema = z.enum(['supported', 'contradicted', 'not_found']);
export type Verdict = z.infer<typeof verdictSchema>;

export const evidenceSchema = passageSchema.omit({ url: true }).extend({
  /** The exact sentence of the source that decides the verdict, verbatim. */
  quote: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const verifyResultSchema = z.strictObject({
  verdict: verdictSchema,
  explanation: z.string(),
  evidence: z.array(evidenceSchema),
  mode: z.enum(['extractive', 'llm']),
});
export type VerifyResult = z.infer<typeof verifyResultSchema>;

// ------------------------------------------------------------------ errors

/** Every 4xx and 5xx answer, and the SSE error event's data (without issues). */
export const errorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string(), code: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
