// The insights API's contract (issue 12): a visitor's verdict on an answer, the staff report, the
// export and the evidence snapshot of one answer. Zod schemas with their types, as in api.ts: the
// server validates requests with them and builds its answers in these shapes, the insights page
// takes the types only, and the tests check responses against them.
import { z } from 'zod';
import { citationSchema, languageSchema } from './api.js';
import { DEFAULT_RANGE_DAYS, MAX_COMMENT, MAX_RANGE_DAYS } from './limits.js';

/** Every recorded answer is named by a UUID (the chat answer's answerId). */
export const answerIdSchema = z.uuid('answerId must be the answerId of an answer');

export const ratingSchema = z.enum(['up', 'down'], 'rating must be "up" or "down"');
export type Rating = z.infer<typeof ratingSchema>;

const modeSchema = z.enum(['extractive', 'llm']);

// ------------------------------------------------------------------ POST /api/feedback

export const feedbackRequestSchema = z.strictObject({
  answerId: answerIdSchema,
  rating: ratingSchema,
  comment: z.string().trim().max(MAX_COMMENT, `comment must be at most ${MAX_COMMENT} characters`).optional(),
});
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;

export const feedbackResponseSchema = z.strictObject({ answerId: answerIdSchema, rating: ratingSchema });

// ------------------------------------------------------------------ ?from=&to=

const DAY_MS = 24 * 60 * 60 * 1000;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'use the form YYYY-MM-DD')
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'not a calendar date',
  );

const shiftDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Inclusive range of days, 'YYYY-MM-DD' (UTC). */
export const dayRangeSchema = z.strictObject({ from: z.string(), to: z.string() });
export type DayRange = z.infer<typeof dayRangeSchema>;

/** ?from=&to= (inclusive days, UTC); by default the last DEFAULT_RANGE_DAYS days up to `today`. */
export function rangeQuerySchema(today: string) {
  return z
    .object({ from: day.optional(), to: day.optional() })
    .transform(({ from, to }): DayRange => {
      const end = to ?? (from && from > today ? from : today);
      return { from: from ?? shiftDays(end, -(DEFAULT_RANGE_DAYS - 1)), to: end };
    })
    .refine((r) => r.from <= r.to, { message: 'from must not be after to', path: ['from'] })
    .refine((r) => Date.parse(r.to) - Date.parse(r.from) < MAX_RANGE_DAYS * DAY_MS, {
      message: `a period covers at most ${MAX_RANGE_DAYS} days`,
      path: ['to'],
    });
}

export const exportQuerySchema = z.object({ format: z.enum(['csv', 'json'], 'format must be csv or json').default('csv') });

// ------------------------------------------------------------------ recorded answers

/** A cited passage as it was when the answer was given: the citation, its full text and its sha256. */
export const storedCitationSchema = citationSchema.extend({ hash: z.string() });
export type StoredCitation = z.infer<typeof storedCitationSchema>;

export const feedbackSchema = z.strictObject({ rating: ratingSchema, comment: z.string().nullable(), at: z.string() });
export type Feedback = z.infer<typeof feedbackSchema>;

/** One recorded answer: the question and answer (redacted), how it was answered, the verdict, the passages. */
export const turnViewSchema = z.strictObject({
  answerId: answerIdSchema,
  createdAt: z.string(),
  question: z.string(),
  language: languageSchema,
  answer: z.string(),
  grounded: z.boolean(),
  mode: modeSchema,
  fallback: z.boolean(),
  latencyMs: z.number().int().min(0),
  /** The index build that answered: with the citations' hashes, what the answer stood on. */
  indexBuildId: z.string().nullable(),
  feedback: feedbackSchema.nullable(),
  citations: z.array(storedCitationSchema),
});
export type TurnView = z.infer<typeof turnViewSchema>;

/** A citation without its text: where an answer stood (the text is in the evidence snapshot). */
export const citedPlaceSchema = storedCitationSchema.omit({ text: true });

/** GET /api/insights/export?format=json */
export const exportJsonSchema = z.strictObject({
  range: dayRangeSchema,
  turns: z.array(turnViewSchema.extend({ citations: z.array(citedPlaceSchema) })),
});

// ------------------------------------------------------------------ GET /a/<id>.json

/** Does the current corpus still say what a recorded passage said? */
export const passageStatusSchema = z.enum(['unchanged', 'changed', 'source_missing']);
export type PassageStatus = z.infer<typeof passageStatusSchema>;

export const snapshotCitationSchema = storedCitationSchema.extend({ current: passageStatusSchema });
export type SnapshotCitation = z.infer<typeof snapshotCitationSchema>;

export const evidenceSnapshotSchema = turnViewSchema.extend({
  citations: z.array(snapshotCitationSchema),
  /** The index build serving now, beside the one that answered (indexBuildId). */
  currentBuildId: z.string().nullable(),
  /** True when every cited passage is unchanged in the current corpus. */
  unchanged: z.boolean(),
  checkedAt: z.string(),
});
export type EvidenceSnapshot = z.infer<typeof evidenceSnapshotSchema>;

// ------------------------------------------------------------------ GET /api/insights

const count = z.number().int().min(0);

export const countsSchema = z.strictObject({ questions: count, unanswered: count, up: count, down: count });
export type Counts = z.infer<typeof countsSchema>;

/** Questions that ask the same thing (the same content terms, see src/insights/grouping.ts). */
export const questionGroupSchema = countsSchema.extend({
  key: z.string(),
  /** One question of the group as a visitor wrote it (redacted). */
  example: z.string(),
  language: languageSchema,
  /** Distinct wordings in the group. */
  variants: count,
  lastAsked: z.string(),
});
export type QuestionGroup = z.infer<typeof questionGroupSchema>;

export const negativeFeedbackSchema = z.strictObject({
  answerId: answerIdSchema,
  createdAt: z.string(),
  question: z.string(),
  answer: z.string(),
  comment: z.string().nullable(),
  language: languageSchema,
  mode: modeSchema,
  fallback: z.boolean(),
  grounded: z.boolean(),
  citations: z.array(citedPlaceSchema),
});
export type NegativeFeedback = z.infer<typeof negativeFeedbackSchema>;

export const insightsReportSchema = z.strictObject({
  range: dayRangeSchema,
  totals: countsSchema.extend({ fallback: count }),
  byLanguage: z.array(countsSchema.extend({ language: languageSchema })),
  byMode: z.array(countsSchema.extend({ mode: modeSchema, fallback: z.boolean() })),
  /** Every day of the range, zeros included. */
  trend: z.array(z.strictObject({ day: z.string(), questions: count, unanswered: count, down: count })),
  topQuestions: z.array(questionGroupSchema),
  unanswered: z.array(questionGroupSchema),
  negativeFeedback: z.array(negativeFeedbackSchema),
});
export type InsightsReport = z.infer<typeof insightsReportSchema>;
