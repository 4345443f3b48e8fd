// The public API's contract, written once: zod schemas for what the API accepts and answers, and the
// types inferred from them. The server validates requests with these schemas; the answerers, the
// widget and the staff page use the types (browser code imports types only from here, and plain
// values from limits.ts, so no zod reaches its bundle); the tests check responses against them. Answers are strict objects: a field
// the contract does not name (an internal hash, say) is a failure, not a silent extra.
import { z } from 'zod';
import {
  DEFAULT_SEARCH_RESULTS,
  MAX_CLAIM_LENGTH,
  MAX_HISTORY_TURNS,
  MAX_MESSAGE,
  MAX_SEARCH_RESULTS,
  MAX_SIGNATURE_LENGTH,
  MAX_TURN_LENGTH,
} from './limits.js';

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
export const citationSchema = passageSchema.extend({
  id: z.number().int().positive(),
  /** Date of the document quoted (ISO: YYYY-MM-DD or YYYY-MM). */
  date: z.string().optional(),
  /** Language of the passage quoted. */
  language: z.string().optional(),
  /** Other documents holding the same text. */
  alternates: z.array(z.string()).optional(),
  /** The live page, opened at the sentence quoted (a URL text fragment). */
  link: z.string().optional(),
});
export type Citation = z.infer<typeof citationSchema>;

// ------------------------------------------------------------------ POST /api/chat

export const historyTurnSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string().max(MAX_TURN_LENGTH),
  /** The `signature` the server returned with this answer (assistant turns): the model then reads it as its own. */
  signature: z.string().max(MAX_SIGNATURE_LENGTH).optional(),
});
export type HistoryTurn = z.infer<typeof historyTurnSchema>;

const PAGE_LANG = 'pageLang must be a language tag such as "fr" or "en-GB"';

export const chatRequestSchema = z.object({
  message: z.string().trim().min(1, 'message must not be empty').max(MAX_MESSAGE, `message must be at most ${MAX_MESSAGE} characters`),
  history: z.array(historyTurnSchema).max(MAX_HISTORY_TURNS, `history must have at most ${MAX_HISTORY_TURNS} turns`).optional(),
  /** The visitor's interface language (the widget's): decides for short or ambiguous messages when the conversation does not. */
  lang: languageSchema.optional(),
  /**
   * The host page's <html lang> (any BCP 47 tag), after lang: a hint when it is French or English,
   * dropped otherwise (a page in German is no error).
   */
  pageLang: z
    .string()
    .trim()
    .max(35, PAGE_LANG)
    .regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/, PAGE_LANG)
    .transform((tag): Language | undefined => {
      const primary = tag.toLowerCase().split(/[-_]/)[0];
      return primary === 'fr' || primary === 'en' ? primary : undefined;
    })
    .optional(),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;
/** A request as a client writes it (pageLang as the page's tag, before the server reduces it). */
export type ChatRequestBody = z.input<typeof chatRequestSchema>;

/** What a reply is: an answer from the documents, a refusal (they do not answer), or a conversational turn (a greeting, thanks…). */
export const answerKindSchema = z.enum(['answer', 'refusal', 'smalltalk']);
export type AnswerKind = z.infer<typeof answerKindSchema>;

export const chatAnswerSchema = z.strictObject({
  answer: z.string(),
  grounded: z.boolean(),
  citations: z.array(citationSchema),
  language: languageSchema,
  mode: z.enum(['extractive', 'llm']),
  /** Present and true when a configured model was not used and the extractive answer was given instead. */
  fallback: z.boolean().optional(),
  /** Why, with fallback: the model failed (error, timeout, no citation), was busy, or its budget was spent. */
  fallbackReason: z.enum(['model_failed', 'model_busy', 'model_budget']).optional(),
  /**
   * Names the answer for a visitor's feedback (POST /api/feedback) and its evidence snapshot (/a/<id>):
   * set by the server when it records answers (RECORD_QUESTIONS, on by default), never by an answerer.
   */
  answerId: z.uuid().optional(),
  /** Present and true when the server removed from the model's answer what the cited passages do not hold. */
  modified: z.boolean().optional(),
  /** The server's signature of `answer` (base64url HMAC-SHA256): sent back with this turn of history. */
  signature: z.string().optional(),
  // The next three are set by the conversational layer, which serves every request of the API: kind
  // and suggestions are always in its answers; the answering pipeline under it leaves them out.
  kind: answerKindSchema.optional(),
  /** Questions the documents answer, each asked and answered grounded before it is offered, in the reply's language. */
  suggestions: z.array(z.string().min(1)).max(4).optional(),
  /** CONTACT_URL, when the reply points the visitor to it. */
  contactUrl: z.url({ protocol: /^https?$/ }).optional(),
});
export type ChatAnswer = z.infer<typeof chatAnswerSchema>;
export type FallbackReason = NonNullable<ChatAnswer['fallbackReason']>;

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
